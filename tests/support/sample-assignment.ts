// One assignment written out, for tests that check exact sentences and values.
import type { Assignment } from "../../src/lib/assignments/assignment-schema.ts";
import { catalogueFrom } from "../../src/lib/assignments/catalogue.ts";

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

/** The catalogue of a sample assignment's two items (a lesson and a simulation), for table tests. */
export const sampleCatalogue = (simulationTitle = "Le bad buzz du samedi") =>
  catalogueFrom([
    {
      ref: "lecon:ecouter",
      title: "Écouter avant de répondre",
      path: "lecons/ecouter/",
      moduleId: "m",
      moduleTitle: "M",
    },
    {
      ref: "simulation:bad-buzz",
      title: simulationTitle,
      path: "simulations/bad-buzz/",
      moduleId: "m",
      moduleTitle: "M",
    },
  ]);
