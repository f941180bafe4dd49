// fast-check generators for questions under review (« Révisions »), shared by the unit tests.
// Few lessons, questions and fingerprints, so that two generated sides often hold the same key.
import fc from "fast-check";
import { MAX_MISSES, reviewKey, type ReviewEntry, type Reviews } from "../../src/lib/review/review-state.ts";

/** An instant as toISOString writes it, in 2026–2027. */
export const reviewInstant = fc
  .date({ min: new Date("2026-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString());

const amount = fc.double({ min: 0, max: 400, noNaN: true, noDefaultInfinity: true }).map((x) => Math.abs(x));

/** Any card the stored schema accepts (not only those ts-fsrs makes). */
export const storedCard = fc.record(
  {
    due: reviewInstant,
    stability: amount,
    difficulty: fc.double({ min: 0, max: 10, noNaN: true }).map((x) => Math.abs(x)),
    elapsed_days: amount,
    scheduled_days: amount,
    learning_steps: fc.nat(5),
    reps: fc.nat(60),
    lapses: fc.nat(20),
    state: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
    last_review: reviewInstant,
  },
  {
    requiredKeys: [
      "due",
      "stability",
      "difficulty",
      "elapsed_days",
      "scheduled_days",
      "learning_steps",
      "reps",
      "lapses",
      "state",
    ],
  },
);

/** Any entry the stored schema accepts. */
export const reviewEntry: fc.Arbitrary<ReviewEntry> = fc.record(
  {
    lesson: fc.constantFrom("ecouter", "moderer", "crise-tenir"),
    question: fc.constantFrom("q1", "q2", "q3"),
    fingerprint: fc.constantFrom("1k2j3h", "9zz0a"),
    due: reviewInstant,
    misses: fc.array(reviewInstant, { maxLength: MAX_MISSES }),
    card: storedCard,
  },
  { requiredKeys: ["lesson", "question", "fingerprint", "due", "misses"] },
);

/** Entries filed under their own key (a later entry of the same key replaces the earlier one). */
export const reviews: fc.Arbitrary<Reviews> = fc
  .array(reviewEntry, { maxLength: 6 })
  .map((entries) => Object.fromEntries(entries.map((e) => [reviewKey(e.lesson, e.question), e])));
