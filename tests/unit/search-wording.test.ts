import { expect, test } from "vitest";
import { filterName, filterOption } from "../../src/lib/search-wording.ts";

test("a filter's button is named after the filter", () => {
  expect(filterName("Public")).toBe("Filtre Public");
});

test("an option counts its results by the French rule, with a no-break space", () => {
  expect(filterOption("Proches", 0)).toBe("Proches, 0\u00a0résultat");
  expect(filterOption("Proches", 1)).toBe("Proches, 1\u00a0résultat");
  expect(filterOption("CM débutant", 12)).toBe("CM débutant, 12\u00a0résultats");
});
