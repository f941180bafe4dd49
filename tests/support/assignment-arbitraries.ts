// fast-check generators for assignments and reports, shared by the unit tests.
import fc from "fast-check";
import type { Assignment, ItemRef } from "../../src/lib/assignments/assignment-link.ts";
import type { ItemStatus } from "../../src/lib/assignments/status.ts";

export const KNOWN_ITEMS: ItemRef[] = [
  "lecon:ecouter",
  "lecon:moderer",
  "lecon:crise-tenir",
  "lecon:expliquer-parents",
  "simulation:bad-buzz",
  "simulation:patron-poste",
];
export const known = new Set<string>(KNOWN_ITEMS);

// Ids are record keys on the device: the words a plain object would drop are refused by the schema.
const key = fc.stringMatching(/^[a-z0-9]{8,24}$/).filter((k) => k !== "constructor" && k !== "prototype");
// Names as people type them: accents, apostrophes, spaces; never markup or controls.
export const name = fc
  .string({
    unit: fc.constantFrom(..."aàbcçdeéèêfgîjklmnoôpqrstuùvwxyz ’'-ÉÇ0123456789".split("")),
    minLength: 1,
    maxLength: 60,
  })
  .filter((s) => s.trim().length > 0)
  .map((s) => s.trim());
const day = fc
  .date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const assignment: fc.Arbitrary<Assignment> = fc.record({
  id: key,
  cohort: name,
  trainer: name,
  due: day,
  passScore: fc.integer({ min: 0, max: 100 }),
  message: fc.string({ maxLength: 600 }),
  items: fc.uniqueArray(fc.constantFrom(...KNOWN_ITEMS), { minLength: 1 }),
  created: day,
});

const instant = fc
  .date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString());

export const statusFor = (item: ItemRef): fc.Arbitrary<ItemStatus> =>
  fc.oneof(
    fc.constant<ItemStatus>({ item, state: "non-commence", score: null, ending: null, at: null }),
    instant.map<ItemStatus>((at) => ({ item, state: "lu", score: null, ending: null, at })),
    fc
      .record({ score: fc.integer({ min: 0, max: 100 }), at: instant, passed: fc.boolean() })
      .map<ItemStatus>(({ score, at, passed }) => ({
        item,
        state: passed ? "reussi" : "a-refaire",
        score,
        ending: item.startsWith("simulation:") ? "Fin apaisée" : null,
        at,
      })),
  );

export const learner = fc.record({ name, key });
export { instant };
