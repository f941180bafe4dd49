// Pins the exact sentences of describeContents / describeImport that mutation testing found unchecked.
import { describe, expect, test } from "vitest";
import { describeContents, describeImport } from "../../src/lib/progress/backup-wording.ts";
import type { BackupChanges } from "../../src/lib/progress/backup.ts";
import { localFrenchDate } from "../../src/lib/french.ts";
import { emptyProgress, type Progress } from "../../src/lib/progress/schema.ts";

const S = "\u00a0";
const at = "2026-12-01T09:00:00.000Z";
const readAt = { readAt: at };
const progress: Progress = {
  ...emptyProgress(),
  lessons: { a: readAt, b: readAt },
  quizzes: {
    q: { answers: { q1: ["a"] }, correct: [], total: 1, percent: 80, passed: true, at },
  },
  simulations: { s: { ending: "fin", endingTitle: "Fin", score: 3, best: 5, at } },
  checklists: { c: {} },
};
const changes = (n: number): BackupChanges => ({
  lessonsAdded: n,
  quizzesAdded: n,
  quizzesImproved: n,
  simulationsAdded: n,
  simulationsImproved: n,
  checklistsAdded: n,
  checklistItemsAdded: n,
  playsAdded: n,
  assignmentsAdded: n,
  reviewsAdded: n,
  reviewsUpdated: n,
  merged: progress,
});
const lead = `Cette sauvegarde du ${localFrenchDate(at)} contient 2${S}leçons lues, 1${S}quiz, 1${S}simulation et 1${S}fiche remplie.`;

describe("describeContents", () => {
  test("parts are joined with commas, the last with « et »", () => {
    expect(describeContents(progress)).toBe(`2${S}leçons lues, 1${S}quiz, 1${S}simulation et 1${S}fiche remplie`);
  });
});

describe("describeImport", () => {
  test("nothing to add says so, and names no zero", () => {
    expect(describeImport(at, progress, changes(0))).toBe(
      `${lead} Votre parcours la contient déjà${S}: l’importer ne changerait rien.`,
    );
  });
  const tail = `. Rien ne serait baissé ni retiré${S}: pour chaque élément, le meilleur est gardé.`;
  test("each kind of change, singular", () => {
    expect(describeImport(at, progress, changes(1))).toBe(
      `${lead} L’importer ajouterait à votre parcours${S}: ` +
        [
          "leçon lue de plus",
          "nouveau résultat de quiz",
          "quiz au meilleur score relevé",
          "simulation jouée de plus",
          "simulation au meilleur score relevé",
          "fiche remplie de plus",
          "réponse de plus dans vos fiches",
          "partie de simulation de plus",
          "affectation de plus",
          "question en révision de plus",
          "question en révision mise à jour",
        ]
          .map((part) => `1${S}${part}`)
          .join(", ") +
        tail,
    );
  });
  test("each kind of change, plural", () => {
    expect(describeImport(at, progress, changes(2))).toBe(
      `${lead} L’importer ajouterait à votre parcours${S}: ` +
        [
          "leçons lues de plus",
          "nouveaux résultats de quiz",
          "quiz au meilleur score relevé",
          "simulations jouées de plus",
          "simulations au meilleur score relevé",
          "fiches remplies de plus",
          "réponses de plus dans vos fiches",
          "parties de simulation de plus",
          "affectations de plus",
          "questions en révision de plus",
          "questions en révision mises à jour",
        ]
          .map((part) => `2${S}${part}`)
          .join(", ") +
        tail,
    );
  });
  test("only the changes that are not zero are named", () => {
    expect(describeImport(at, progress, { ...changes(0), assignmentsAdded: 1 })).toBe(
      `${lead} L’importer ajouterait à votre parcours${S}: 1${S}affectation de plus${tail}`,
    );
  });
});
