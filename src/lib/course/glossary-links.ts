import type { Element, ElementContent, Text } from "hast";

// Links the first use of each glossary term in a lesson's text to its entry. Pure over the HTML
// tree (hast) the Markdown processor builds from a lesson's MDX, which is the lesson's text and
// nothing else: src/markdown/glossary-links.ts runs it there, so `npm run dev` shows the links too.

export interface GlossaryTerm {
  id: string;
  /** As written in the glossary; "SAV / service client" gives two spellings. */
  term: string;
  /** One-line definition, offered as the link's title. */
  short: string;
}

/** Elements whose words are never linked: links, headings, code, and what a reader clicks. */
export const UNLINKED_ELEMENTS = [
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
];
const SKIP = new Set(UNLINKED_ELEMENTS);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern matching a spelling as a whole word, plural allowed; short acronyms keep their case. */
export function termPattern(spelling: string): RegExp {
  const words = escapeRegExp(spelling.trim()).replace(/['’]/g, "['’]");
  const acronym = /^[A-Z0-9]{2,4}$/.test(spelling.trim());
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|x)?(?![\\p{L}\\p{N}])`, acronym ? "u" : "iu");
}

/**
 * What linking reads of a tree: hast, where a tag written in MDX (`<kbd>ROI</kbd>`) is not an
 * element yet but an `mdxJsx…Element` named by `name`.
 */
export interface TreeNode {
  readonly type: string;
  readonly tagName?: string;
  readonly name?: string | null;
  readonly children?: readonly TreeNode[];
}

/** The text nodes whose words may be linked, in reading order. */
function* textNodes(node: TreeNode): Generator<Text> {
  if (node.type === "text") yield node as Text;
  else if (!SKIP.has(node.tagName ?? node.name ?? "")) for (const child of node.children ?? []) yield* textNodes(child);
}

/** The words of a text as the patterns see them (runs of letters and digits), in lower case. */
export const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu));

/**
 * What a text must hold for a spelling to occur in it: its first word, whole (the pattern's edges
 * and the spelling's own next character bound it), plural allowed when it is the only word.
 * A cheap look in a set of words, before the pattern's own search of the text.
 */
export function firstWordOf(spelling: string): { word: string; alone: boolean } | undefined {
  const words = spelling
    .trim()
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words ? { word: words[0]!, alone: words.length === 1 && /[\p{L}\p{N}]$/u.test(spelling.trim()) } : undefined;
}

/** False only when `spelling` (its first word) cannot occur in a text of these words. */
export function mayOccur(first: ReturnType<typeof firstWordOf>, words: ReadonlySet<string>): boolean {
  if (!first) return true;
  const { word, alone } = first;
  return words.has(word) || (alone && (words.has(`${word}s`) || words.has(`${word}x`)));
}

type Spelling = GlossaryTerm & { pattern: RegExp; length: number; first: ReturnType<typeof firstWordOf> };
const spellingCache = new WeakMap<readonly GlossaryTerm[], Spelling[]>();
/** Every spelling of every term, longest first, made once per list of terms (a build renders many lessons). */
function spellingsOf(terms: readonly GlossaryTerm[]): Spelling[] {
  let spellings = spellingCache.get(terms);
  if (!spellings) {
    spellings = terms
      .flatMap((t) =>
        t.term.split(" / ").map((spelling) => ({
          ...t,
          pattern: termPattern(spelling),
          length: spelling.length,
          first: firstWordOf(spelling),
        })),
      )
      .toSorted((a, b) => b.length - a.length);
    spellingCache.set(terms, spellings);
  }
  return spellings;
}

/** A text node of the tree, and what replaces it: its words, cut around the links made in it. */
export interface LinkedText {
  text: Text;
  parts: ElementContent[];
}

/**
 * Where the first use of each term in `texts` (the values of a lesson's linkable text nodes, in
 * reading order) becomes a link to `href(id)`: the place in `texts` of each one to replace, with its
 * parts. Longer spellings are matched first, so « taux d’engagement » wins over « engagement »; a
 * term is linked once, by whichever of its spellings comes first in that order.
 */
export function linkTexts(
  texts: readonly string[],
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
): Map<number, ElementContent[]> {
  const pieces = texts.map((text) => [text] as (string | Element)[]);
  // Most terms do not occur in a given lesson: a look in the set of its words rules out most of
  // them, one search of the whole text the rest (a hundred searches of every lesson made linking
  // in a build of a thousand lessons take 1.7 s of processor time instead of 1.2).
  const allText = texts.join("\n");
  const words = wordsOf(allText);
  const linked = new Set<string>();
  for (const spelling of spellingsOf(terms)) {
    if (linked.has(spelling.id) || !mayOccur(spelling.first, words) || !spelling.pattern.test(allText)) continue;
    search: for (const parts of pieces) {
      for (const [i, part] of parts.entries()) {
        const match = typeof part === "string" ? spelling.pattern.exec(part) : null;
        if (!match) continue;
        const words = part as string;
        const link: Element = {
          type: "element",
          tagName: "a",
          properties: { className: ["glossary-link"], href: href(spelling.id), title: spelling.short },
          children: [{ type: "text", value: match[0] }],
        };
        parts.splice(i, 1, words.slice(0, match.index), link, words.slice(match.index + match[0].length));
        linked.add(spelling.id);
        break search;
      }
    }
  }
  const replaced = new Map<number, ElementContent[]>();
  pieces.forEach((parts, at) => {
    if (parts.length === 1) return;
    replaced.set(
      at,
      parts
        .filter((part) => part !== "")
        .map((part) => (typeof part === "string" ? { type: "text" as const, value: part } : part)),
    );
  });
  return replaced;
}

/** What a walk of a tree's text nodes read, once it is over: see {@link textWalk}. */
export interface TextsRead {
  /** Every text node's value, in the order the walk met them. */
  values: string[];
  /** The places in `values` of the text nodes outside any unlinked element: the linkable text. */
  linkable: number[];
}

/**
 * Tells apart the text nodes a walk meets, in reading order, that are in an unlinked element (a
 * heading, a link, code…) from those that may get a link, without their ancestors: the walk says
 * where an unlinked element begins (`enter`, with its text), and the text nodes met next, whose
 * values put end to end are that text, are its own. Nested unlinked elements are within the first.
 * `read()` gives what was read, or undefined when the walk was not in reading order after all
 * (a text node that is not the next piece of the element's text, or some of its text never met).
 */
export function textWalk() {
  const values: string[] = [];
  const linkable: number[] = [];
  // The text of the unlinked element being walked that its text nodes have not given yet.
  let unread = "";
  let lost = false;
  return {
    enter(textOf: () => string): void {
      if (unread === "") unread = textOf();
    },
    text(value: string): void {
      const at = values.push(value) - 1;
      if (unread === "") linkable.push(at);
      else if (unread.startsWith(value)) unread = unread.slice(value.length);
      else lost = true;
    },
    read(): TextsRead | undefined {
      return lost || unread !== "" ? undefined : { values, linkable };
    },
  };
}

/** The links of a walk's linkable texts, by the place of their text node in the walk (none when it was lost). */
export function linksByPlace(
  read: TextsRead | undefined,
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
): Map<number, ElementContent[]> {
  if (!read) return new Map();
  const { values, linkable } = read;
  const links = linkTexts(
    linkable.map((at) => values[at]!),
    terms,
    href,
  );
  return new Map([...links].map(([i, parts]) => [linkable[i]!, parts]));
}

/**
 * The same over a whole tree: each text node to replace, with its parts. The tree is left as it
 * is: the caller replaces the nodes (the processor's own way of changing it).
 */
export function linkGlossaryTerms(
  tree: TreeNode,
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
): LinkedText[] {
  const texts = [...textNodes(tree)];
  return [
    ...linkTexts(
      texts.map((text) => text.value),
      terms,
      href,
    ),
  ].map(([at, parts]) => ({ text: texts[at]!, parts }));
}
