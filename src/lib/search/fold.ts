// How words are compared by search, in the browser and at build: lower case, accents and
// ligatures folded (« Écoute » and « ecoute » are one word, as Pagefind matches them), the
// elided article of « l’absence » or « qu’il » dropped, apostrophes of either kind the same.

/** Lower case, no accents, « œ » as « oe »: the form two spellings of a word share. */
export const foldWord = (word: string) =>
  word.toLocaleLowerCase("fr").replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}/gu, "");

// The articles and pronouns French elides before a vowel: « l’ », « d’ », « qu’ », « jusqu’ »…
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ]/i;

/**
 * The words of a text as a reader typed or a page wrote them, in order: letters and digits
 * (a hyphen or a dot inside a word keeps it whole: « e-réputation », « gouv.fr »), each without its
 * elided article. Apostrophes inside a word after the elision (« aujourd’hui ») stay.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const [token] of text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ.\-][\p{L}\p{N}]+)*/gu)) {
    const word = token.replace(ELIDED, "");
    if (word) words.push(word);
  }
  return words;
}
