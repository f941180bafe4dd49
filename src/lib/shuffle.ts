// Seeded shuffles: the same seed always gives the same order, so a quiz attempt
// keeps its option order across a reload, and a saved result is shown as it was
// answered. Answers are always matched by option id, never by position.

/** A 32-bit hash of a string (cyrb53's mixing, folded to 32 bits). */
function hash(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: a small generator with every 32-bit state, good enough to shuffle a few options. */
function generator(seed: string): () => number {
  let state = hash(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `items` in an order decided by `seed` alone (Fisher–Yates); every order can come out. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = generator(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The order an ordering question's steps are shown in: shuffled by `seed` and never
 * already solved (a solved draw is turned by one place, which keeps it a permutation).
 */
export function scrambled(ids: readonly string[], seed: string): string[] {
  if (ids.length < 2) return [...ids];
  const out = seededShuffle(ids, seed);
  if (out.every((id, i) => id === ids[i])) out.push(out.shift()!);
  return out;
}

/** A fresh seed for a new attempt: eight base-36 characters from `random` (Math.random by default). */
export const newSeed = (random: () => number = Math.random): string =>
  Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join("");

/** The seed of one question within an attempt, so that each question is shuffled on its own. */
export const questionSeed = (attempt: string, question: string) => `${attempt}:${question}`;

/** Whether a stored value is an attempt seed as newSeed makes them. */
export const isSeed = (value: unknown): value is string => typeof value === "string" && /^[0-9a-z]{8}$/.test(value);
