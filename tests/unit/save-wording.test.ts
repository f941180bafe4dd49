import { expect, test } from "vitest";
import { saveProblem } from "../../src/lib/progress/save-wording.ts";

test("a saved change says nothing", () => {
  expect(saveProblem({ saved: true })).toBeNull();
});

test("a full storage and a refused one are told apart, naming what was not saved", () => {
  expect(saveProblem({ saved: false, reason: "quota" })).toMatch(
    /^Votre appareil n’a plus de place pour enregistrer votre progression\. Ce qui est affiché reste valable/,
  );
  expect(saveProblem({ saved: false, reason: "unavailable" }, "ce tableau")).toMatch(
    /^Votre navigateur ne permet pas d’enregistrer ce tableau sur cet appareil\./,
  );
});
