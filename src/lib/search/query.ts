// A reader's question turned into what to look for: the meaningful ideas of the sentence, each
// with the words that say it (the reader's own, then its synonyms from content/synonymes.yaml).
// Stop words never make an idea; a synonym written in several words (« autre marque ») is
// recognised as one idea before its words are looked at one by one.
import { foldWord, wordsOf } from "./fold.ts";
import { STOP_WORDS } from "./stop-words.ts";

/** One idea of the query: `typed` as the reader wrote it, `terms` what is searched for it. */
export interface Concept {
  typed: string;
  /** The reader's words first, then the synonyms: each a word or a phrase, searched whole. */
  terms: string[];
}

/** Groups of words or phrases used one for another, as content/synonymes.yaml writes them. */
export type SynonymGroups = readonly (readonly string[])[];

interface Phrase {
  folded: string[];
  group: readonly string[];
}

/** The synonyms as folded word sequences, longest first, so « arrêt maladie » wins over « arrêt ». */
export function synonymPhrases(groups: SynonymGroups): Phrase[] {
  return groups
    .flatMap((group) => group.map((member) => ({ folded: wordsOf(member).map(foldWord), group })))
    .filter((phrase) => phrase.folded.length > 0)
    .toSorted((a, b) => b.folded.length - a.folded.length);
}

const startsAt = (words: readonly string[], at: number, phrase: readonly string[]) =>
  phrase.every((word, i) => words[at + i] === word);

/** The ideas of a query, in the reader's order, each once. */
export function parseQuery(query: string, phrases: readonly Phrase[]): Concept[] {
  const words = wordsOf(query);
  const folded = words.map(foldWord);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < words.length;) {
    const phrase = phrases.find((p) => startsAt(folded, at, p.folded));
    const length = phrase?.folded.length ?? 1;
    const typed = words.slice(at, at + length).join(" ");
    const key = folded.slice(at, at + length).join(" ");
    at += length;
    if (seen.has(key) || (!phrase && STOP_WORDS.has(key))) continue;
    seen.add(key);
    const others = phrase ? phrase.group.filter((member) => wordsOf(member).map(foldWord).join(" ") !== key) : [];
    concepts.push({ typed, terms: [typed, ...others] });
  }
  // A query of stop words only (« qui est-ce ») still searches what was typed.
  if (concepts.length === 0 && words.length > 0) concepts.push({ typed: words.join(" "), terms: [words.join(" ")] });
  return concepts;
}
