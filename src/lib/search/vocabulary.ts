// The course's own words, gathered at build from the text the search index reads: what
// « Vouliez-vous dire … ? » may propose, and what a synonym must meet to point somewhere.
import { foldWord, wordsOf } from "./fold.ts";
import { STOP_WORDS } from "./stop-words.ts";
import type { Vocabulary } from "./suggest.ts";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * The text of a built page that search reads: from the element marked `data-pagefind-body` to the
 * end of <main> (pages without it are not indexed: no text), tags dropped, entities decoded.
 */
export function indexedText(html: string): string {
  const start = html.search(/<[^>]+\bdata-pagefind-body\b/);
  if (start < 0) return "";
  const end = html.indexOf("</main>", start);
  return withoutIgnored(html.slice(start, end < 0 ? undefined : end))
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x?[\da-f]+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return String.fromCodePoint(code);
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * The HTML with each element marked `data-pagefind-ignore` given to `keep` whole (its opening tag,
 * what it holds, its closing tag: empty for a void element), and replaced by what `keep` returns.
 * An element marked inside one given to `keep` is part of it.
 */
function mapIgnored(html: string, keep: (open: string, inner: string, close: string) => string): string {
  let out = "";
  let at = 0;
  const opening = /<([a-z][\w-]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/gi;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    out += html.slice(at, match.index);
    const tag = match[1]!.toLowerCase();
    if (VOID.has(tag) || match[0].endsWith("/>")) {
      out += keep(match[0], "", "");
      at = opening.lastIndex;
      continue;
    }
    const inner = opening.lastIndex;
    const nested = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
    nested.lastIndex = inner;
    let depth = 1;
    let close: RegExpExecArray | undefined;
    for (let m = nested.exec(html); m; m = nested.exec(html)) {
      if (!m[0].endsWith("/>")) depth += m[1] ? -1 : 1;
      if (depth === 0) {
        close = m;
        break;
      }
    }
    const end = close ? close.index + close[0].length : html.length;
    out += keep(match[0], html.slice(inner, close ? close.index : end), close?.[0] ?? "");
    at = opening.lastIndex = end;
  }
  return out + html.slice(at);
}

/** The HTML without the elements marked `data-pagefind-ignore` (and what they hold): search does not read them. */
export const withoutIgnored = (html: string) => mapIgnored(html, () => "");

/**
 * The HTML with the elements marked `data-pagefind-ignore` emptied, their tags kept (Pagefind sees
 * the same elements, a word not joined to the next): unless one holds another of Pagefind's marks
 * (a filter, a piece of metadata), which Pagefind reads even there.
 */
export const emptiedIgnored = (html: string) =>
  mapIgnored(html, (open, inner, close) =>
    /data-pagefind-(?!ignore)/.test(inner) ? open + inner + close : open + close,
  );

/**
 * Counts words of texts: for each folded word, its spellings and how often each is written.
 * Each distinct word is folded once, however often it is written (a thousand lessons write some
 * 800,000 words, of a few tens of thousands of forms: folding each occurrence cost a second).
 */
export function countWords(texts: Iterable<string>): Map<string, Map<string, number>> {
  const occurrences = new Map<string, number>();
  for (const text of texts) addOccurrences(occurrences, text);
  return countsOf(occurrences);
}

/**
 * Adds a text's words, as written, to `occurrences` (word → times): the build counts each page
 * as it comes, and keeps only this, not the pages' text (countWords, by parts).
 */
export function addOccurrences(occurrences: Map<string, number>, text: string) {
  for (const word of wordsOf(text)) occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
}

/** The counts of countWords, from words as written and how often (see addOccurrences). */
export function countsOf(occurrences: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const [word, times] of occurrences) {
    const folded = foldWord(word);
    if (folded.length < 4 || STOP_WORDS.has(folded) || /\d/.test(folded)) continue;
    const spellings = counts.get(folded) ?? new Map<string, number>();
    const written = word.toLocaleLowerCase("fr");
    spellings.set(written, (spellings.get(written) ?? 0) + times);
    counts.set(folded, spellings);
  }
  return counts;
}

/**
 * The vocabulary: each word once, in its commonest spelling, most frequent first. Words the course
 * writes once only are left out: too rare to be what a reader meant, and half the file.
 */
export function vocabularyOf(counts: Map<string, Map<string, number>>, atLeast = 2): Vocabulary {
  return [...counts.values()]
    .map((spellings) => {
      const [written] = [...spellings].toSorted((a, b) => b[1] - a[1])[0]!;
      const total = [...spellings.values()].reduce((sum, n) => sum + n, 0);
      return [written, total] as const;
    })
    .filter(([, total]) => total >= atLeast)
    .toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
