// French prose for the benchmark: a word-level Markov chain of order 2 trained on the bodies of
// the course's own lessons (content/lessons, frontmatter left out; never ../shared/seeds, which
// are other people's posts). Its sentences read like the course without copying it, so the build
// meets real French words, accents, elisions and typography rather than a 16-word vocabulary.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Mulberry32: a small seeded generator, the same numbers on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export type Random = () => number;
export const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** What follows each pair of words ("" before a sentence, END after it). */
type Chain = Map<string, string[]>;
const END = "\u0002";
const key = (a: string, b: string) => `${a}\u0001${b}`;
// Words are split on spaces only: the no-break space before « : ; ! ? » stays inside its word.
const words = (line: string) => line.split(/[ \t]+/).filter(Boolean);
const endsSentence = (word: string) => /[.!?…](?:\u00a0?[»)])?$/.test(word);
/** A line that stops on « : » (before a list) or a comma: ended with a full stop instead. */
const closed = (word: string) => `${word.replace(/[\u00a0 ]*[:;,]$/, "")}.`;

function learn(chain: Chain, sentence: readonly string[]): void {
  const states = ["", "", ...sentence, END];
  for (let i = 2; i < states.length; i++) {
    const at = key(states[i - 2]!, states[i - 1]!);
    chain.set(at, [...(chain.get(at) ?? []), states[i]!]);
  }
}

/** Drops a closing « » or ( ) without its opening and an opening never closed, with the space they hold. */
function balanced(text: string): string {
  const chars = [...text];
  const opening: Record<string, string> = { "»": "«", ")": "(" };
  const open: number[] = [];
  const dropped = new Set<number>();
  chars.forEach((char, i) => {
    if (char === "«" || char === "(") open.push(i);
    else if (opening[char]) {
      if (open.length > 0 && chars[open.at(-1)!] === opening[char]) open.pop();
      else dropped.add(i);
    }
  });
  open.forEach((i) => dropped.add(i));
  return (
    chars
      .filter((_, i) => !dropped.has(i))
      .join("")
      .replace(/[ \u00a0]{2,}/g, " ")
      .replace(/\u00a0(?=[.,)…]|$)/g, "")
      // What was dropped may leave a plain space where the course has a no-break one.
      .replace(/ ([:;!?»])/g, "\u00a0$1")
      .replace(/« /g, "«\u00a0")
      .trim()
  );
}

/** The plain text of an MDX body: tables, markup and list markers removed, one block a line. */
export function plainLines(mdx: string): { prose: string[]; headings: string[] } {
  // Prose only: MDX imports (« import Diagram from … ») and components (<Diagram … />) are code.
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/^(?:import|export)\s.*$/gm, "")
    .replace(/<[A-Z][\s\S]*?\/>/g, "");
  const clean = (line: string) =>
    line
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/^\s*(?:>\s*|[-*]\s+|\d+\.\s+)/, "")
      .replace(/[*_`{}<>|#\[\]]/g, "")
      .trim();
  const prose: string[] = [];
  const headings: string[] = [];
  for (const line of body.split("\n")) {
    if (/^\s*\|/.test(line) || line.trim() === "") continue;
    if (/^#{2,}\s/.test(line)) headings.push(clean(line.replace(/^#+\s+(?:\d+\.\s+)?/, "")));
    else prose.push(clean(line));
  }
  return { prose: prose.filter(Boolean), headings: headings.filter(Boolean) };
}

export interface FrenchText {
  /** A sentence of 4 to 45 words, ending with its punctuation. */
  sentence(random: Random): string;
  /** A heading, without final punctuation. */
  heading(random: Random): string;
}

function walk(chain: Chain, random: Random, min: number, max: number): string {
  for (;;) {
    const out: string[] = [];
    let [a, b] = ["", ""];
    for (;;) {
      const next = pick(chain.get(key(a, b))!, random);
      if (next === END || out.length > max) break;
      out.push(next);
      [a, b] = [b, next];
    }
    if (out.length >= min && out.length <= max) return balanced(out.join(" "));
  }
}

/** The chains of every lesson body under `lessonsDir` (files taken in name order: deterministic). */
export function trainOn(lessonsDir: string): FrenchText {
  const prose: Chain = new Map();
  const headings: Chain = new Map();
  const files = readdirSync(lessonsDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .sort();
  for (const file of files) {
    const lines = plainLines(readFileSync(join(lessonsDir, file), "utf8"));
    for (const line of lines.prose) {
      let sentence: string[] = [];
      for (const word of words(line)) {
        sentence.push(word);
        if (endsSentence(word)) {
          learn(prose, sentence);
          sentence = [];
        }
      }
      if (sentence.length > 0) learn(prose, [...sentence.slice(0, -1), closed(sentence.at(-1)!)]);
    }
    for (const line of lines.headings) learn(headings, words(line));
  }
  if (prose.size === 0) throw new Error(`Banc d'essai\u00a0: aucun texte de leçon à imiter dans ${lessonsDir}.`);
  return {
    sentence: (random) => walk(prose, random, 4, 45),
    heading: (random) => walk(headings, random, 2, 12).replace(/[\s\u00a0]*[.:;!?…]+$/, ""),
  };
}
