// On a page opened from a result, which words to mark: whole words that are forms of a searched
// word (« crises » for « crise », « Modération » for « moderation »), never a word merely
// containing it (« question » holds « est »), never a stop word.
import { foldWord, wordsOf } from "./fold";
import { STOP_WORDS } from "./stop-words";

/** The searched words worth marking: folded, meaningful, each once. */
export function markableTerms(searched: readonly string[]): string[] {
  const terms = searched.flatMap((text) => wordsOf(text)).map(foldWord);
  return [...new Set(terms.filter((term) => term.length > 1 && !STOP_WORDS.has(term)))];
}

/** True when a word of the page is a form of a searched term: the same word, or it plus a short ending. */
export const isFormOf = (word: string, term: string) => {
  const folded = foldWord(word);
  return folded === term || (term.length >= 4 && folded.startsWith(term) && folded.length - term.length <= 3);
};

/** Where to mark in a text: [start, end) of each whole word that is a form of one of the terms. */
export function markedRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    if (terms.some((term) => isFormOf(match[0], term))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
