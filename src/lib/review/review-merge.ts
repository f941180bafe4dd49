// One question's reviews from two devices as one, for mergeProgress (a backup imported, a copy
// restored): the card further along, every miss neither has applied yet. Commutative: which
// side is the device and which the file changes nothing.
import { withMisses, type ReviewEntry, type StoredCard } from "./review-state";

// A date that does not parse (a hand-edited value) never wins.
const time = (iso: string | undefined) => {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// -Infinity minus -Infinity is NaN, which `||` skips like a tie.
const diff = (a: number, b: number) => a - b || 0;

/** Positive when card `a` is further along: a later last review, then more reviews (then a fixed order). */
function compareCards(a: StoredCard | undefined, b: StoredCard | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return (
    diff(time(a.last_review), time(b.last_review)) || a.reps - b.reps || order(JSON.stringify(a), JSON.stringify(b))
  );
}

/**
 * The last thing that happened to an entry: its last review or miss; with neither, when it was
 * reset (its due date then). Nothing that merging rewrites, so merging again agrees.
 */
function lastActivity({ card, misses, due }: ReviewEntry): number {
  const marks = misses.map(time);
  if (card) marks.push(time(card.last_review ?? card.due));
  return marks.length > 0 ? Math.max(...marks) : time(due);
}

/**
 * The same question's entry from two sides. Of one fingerprint: the card with the later last
 * review (or more reviews), pending misses of both (sorted, once each, the last 20, none the kept
 * card has already passed), due as they make it. Of two fingerprints (the question was rewritten
 * between them): the entry of the later activity, whole; the other was about another question.
 */
export function mergeReview(a: ReviewEntry, b: ReviewEntry): ReviewEntry {
  if (a.fingerprint !== b.fingerprint) {
    const newer = diff(lastActivity(a), lastActivity(b)) || order(a.fingerprint, b.fingerprint);
    const kept = newer >= 0 ? a : b;
    return withMisses(kept, kept.misses);
  }
  const kept = compareCards(a.card, b.card) >= 0 ? a : b;
  const merged = withMisses(kept, [...a.misses, ...b.misses]);
  // Two entries reset and not seen since: the sooner due.
  if (!merged.card && merged.misses.length === 0 && time(b.due) < time(a.due)) return { ...merged, due: b.due };
  return merged;
}
