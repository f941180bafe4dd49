// A cohort of hundreds: reading many report files in batches (one bad among them named, the
// others kept), the table's pages after a sort over every row, one learner's view, and how much
// of the device's storage 500 realistic reports take.
import { sampleCatalogue } from "../support/sample-assignment.ts";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { cohortRows, sortRows, triageReports } from "../../src/lib/assignments/cohort.ts";
import { IMPORT_BATCH, readReportFiles, type ReportFile } from "../../src/lib/assignments/cohort-import.ts";
import { pageCount, pageHolding, pageOfRows, ROWS_PER_PAGE } from "../../src/lib/assignments/cohort-pages.ts";
import { importProgress, pageStatus, reviewLine, tableFull } from "../../src/lib/assignments/cohort-wording.ts";
import { learnerView } from "../../src/lib/assignments/learner-view.ts";
import { addAssignment, addReports, restoreTrainerUnread } from "../../src/lib/assignments/trainer-changes.ts";
import { parseTrainerData, storedTrainerData, trainerSpec } from "../../src/lib/assignments/trainer-store.ts";
import { createJsonStore, type StorageLike } from "../../src/lib/progress/json-store.ts";
import { cohortAssignment, courseItems, generateReports, reportText } from "../support/cohort-reports.ts";

const items = courseItems();
const assignment = cohortAssignment(items);
const reports = generateReports(assignment, items, 500);
const file = (name: string, text: string): ReportFile => ({ name, size: text.length, text: async () => text });

describe("reading many report files in batches", () => {
  test("500 files with one bad: 499 reports, the bad one named, progress batch by batch, no learner twice", async () => {
    const files = reports.map((report, i) => file(`rapport-${i}.json`, reportText(report)));
    files[137] = file("abime.json", reportText(reports[137]!).slice(0, 200));
    const seen: number[] = [];
    let pauses = 0;
    const read = await readReportFiles(files, assignment, {
      progress: (done, total) => seen.push(done, total),
      pause: async () => void pauses++,
    });
    expect(read.parsed).toHaveLength(499);
    expect(read.problems).toEqual([
      expect.stringMatching(/^«\u00a0abime\.json\u00a0»\u00a0: ce n’est pas un fichier JSON lisible/),
    ]);
    expect(read.cancelled).toBe(false);
    // 500 files in batches of 25: 20 steps, a pause between two (none after the last).
    expect(seen.filter((_, i) => i % 2 === 0)).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * IMPORT_BATCH));
    expect(seen.filter((_, i) => i % 2 === 1).every((total) => total === 500)).toBe(true);
    expect(pauses).toBe(19);
    const triage = triageReports({}, read.parsed);
    expect(triage.added).toHaveLength(499);
    expect(triage.refused).toEqual([]);
  });

  test("a file that cannot be read, and one over 1 MB left unread, are each one refusal; the order of files is kept", async () => {
    let bigRead = false;
    const files: ReportFile[] = [
      file("a.json", reportText(reports[0]!)),
      { name: "parti.json", size: 10, text: () => Promise.reject(new DOMException("gone", "NotFoundError")) },
      { name: "gros.json", size: 2_000_000, text: async () => ((bigRead = true), "") },
      file("b.json", reportText(reports[1]!)),
    ];
    const read = await readReportFiles(files, assignment, { batch: 3, pause: async () => {} });
    expect(read.parsed.map((p) => p.fileName)).toEqual(["a.json", "b.json"]);
    expect(read.problems).toEqual([
      "«\u00a0parti.json\u00a0»\u00a0: le fichier n’a pas pu être lu (déplacé, supprimé ou illisible)\u00a0; réessayez.",
      expect.stringMatching(/^«\u00a0gros\.json\u00a0»\u00a0: le fichier pèse 2\u00a0Mo/),
    ]);
    expect(bigRead).toBe(false);
  });

  test("when the trainer stops wanting them (another table picked), the reading stops and says so", async () => {
    const files = reports.slice(0, 100).map((report, i) => file(`r${i}.json`, reportText(report)));
    let steps = 0;
    const read = await readReportFiles(files, assignment, { pause: async () => {}, wanted: () => ++steps < 2 });
    expect(read.cancelled).toBe(true);
    expect(read.parsed).toHaveLength(2 * IMPORT_BATCH);
  });

  test("the progress is said in French, singular up to 1", () => {
    expect(importProgress(120, 500)).toBe("120 rapports lus sur 500");
    expect(importProgress(1, 1)).toBe("1 rapport lu sur 1");
    expect(importProgress(0, 3)).toBe("0 rapport lu sur 3");
  });
});

