// The four catalogue filters (src/lib/course/catalogue-facets.ts).
import { expect, test } from "vitest";
import { catalogueFacets } from "../../src/lib/course/catalogue-facets.ts";
import type { Course } from "../../src/lib/course/course.ts";

const course = {
  modules: [
    { id: "bases", data: { title: "Les bases" } },
    { id: "crise", data: { title: "Gérer une crise" } },
  ],
} as unknown as Course;

test("public (the readers of lessons: trainers have their guides), module, type, level: in that order, with their French labels", () => {
  expect(catalogueFacets(course)).toEqual([
    {
      name: "audience",
      legend: "Public",
      options: [
        { value: "cm-junior", label: "CM débutant" },
        { value: "parent", label: "Proches" },
        { value: "dirigeant", label: "Dirigeants" },
      ],
    },
    {
      name: "module",
      legend: "Module",
      options: [
        { value: "bases", label: "Les bases" },
        { value: "crise", label: "Gérer une crise" },
      ],
    },
    {
      name: "kind",
      legend: "Type",
      options: [
        { value: "lecon", label: "Leçon" },
        { value: "playbook", label: "Fiche réflexe" },
        { value: "explication", label: "Explication" },
        { value: "cas", label: "Étude de cas" },
      ],
    },
    {
      name: "level",
      legend: "Niveau",
      options: [
        { value: "debutant", label: "Débutant" },
        { value: "intermediaire", label: "Intermédiaire" },
        { value: "confirme", label: "Confirmé" },
      ],
    },
  ]);
});

test("a course without modules offers no module option", () => {
  const facets = catalogueFacets({ modules: [] } as unknown as Course);
  expect(facets.map((f) => f.name)).toEqual(["audience", "module", "kind", "level"]);
  expect(facets[1]!.options).toEqual([]);
});
