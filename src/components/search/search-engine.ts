// The search as the reader's question asks it, over Pagefind's index: one Pagefind search per
// idea of the query (its words, then its synonyms), merged so pages holding most ideas come first
// (lib/search/), a correction proposed for a mistyped word from the course's own vocabulary, and
// for each result the words worth highlighting on the page it opens.
import { parseQuery, synonymPhrases, type SynonymGroups } from "../../lib/search/query";
import { discriminates, rankPages, type TermHits } from "../../lib/search/rank";
import { closestWord, looksMistyped, type Vocabulary } from "../../lib/search/suggest";
import { markableTerms, isFormOf } from "../../lib/search/highlight";
import { foldWord } from "../../lib/search/fold";

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
}

export type Filters = Partial<Record<"public" | "module" | "type", string[]>>;

export interface Shown {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with <mark> around the matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface Answer {
  total: number;
  /** The next `count` results, shown in order. */
  page(from: number, count: number): Promise<Shown[]>;
  /** A corrected query when a word looked mistyped. */
  suggestion: string | undefined;
}

const marked = (excerpt: string) =>
  [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.replace(/[^\p{L}\p{N}'’-]/gu, ""));

export async function openEngine(bundle: string, base: string) {
  const [pagefind, lexicon] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${bundle}relais-lexique.json`).then((r) => r.json() as Promise<{ pages: number; synonyms: SynonymGroups }>),
  ]);
  // No worker: the index is small, a search takes milliseconds, and the worker's script would be
  // 12 KB more to download before the first result.
  // Length normalisation mostly off: a glossary term or a module page is a few lines, a lesson a few
  // pages, and at Pagefind's default any short record mentioning a word outranked the lesson about
  // it (measured on the relevance suite: 71 of 77 at 0.25, 70 at the default).
  await pagefind.options({ baseUrl: base, excerptLength: 28, noWorker: true, ranking: { pageLength: 0.25 } });
  const phrases = synonymPhrases(lexicon.synonyms);
  let vocabulary: Promise<Vocabulary> | undefined;
  const words = () =>
    (vocabulary ??= fetch(`${bundle}relais-vocabulaire.json`).then((r) => r.json() as Promise<Vocabulary>));

  async function search(query: string, filters: Filters): Promise<Answer> {
    const concepts = parseQuery(query, phrases);
    // Each page's result object from the search of the reader's own word when it has one: its
    // excerpt marks the words typed, not a synonym.
    const found = new Map<string, { result: PagefindResult; own: boolean }>();
    const keep = (results: readonly PagefindResult[], own: boolean) => {
      for (const result of results) if (own || !found.has(result.id)) found.set(result.id, { result, own });
    };
    const corrections = new Map<string, string>();
    const ideas = await Promise.all(
      concepts.map(async (concept) => {
        const terms: TermHits[] = await Promise.all(
          concept.terms.map(async (term, i) => {
            const { results } = await pagefind.search(term, { filters });
            keep(results, i === 0);
            return { term: i, hits: results };
          }),
        );
        // A word no page holds, or one the index only matched loosely (« harcelment » → « harcèlement »:
        // the words Pagefind marked in its best page are not forms of it): the course's closest word
        // is searched too, and offered.
        if (!concept.typed.includes(" ")) {
          const best = terms[0]!.hits[0] as PagefindResult | undefined;
          const mistyped = !best || looksMistyped(concept.typed, marked((await best.data()).excerpt));
          const closest = mistyped ? closestWord(concept.typed, await words()) : undefined;
          if (closest) {
            corrections.set(concept.typed, closest);
            const { results } = await pagefind.search(closest, { filters });
            keep(results, true);
            terms.push({ term: 0, hits: results });
          }
        }
        return terms;
      }),
    );
    const ranked = rankPages(ideas);
    const spread = ideas.map((terms) => new Set(terms.flatMap((t) => t.hits.map((h) => h.id))).size);
    const common = concepts.filter((_, i) => !discriminates(spread[i]!, lexicon.pages)).map((c) => foldWord(c.typed));
    const searched = concepts.filter((_, i) => discriminates(spread[i]!, lexicon.pages)).map((c) => c.typed);
    const cache = new Map<string, Promise<Shown>>();
    const shown = (id: string) => {
      let entry = cache.get(id);
      if (!entry) {
        entry = found
          .get(id)!
          .result.data()
          .then((data) => {
            const words = marked(data.excerpt).filter((w) => !common.some((term) => isFormOf(w, term)));
            const typed = searched.filter((word) => !corrections.has(word));
            const terms = markableTerms([...typed, ...corrections.values(), ...words]);
            const url = new URL(data.url, location.href);
            for (const term of terms) url.searchParams.append("surligner", term);
            return {
              url: url.pathname + url.search + url.hash,
              title: data.meta["title"] ?? data.url,
              excerpt: data.excerpt,
              meta: data.meta,
            };
          });
        cache.set(id, entry);
      }
      return entry;
    };
    let suggestion: string | undefined;
    for (const [typed, closest] of corrections) suggestion = (suggestion ?? query).replace(typed, closest);
    return {
      total: ranked.length,
      page: (from, count) => Promise.all(ranked.slice(from, from + count).map(shown)),
      suggestion,
    };
  }
  return { search };
}
