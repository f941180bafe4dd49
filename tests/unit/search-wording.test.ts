import { expect, test } from "vitest";
import { didYouMean, resultDetails, searchStatus, showMore } from "../../src/lib/search-wording.ts";

test("the status counts results by the French rule and quotes the query with no-break spaces", () => {
  expect(searchStatus({ query: "crise", total: 0 })).toBe(
    "Aucun résultat pour «\u00a0crise\u00a0». Essayez d’autres mots, ou retirez un filtre.",
  );
  expect(searchStatus({ query: "crise", total: 1 })).toBe("1\u00a0résultat pour «\u00a0crise\u00a0»");
  expect(searchStatus({ query: "crise", total: 12 })).toBe("12\u00a0résultats pour «\u00a0crise\u00a0»");
});

test("a correction is offered as a question, typographic French", () => {
  expect(didYouMean("modération")).toBe("Vouliez-vous dire «\u00a0modération\u00a0»\u00a0?");
});

test("a result's details: kind, module, readers, reading time, only those given", () => {
  expect(resultDetails({ kind: "Leçon", module: "Le métier", audiences: "Proches", minutes: "6" })).toBe(
    "Leçon · Le métier · pour Proches · 6\u00a0min de lecture",
  );
  expect(resultDetails({ kind: "Glossaire" })).toBe("Glossaire");
});

test("« Voir 1 autre résultat », « Voir 5 autres résultats »", () => {
  expect(showMore(1)).toBe("Voir 1\u00a0autre résultat");
  expect(showMore(5)).toBe("Voir 5\u00a0autres résultats");
});
