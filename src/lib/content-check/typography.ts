import { withoutCode } from "./body-links.ts";

// French typography as the pages must show it (CONTRIBUTING « La typographie française »): a
// no-break space (U+00A0, or the narrow U+202F) before « : ; ! ? » and inside guillemets. The
// built pages are checked too (tests/support/french-typography.ts); here the author learns it at
// the line, before a page is built. Code, comments, addresses and times are not French text.

export interface TypographyProblem {
  line: number;
  message: string;
}

// « ![texte](image) » is a Markdown image, not an exclamation.
const SPACE_BEFORE = /(?<=[^\s\u00a0\u202f]) +([:;?»]|!(?!\[))/g;
const SPACE_AFTER_OPENING = /« /g;

/** Lines that hold no reader's text: MDX imports, frontmatter fences, table rules. */
const NOT_TEXT = /^\s*(?:import\s|---\s*$|\|?\s*:?-{3,})/;
/** A YAML comment; in a lesson's body the same « # » opens a heading, which is text. */
const YAML_COMMENT = /^\s*#/;
/** « https://… », « 10:30 »: not French punctuation. */
const NOT_PUNCTUATION = /:\/\/|\d:\d/;

// MDX comments, « {/* … */} », are blanked as code is: same lines, same offsets.
const withoutComments = (text: string) => text.replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, " "));

/** Every typography fault of `text` (an MDX lesson or a YAML file), each with its line. */
export function typographyProblems(text: string): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  const lines = withoutComments(withoutCode(text)).split("\n");
  // YAML is the whole of a YAML file, and a lesson's frontmatter: up to its closing « --- ».
  const yamlEnd = lines[0]?.trim() === "---" ? lines.indexOf("---", 1) : lines.length;
  lines.forEach((line, i) => {
    if (NOT_TEXT.test(line) || (i <= yamlEnd && YAML_COMMENT.test(line))) return;
    const faults = [
      ...[...line.matchAll(SPACE_BEFORE)]
        .filter((m) => !NOT_PUNCTUATION.test(line.slice(m.index - 1, m.index + m[0].length + 3)))
        .map((m) => ({
          at: m.index,
          said: `espace ordinaire avant «\u00a0${m[1]}\u00a0» dans «\u00a0${excerpt(line, m.index, m.index + m[0].length)}\u00a0»`,
        })),
      ...[...line.matchAll(SPACE_AFTER_OPENING)].map((m) => ({
        at: m.index,
        said: `espace ordinaire après «\u00a0«\u00a0» dans «\u00a0${excerpt(line, m.index, m.index + 2)}\u00a0»`,
      })),
    ];
    for (const { said } of faults.sort((a, b) => a.at - b.at)) {
      problems.push({ line: i + 1, message: `${said}\u00a0: mettre une espace insécable (U+00A0)` });
    }
  });
  return problems;
}

/** The fault with the words around it, so the author finds the place in a long line. */
function excerpt(line: string, start: number, end: number): string {
  const before = line
    .slice(0, start)
    .trim()
    .split(/[ \t]+/)
    .slice(-3)
    .join(" ");
  const after = line
    .slice(end)
    .trim()
    .split(/[ \t]+/)
    .slice(0, 2)
    .join(" ");
  return [before, line.slice(start, end).trim(), after].filter(Boolean).join(" ");
}