describe("the table's pages", () => {
  test("every row is on exactly one page, in order, and pages hold at most ROWS_PER_PAGE", () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (total, size) => {
        const rows = Array.from({ length: total }, (_, i) => i);
        const pages = pageCount(total, size);
        const all = Array.from({ length: pages }, (_, p) => pageOfRows(rows, p + 1, size));
        expect(all.flatMap((page) => page.rows)).toEqual(rows);
        for (const page of all) {
          expect(page.rows.length).toBeLessThanOrEqual(size);
          expect(page.pages).toBe(pages);
          if (page.rows.length > 0) expect([page.first, page.last]).toEqual([page.rows[0]! + 1, page.rows.at(-1)! + 1]);
        }
      }),
    );
  });

  test("a page out of range shows the nearest one; an empty table has one empty page", () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOfRows(rows, 9)).toMatchObject({ page: 3, pages: 3, first: 101, last: 120 });
    expect(pageOfRows(rows, 0)).toMatchObject({ page: 1, first: 1, last: 50 });
    expect(pageOfRows(rows, Number.NaN)).toMatchObject({ page: 1 });
    expect(pageOfRows([], 2)).toEqual({ rows: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
    expect(pageStatus(2, 10, 51, 100, 500)).toBe("Page 2 sur 10\u00a0: apprenants 51 à 100 sur 500.");
  });

  test("the sort applies to all 500 rows before paging: page 1 descending holds the 50 best completions", () => {
    const rows = sortRows(
      cohortRows(Object.fromEntries(reports.map((r) => [r.learner.key, r])), assignment, "2026-04-01"),
      "completion",
      "descending",
    );
    const first = pageOfRows(rows, 1);
    const best = Math.min(...first.rows.map((row) => row.completion));
    const rest = rows.slice(ROWS_PER_PAGE).map((row) => row.completion);
    expect(first.rows).toHaveLength(ROWS_PER_PAGE);
    expect(Math.max(...rest)).toBeLessThanOrEqual(best);
    expect(pageHolding(rows, (row) => row.key === rows[420]!.key)).toBe(9);
    expect(pageHolding(rows, () => false)).toBeUndefined();
  });
});

describe("one learner's view", () => {
  const catalogue = sampleCatalogue("Le bad buzz");
  const small = {
    ...assignment,
    items: ["lecon:ecouter", "lecon:garder", "simulation:bad-buzz"] as const,
    due: "2026-03-20",
  };
  const report = {
    ...reports[0]!,
    assignment: { ...small, items: [...small.items] },
    acceptedAt: "2026-03-03T10:00:00.000Z",
    exportedAt: "2026-03-25T10:00:00.000Z",
    items: [
      {
        item: "lecon:ecouter" as const,
        state: "a-refaire" as const,
        score: 50,
        ending: null,
        at: "2026-03-10T10:00:00.000Z",
        missed: ["Que répondre à un client en colère ?", "Quand masquer un commentaire ?"],
      },
      {
        item: "lecon:garder" as const,
        state: "reussi" as const,
        score: 90,
        ending: null,
        at: "2026-03-23T10:00:00.000Z",
      },
      {
        item: "simulation:bad-buzz" as const,
        state: "reussi" as const,
        score: 100,
        ending: "La crise est contenue",
        at: "2026-03-12T10:00:00.000Z",
      },
    ],
    review: { days: 6, streak: 3, last: "2026-03-24" },
  };
  const view = learnerView(report, { ...small, items: [...small.items] }, catalogue, "2026-03-26", (at) =>
    at.slice(0, 10),
  );

  test("every item with its state, score, date, ending and missed questions; work after the due date marked", () => {
    expect(view.title).toBe(`Parcours de ${report.learner.name}`);
    expect(view.late).toBe(true);
    expect(view.items).toEqual([
      expect.objectContaining({
        title: "Écouter avant de répondre",
        stateLine: "À refaire",
        score: "50\u00a0%",
        date: "2026-03-10",
        missed: report.items[0]!.missed,
      }),
      expect.objectContaining({
        title: "lecon:garder (introuvable)",
        stateLine: "Réussi, après l’échéance",
        afterDue: true,
        missed: "non indiquées",
      }),
      expect.objectContaining({
        title: "Le bad buzz (simulation)",
        stateLine: "Réussi — fin atteinte\u00a0: «\u00a0La crise est contenue\u00a0»",
        score: "100\u00a0%",
        missed: "—",
      }),
    ]);
  });

  test("its facts: completion and lateness, acceptance and export dates, reviews", () => {
    expect(view.facts).toEqual([
      ["Avancement", "66\u00a0%, en retard"],
      ["Affectation acceptée le", "2026-03-03"],
      ["Rapport exporté le", "2026-03-25"],
      ["Révisions", "6\u00a0jours de révision, série la plus longue de 3\u00a0jours, dernière le 24 mars 2026."],
    ]);
    expect(reviewLine(undefined)).toBe("non indiquées dans ce rapport (version antérieure de Relais).");
    expect(reviewLine({ days: 0, streak: 0, last: null })).toBe("aucune révision depuis l’acceptation.");
    expect(reviewLine({ days: 1, streak: 1, last: "2026-03-01" })).toBe(
      "1\u00a0jour de révision, série la plus longue de 1\u00a0jour, dernière le 1er mars 2026.",
    );
  });
});

