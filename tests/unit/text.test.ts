import { describe, expect, test } from "vitest";
import { countWords, readingMinutes } from "../../src/lib/reading-time.ts";
import { slugify } from "../../src/lib/slug.ts";
import { filterCss, radioId } from "../../src/lib/catalogue-filters.ts";
import { sortModulesForDoor, DOORS } from "../../src/lib/doors.ts";

describe("reading time", () => {
  test("counts French words, not markup", () => {
    expect(countWords("## Titre\n\nL'équipe a **répondu** à [la question](/x/) !\n\n```\nconst a = 1;\n```")).toBe(7);
  });
  test("rounds at 200 words a minute, at least one minute", () => {
    expect(readingMinutes("mot ".repeat(1000))).toBe(5);
    expect(readingMinutes("")).toBe(1);
  });
});

test("slugify folds accents and punctuation", () => {
  expect(slugify("Qu'est-ce qu'un « bad buzz » ?")).toBe("qu-est-ce-qu-un-bad-buzz");
  expect(slugify("Réseaux sociaux")).toBe("reseaux-sociaux");
});

describe("catalogue filters", () => {
  test("one rule per value hides the lessons that do not carry it", () => {
    const css = filterCss([{ name: "kind", legend: "Type", options: [{ value: "cas", label: "Cas" }] }]);
    expect(css).toBe(
      '.catalogue:has(#filtre-kind-cas:checked) .catalogue-list > li:not([data-kind~="cas"]){display:none}',
    );
  });
  test("the 'all' radio has its own id and no rule", () => {
    expect(radioId("kind", "")).toBe("filtre-kind-tous");
  });
});

test("a door puts its preferred modules first and keeps the course order for the rest", () => {
  const parent = DOORS.find((d) => d.audience === "parent")!;
  const modules = ["metier", "crise", "continuite", "expliquer"].map((id) => ({ id }));
  expect(sortModulesForDoor(parent, modules).map((m) => m.id)).toEqual(["expliquer", "metier", "crise", "continuite"]);
});
