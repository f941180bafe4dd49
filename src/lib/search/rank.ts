// Results of several searches, one per idea of the query, merged into one list: a page's score is
// the sum, over the ideas it holds, of Pagefind's score for it (its best term: the reader's word,
// or a synonym counted at half). Pagefind's score already weighs how rare a word is and where it
// stands (a title counts more than a passing mention), so a page answering most of the question
// comes first, and a page holding one idea strongly can still outrank one that mentions three.
// Tuned on the readers' relevance suite (tests/browser/search-relevance.test.ts): summing raw
// scores found more answers than normalising each idea or rewarding coverage.

/** What Pagefind answered for one term: page ids with their score. */
export interface TermHits {
  /** 0 for the reader's own word, 1+ for synonyms. */
  term: number;
  hits: readonly { id: string; score: number }[];
}

/** A synonym is not what the reader wrote: a page found through it counts half. */
export const SYNONYM_WEIGHT = 0.5;

/** Each page's best score for one idea, synonyms weighed down. */
export function bestScores(terms: readonly TermHits[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const { term, hits } of terms) {
    const weight = term === 0 ? 1 : SYNONYM_WEIGHT;
    for (const { id, score } of hits) best.set(id, Math.max(best.get(id) ?? 0, score * weight));
  }
  return best;
}

/** Page ids, best first, for the ideas of a query (one entry per idea). */
export function rankPages(ideas: readonly (readonly TermHits[])[]): string[] {
  const total = new Map<string, number>();
  for (const terms of ideas) {
    for (const [id, score] of bestScores(terms)) total.set(id, (total.get(id) ?? 0) + score);
  }
  return [...total].toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

/** True when an idea is on at most half the pages: worth highlighting on the page opened. */
export const discriminates = (found: number, pages: number) => found <= pages / 2;
