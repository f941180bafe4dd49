// What a simulation says as it plays (src/lib/simulation/simulation-wording.ts).
import { expect, test } from "vitest";
import * as say from "../../src/lib/simulation/simulation-wording.ts";

const NBSP = "\u00a0";

test("points are signed in the recap; 0 and 1 take the singular", () => {
  expect([0, 1, 2, -1, -3].map(say.signedPoints)).toEqual([
    `0${NBSP}point`,
    `+1${NBSP}point`,
    `+2${NBSP}points`,
    `-1${NBSP}point`,
    `-3${NBSP}points`,
  ]);
  expect(say.runningScore(0)).toBe(`Score${NBSP}: 0${NBSP}point`);
  expect(say.choiceWorth("Répondre", 2)).toBe(`Répondre (+2${NBSP}points)`);
  expect(say.betterChoice("Écouter", 3)).toBe(`Meilleur choix à cette étape${NBSP}: Écouter (+3${NBSP}points)`);
});

test("the final score against the pass mark, rounded up to a whole point", () => {
  expect(say.finalScore(7, 10, 65)).toBe(
    `Votre score${NBSP}: 7${NBSP}points sur 10${NBSP}points possibles (seuil de réussite${NBSP}: 7${NBSP}points).`,
  );
  expect(say.finalScore(6, 10, 65)).toBe(
    `Votre score${NBSP}: 6${NBSP}points sur 10${NBSP}points possibles (seuil de réussite${NBSP}: 7${NBSP}points), pas encore atteint.`,
  );
  expect(say.finalScore(1, 2, 50)).toMatch(/seuil de réussite\u00a0: 1\u00a0point\)\.$/);
});

test("the ending, its outcome and the saved notice", () => {
  expect(say.endingHeading("Crise évitée")).toBe(`Fin${NBSP}: Crise évitée`);
  expect(say.outcomeLine("mitigee")).toBe(`Issue${NBSP}: mitigée.`);
  expect(say.SAVED).toBe(`Cette partie est enregistrée dans «${NBSP}Mon parcours${NBSP}».`);
});
