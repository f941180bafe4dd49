// One assignment written out, for tests that check exact sentences and values.
import type { Assignment } from "../../src/lib/assignments/assignment-schema.ts";

export const sampleAssignment: Assignment = {
  id: "abcd1234efgh",
  cohort: "Promo d’hiver",
  trainer: "Inès Moreau",
  due: "2026-12-20",
  passScore: 70,
  message: "",
  items: ["lecon:ecouter", "simulation:bad-buzz"],
  created: "2026-11-30",
};
