// A backup file round-trips, and any file that fails a check is refused whole.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { MAX_BACKUP_BYTES, backupChanges, backupFile, readBackup } from "../../src/lib/progress/backup.ts";
import {
  IMPORT_CANCELLED,
  NOT_KEPT,
  backupSaved,
  describeContents,
  describeImport,
  notABackup,
} from "../../src/lib/progress/backup-wording.ts";
import { typographyFaults } from "../support/french-typography.ts";
import { quizResult } from "../support/quiz-result.ts";
import { emptyProgress, type Progress } from "../../src/lib/progress/schema.ts";

const at = "2026-12-01T09:00:00.000Z";
const quiz = (percent: number) => quizResult(percent, at);
const mine: Progress = {
  ...emptyProgress(),
  lessons: { a: { readAt: at }, b: { readAt: at } },
  quizzes: { a: quiz(80) },
  // A question missed in lesson a, under review: the file carries it like the rest.
  reviews: {
    "a/q1": { lesson: "a", question: "q1", fingerprint: "103ss97", due: "2026-12-02T09:00:00.000Z", misses: [at] },
  },
  learnerName: "Zoé Martin",
};
const read = (text: string) => readBackup(text, new TextEncoder().encode(text).length);

describe("backup files", () => {
  test("export then import gives the same progress back", () => {
    const { name, text } = backupFile(mine, new Date("2026-12-04T10:00:00Z"));
    expect(name).toBe("relais-progression-2026-12-04.json");
    expect(read(text)).toEqual({ ok: true, progress: mine, exportedAt: "2026-12-04T10:00:00.000Z" });
  });

  test("what the device had set aside travels with the backup, still aside", () => {
    const withAside: Progress = {
      ...mine,
      unread: { quizzes: { b: { percent: "beaucoup" } } },
      unreadAssignments: { abc: { assignment: { id: "abc" } } },
      unreadLearnerName: "<b>Zoé</b>",
    };
    const { text } = backupFile(withAside);
    const result = read(text);
    expect(result.ok && result.progress).toEqual(withAside);
  });

  test("any text that is not a backup is refused with a French message", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(read(text)).toEqual({ ok: false, message: expect.stringMatching(/rien n’a été changé\.$/) });
      }),
    );
  });

  test.each([
    [
      "a report instead of a backup",
      JSON.stringify({ kind: "relais-rapport", version: 1 }),
      /pas une sauvegarde de progression/,
    ],
    [
      "a newer version",
      JSON.stringify({ kind: "relais-progression", version: 2, exportedAt: at, progress: {} }),
      /version plus récente/,
    ],
    [
      "a key that rewrites prototypes",
      `{"kind":"relais-progression","version":1,"exportedAt":"${at}","progress":{"version":1,"lessons":{"__proto__":{"readAt":"${at}"}},"quizzes":{},"simulations":{}}}`,
      /clés interdites/,
    ],
    [
      "a tampered entry",
      JSON.stringify({
        kind: "relais-progression",
        version: 1,
        exportedAt: at,
        progress: { ...mine, quizzes: { a: { percent: 900 } } },
      }),
      /ne se lit pas/,
    ],
    [
      "HTML in the name",
      JSON.stringify({
        kind: "relais-progression",
        version: 1,
        exportedAt: at,
        progress: { ...mine, learnerName: "<b>Zoé</b>" },
      }),
      /ne se lit pas/,
    ],
    [
      "no date",
      JSON.stringify({ kind: "relais-progression", version: 1, progress: mine }),
      /incomplète ou a été modifiée/,
    ],
  ])("%s is refused and changes nothing", (_, text, says) => {
    expect(read(text)).toEqual({ ok: false, message: expect.stringMatching(says) });
  });

  test("a file over 5 MB is refused before it is read", () => {
    expect(readBackup("{}", MAX_BACKUP_BYTES + 1)).toEqual({
      ok: false,
      message: "Ce fichier est trop gros pour être une sauvegarde de Relais (plus de 5 Mo)\u00a0: rien n’a été changé.",
    });
  });
});

describe("what an import would change", () => {
  test("counts what is added or improved, never lowers, and says it", () => {
    const other: Progress = {
      ...emptyProgress(),
      lessons: { a: { readAt: "2026-11-01T09:00:00.000Z" }, c: { readAt: at } },
      quizzes: { a: quiz(60), c: quiz(90) },
    };
    const changes = backupChanges(mine, other);
    expect(changes).toMatchObject({ lessonsAdded: 1, quizzesAdded: 1, quizzesImproved: 0 });
    expect(changes.merged.quizzes["a"]!.records!.at(-1)!.percent).toBe(80);
    expect(changes.merged.learnerName).toBe("Zoé Martin");
    expect(describeImport(at, other, changes)).toBe(
      "Cette sauvegarde du 1er décembre 2026 contient 2\u00a0leçons lues et 2\u00a0quiz. L’importer ajouterait à votre parcours\u00a0: 1\u00a0leçon lue de plus, 1\u00a0nouveau résultat de quiz. Rien ne serait baissé ni retiré\u00a0: pour chaque élément, le meilleur est gardé.",
    );
    expect(describeImport(at, mine, backupChanges(mine, mine))).toMatch(/l’importer ne changerait rien\.$/);
  });

  test("answers added to a sheet and plays added to a simulation already here are counted too", () => {
    const play = { ending: "fin", endingTitle: "Fin", score: 3, best: 5, at };
    const here: Progress = {
      ...emptyProgress(),
      simulations: { s: play },
      checklists: { role: { a: { included: true, owner: "cm", note: "" } } },
    };
    const there: Progress = {
      ...emptyProgress(),
      simulations: { s: { ...play, score: 1, at: "2026-12-02T09:00:00.000Z" } },
      checklists: {
        role: { a: { included: false, owner: null, note: "" }, b: { included: true, owner: null, note: "" } },
      },
    };
    const changes = backupChanges(here, there);
    expect(changes).toMatchObject({ checklistItemsAdded: 1, playsAdded: 1, simulationsImproved: 0 });
    expect(describeImport(at, there, changes)).toContain(
      "1\u00a0réponse de plus dans vos fiches, 1\u00a0partie de simulation de plus",
    );
    // The device's own answer stays.
    expect(changes.merged.checklists!["role"]!["a"]!.included).toBe(true);
  });
});

describe("what the backup section says", () => {
  test("contents: zeros left out, 1 singular, 2 plural, and a last « et »", () => {
    expect(describeContents(emptyProgress())).toBe("aucune progression");
    const one: Progress = { ...emptyProgress(), lessons: { a: { readAt: at } } };
    expect(describeContents(one)).toBe("1\u00a0leçon lue");
    const more: Progress = { ...one, lessons: { a: { readAt: at }, b: { readAt: at } }, quizzes: { a: quiz(80) } };
    expect(describeContents(more)).toBe("2\u00a0leçons lues et 1\u00a0quiz");
  });

  test("the file saved, a file refused, an import cancelled", () => {
    expect(backupSaved("relais.json")).toBe("Fichier «\u00a0relais.json\u00a0» enregistré dans vos téléchargements.");
    expect(notABackup("photo.png", "ce n’est pas une sauvegarde.")).toBe(
      "«\u00a0photo.png\u00a0»\u00a0: ce n’est pas une sauvegarde.",
    );
    const all = [backupSaved("a.json"), notABackup("a.json", "non."), IMPORT_CANCELLED, NOT_KEPT];
    expect(all.flatMap((text) => typographyFaults(`<body>${text}</body>`))).toEqual([]);
  });
});