describe("500 realistic reports on the trainer's device", () => {
  const whole = addReports(
    { ...trainerSpec.empty(), assignments: { [assignment.id]: assignment } },
    assignment.id,
    reports,
  );

  test("kept short, they take about 2 million characters (4.2 whole), and read back as they were", () => {
    const wholeText = JSON.stringify(whole);
    const stored = JSON.stringify(storedTrainerData(whole));
    // Measured: a report of 40 contents with its missed questions is about 8,300 characters whole.
    expect(wholeText.length / reports.length).toBeGreaterThan(8_000);
    expect(stored.length).toBeLessThan(0.52 * wholeText.length);
    expect(stored.length).toBeLessThan(2_200_000);
    expect(parseTrainerData(JSON.parse(stored))).toEqual(whole);
  });

  test("whole reports (older data) still read; a report of another version of the assignment stays whole", () => {
    expect(parseTrainerData(JSON.parse(JSON.stringify(whole)))).toEqual(whole);
    const edited = { ...reports[0]!, assignment: { ...assignment, message: "Autre message" } };
    const mixed = addReports(whole, assignment.id, [edited]);
    const stored = storedTrainerData(mixed) as { cohorts: Record<string, Record<string, object>> };
    expect(stored.cohorts[assignment.id]![edited.learner.key]).toEqual(edited);
    expect(Object.hasOwn(stored.cohorts[assignment.id]![reports[1]!.learner.key]!, "assignment")).toBe(false);
    expect(parseTrainerData(JSON.parse(JSON.stringify(stored)))).toEqual(mixed);
  });

  test("short reports whose assignment no longer reads are set aside as stored, and come back with it", () => {
    const few = addReports(whole, assignment.id, []);
    const stored = JSON.parse(
      JSON.stringify(
        storedTrainerData({ ...few, cohorts: { [assignment.id]: { [reports[0]!.learner.key]: reports[0]! } } }),
      ),
    );
    stored.assignments[assignment.id].passScore = "soixante-dix";
    const read = parseTrainerData(stored)!;
    expect(read.assignments).toEqual({});
    expect(read.unread).toHaveLength(2);
    // The trainer adds the assignment again from its link, then asks to read the rest again.
    const restored = restoreTrainerUnread(addAssignment(read, assignment));
    expect(restored.unread).toBeUndefined();
    expect(restored.cohorts[assignment.id]).toEqual({ [reports[0]!.learner.key]: reports[0]! });
  });

  test("past the limit: the save fails in French, what was stored before stays whole", () => {
    const kept = new Map<string, string>();
    const quota = 1_000_000;
    const storage: StorageLike = {
      getItem: (key) => kept.get(key) ?? null,
      setItem(key, value) {
        if (value.length > quota) throw new DOMException("full", "QuotaExceededError");
        kept.set(key, value);
      },
      removeItem: (key) => void kept.delete(key),
    };
    const store = createJsonStore(storage, trainerSpec);
    expect(store.update((t) => ({ ...t, assignments: { [assignment.id]: assignment } }))).toEqual({ saved: true });
    expect(store.update((t) => addReports(t, assignment.id, reports.slice(0, 50)))).toEqual({ saved: true });
    const before = kept.get(trainerSpec.key);
    expect(store.update((t) => addReports(t, assignment.id, reports.slice(50)))).toEqual({
      saved: false,
      reason: "quota",
    });
    expect(kept.get(trainerSpec.key)).toBe(before);
    expect(Object.keys(store.read().cohorts[assignment.id]!)).toHaveLength(500);
    expect(tableFull(450)).toBe(
      "L’espace de stockage de ce navigateur est plein\u00a0: les 450 rapports importés sont affichés mais pas enregistrés, et seront perdus en fermant la page. Le tableau enregistré auparavant n’a pas changé. Gardez les fichiers pour les réimporter, ou exportez le CSV maintenant.",
    );
  });
});
