// French wording of the content vocabulary (src/lib/labels.ts).
import { expect, test } from "vitest";
import { audienceLabel, kindLabel, levelLabel } from "../../src/lib/labels.ts";
import { AUDIENCES, KINDS, LEVELS } from "../../src/schemas/vocabulary.ts";

test("audiences", () => {
  expect(audienceLabel).toEqual({
    "cm-junior": "CM débutant",
    parent: "Proches",
    dirigeant: "Dirigeants",
    formateur: "Formateurs",
  });
  expect(Object.keys(audienceLabel).toSorted()).toEqual([...AUDIENCES].toSorted());
});

test("kinds", () => {
  expect(kindLabel).toEqual({
    lecon: "Leçon",
    playbook: "Fiche réflexe",
    explication: "Explication",
    cas: "Étude de cas",
  });
  expect(Object.keys(kindLabel).toSorted()).toEqual([...KINDS].toSorted());
});

test("levels", () => {
  expect(levelLabel).toEqual({ debutant: "Débutant", intermediaire: "Intermédiaire", confirme: "Confirmé" });
  expect(Object.keys(levelLabel).toSorted()).toEqual([...LEVELS].toSorted());
});
