import { parse, HTMLElement, TextNode, type Node } from "node-html-parser";

// Links the first use of each glossary term in a lesson's text to its entry.
// Runs on built HTML, so it works whatever the Markdown processor, and never
// touches headings, existing links, code or the quiz.

export interface GlossaryTerm {
  id: string;
  /** As written in the glossary; "SAV / service client" gives two spellings. */
  term: string;
  /** One-line definition, offered as the link's title. */
  short: string;
}

const SKIP = new Set([
  "a",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
  "kbd",
  "script",
  "style",
  "button",
  "label",
]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern matching a spelling as a whole word, plural allowed; short acronyms keep their case. */
export function termPattern(spelling: string): RegExp {
  const words = escapeRegExp(spelling.trim()).replace(/['’]/g, "['’]");
  const acronym = /^[A-Z0-9]{2,4}$/.test(spelling.trim());
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|x)?(?![\\p{L}\\p{N}])`, acronym ? "u" : "iu");
}

function* textNodes(node: Node): Generator<TextNode> {
  for (const child of node.childNodes) {
    if (child instanceof TextNode) yield child;
    else if (child instanceof HTMLElement && !SKIP.has(child.rawTagName?.toLowerCase() ?? "")) yield* textNodes(child);
  }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type Spelling = GlossaryTerm & { pattern: RegExp; length: number };
const spellingCache = new WeakMap<readonly GlossaryTerm[], Spelling[]>();
/** Every spelling of every term, longest first, made once per list of terms (a build links many lessons). */
function spellingsOf(terms: readonly GlossaryTerm[]): Spelling[] {
  let spellings = spellingCache.get(terms);
  if (!spellings) {
    spellings = terms
      .flatMap((t) =>
        t.term.split(" / ").map((spelling) => ({ ...t, pattern: termPattern(spelling), length: spelling.length })),
      )
      .toSorted((a, b) => b.length - a.length);
    spellingCache.set(terms, spellings);
  }
  return spellings;
}

/**
 * Returns the HTML with, inside the element matching `scope`, the first use of each
 * term turned into a link made by `href(id)`. Longer terms are matched first, so
 * « taux d’engagement » wins over « engagement ». A page without that element is returned as it is.
 */
export function linkGlossaryTerms(
  html: string,
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
  scope = ".lesson-body",
): string {
  return linkLesson(html, terms, href, scope) ?? html;
}

/** As linkGlossaryTerms, but undefined when the page has no element matching `scope`. */
export function linkLesson(
  html: string,
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
  scope = ".lesson-body",
): string | undefined {
  const root = parse(html, { comment: true });
  const body = root.querySelector(scope);
  if (!body) return undefined;
  // Most terms do not occur in a given lesson: one look at the whole text rules them out.
  const bodyText = body.rawText;
  const linked = new Set<string>();
  for (const spelling of spellingsOf(terms)) {
    if (linked.has(spelling.id) || !spelling.pattern.test(bodyText)) continue;
    for (const node of textNodes(body)) {
      const text = node.rawText;
      const match = spelling.pattern.exec(text);
      if (!match) continue;
      const link = `<a class="glossary-link" href="${escapeHtml(href(spelling.id))}" title="${escapeHtml(spelling.short)}">${match[0]}</a>`;
      const parent = node.parentNode;
      if (!parent) continue;
      const pieces = parse(text.slice(0, match.index) + link + text.slice(match.index + match[0].length)).childNodes;
      for (const piece of pieces) piece.parentNode = parent;
      parent.childNodes.splice(parent.childNodes.indexOf(node), 1, ...pieces);
      linked.add(spelling.id);
      break;
    }
  }
  return root.toString();
}

/** Lower-case words between single spaces: " taux d engagement ". */
const words = (text: string) =>
  ` ${text
    .toLocaleLowerCase("fr")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
/**
 * The spellings of terms found as whole words, whatever the case, in the lesson text of a page
 * where links may go: a check made apart from the patterns above, for when they linked nothing.
 */
export function termsMentioned(html: string, terms: readonly GlossaryTerm[], scope = ".lesson-body"): string[] {
  const body = parse(html, { comment: true }).querySelector(scope);
  const text = words(body ? [...textNodes(body)].map((node) => node.rawText).join(" ") : "");
  return terms.flatMap((t) => t.term.split(" / ")).filter((spelling) => text.includes(words(spelling)));
}
