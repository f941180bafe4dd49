import GithubSlugger from "github-slugger";

// The links and headings of a lesson's Markdown body, with their lines, read without rendering
// it (a whole parse of a thousand lessons would cost seconds; these patterns, milliseconds).
// Code is blanked first, so an example in a code block or `code` span is never taken for a link.

export interface BodyLink {
  href: string;
  /** Line in the file. */
  line: number;
}

const blank = (text: string) => text.replace(/[^\n]/g, " ");
/** The body with its fenced code blocks replaced by spaces: same lines, same offsets. */
const withoutFences = (body: string) =>
  body.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gm, blank);

/** The body with fenced code blocks and code spans replaced by spaces: same lines, same offsets. */
export const withoutCode = (body: string) => withoutFences(body).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);

const LINK_PATTERNS = [
  // [text](href "title") and ![alt](src)
  /\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g,
  // [label]: href, a reference definition
  /^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?/gm,
  // <a href="…">, <img src="…"> written as HTML or JSX
  /<[A-Za-z][^>]*?\b(?:href|src)=["']([^"']+)["']/g,
];

/** Every link of the body; `firstLine` is the line of the file the body starts on. */
export function bodyLinks(body: string, firstLine: number): BodyLink[] {
  const text = withoutCode(body);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return firstLine + low;
  };
  return LINK_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({ href: m[1]!, line: lineAt(m.index) })),
  ).toSorted((a, b) => a.line - b.line);
}

/** The words of a heading as the reader sees them: links, emphasis and code marks dropped. */
const headingText = (markdown: string) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[*`]|(?<!\w)_|_(?!\w)/g, "")
    .trim();

/** The anchors of the body's headings, as Astro writes them (github-slugger, in order, -1 for a repeat). */
export function headingAnchors(body: string): string[] {
  const slugger = new GithubSlugger();
  return [...withoutFences(body).matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)].map((m) =>
    slugger.slug(headingText(m[1]!)),
  );
}
