// The cohort table: who is late, how rows sort, how reports are merged without
// silent overwrites, and a CSV that a French spreadsheet opens intact.
import { sampleCatalogue } from "../support/sample-assignment.ts";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import type { Assignment } from "../../src/lib/assignments/assignment-link.ts";
import { catalogueFrom, shortTitle } from "../../src/lib/assignments/catalogue.ts";
import {
  cohortCsv,
  cohortCsvName,
  cohortRows,
  sortRows,
  triageReports,
  type CohortRow,
} from "../../src/lib/assignments/cohort.ts";
import { buildReport, type Report } from "../../src/lib/assignments/report.ts";
import type { ItemStatus } from "../../src/lib/assignments/status.ts";
import { daysLeft, dueLabel } from "../../src/lib/assignments/status.ts";
import { parseTrainerData } from "../../src/lib/assignments/trainer-store.ts";
import { withoutReplacedUnread } from "../../src/lib/assignments/trainer-changes.ts";

const assignment: Assignment = {
  id: "cohorte000001",
  cohort: "Promo d’hiver",
  trainer: "Inès",
  due: "2026-12-01",
  passScore: 70,
  message: "",
  items: ["lecon:ecouter", "simulation:bad-buzz"],
  created: "2026-11-20",
};
const catalogue = sampleCatalogue();
const passed = (item: ItemStatus["item"], score: number): ItemStatus => ({
  item,
  state: "reussi",
  score,
  ending: null,
  at: "2026-11-21T10:00:00.000Z",
});
const todo = (item: ItemStatus["item"]): ItemStatus => ({
  item,
  state: "non-commence",
  score: null,
  ending: null,
  at: null,
});

function reportOf(name: string, key: string, statuses: ItemStatus[], exportedAt = "2026-11-22T09:00:00.000Z"): Report {
  return buildReport({
    name,
    key,
    assignment,
    acceptedAt: "2026-11-20T08:00:00.000Z",
    statuses,
    now: new Date(exportedAt),
  });
}

/** What `check` gives on a device set to the time zone `zone` (the CSV dates reports by the trainer's own day). */
function inTimeZone<T>(zone: string, check: () => T): T {
  const before = process.env["TZ"];
  process.env["TZ"] = zone;
  try {
    return check();
  } finally {
    if (before === undefined) delete process.env["TZ"];
    else process.env["TZ"] = before;
  }
}
const PARIS = "Europe/Paris";

const zoe = reportOf("Zoé Ângelo", "learner00001", [passed("lecon:ecouter", 80), passed("simulation:bad-buzz", 100)]);
const elie = reportOf('=HYPERLINK("x")', "learner00002", [passed("lecon:ecouter", 90), todo("simulation:bad-buzz")]);

describe("cohort table", () => {
  test("rows: completion, and late only once the due date has passed with work missing", () => {
    const before = cohortRows({ a: zoe, b: elie }, assignment, "2026-12-01");
    expect(before.map((r) => [r.name, r.completion, r.late])).toEqual([
      ["Zoé Ângelo", 100, false],
      ['=HYPERLINK("x")', 50, false],
    ]);
    const after = cohortRows({ a: zoe, b: elie }, assignment, "2026-12-02");
    expect(after.map((r) => r.late)).toEqual([false, true]);
  });

  test("work passed after the due date says so, in the table and the CSV", () => {
    const tardy = reportOf(
      "Noé",
      "learner00003",
      [
        { ...passed("lecon:ecouter", 75), at: "2026-12-03T08:00:00.000Z" },
        // 21:00 on the due day in the Antilles (UTC−4): on time.
        { ...passed("simulation:bad-buzz", 100), at: "2026-12-02T01:00:00.000Z" },
      ],
      "2026-12-05T09:00:00.000Z",
    );
    const [row] = cohortRows({ c: tardy }, assignment, "2026-12-05");
    expect(row!.cells.map((c) => c.afterDue)).toEqual([true, false]);
    // Once the due day is over everywhere (12:00 UTC the next day), it is after the due date.
    const [later] = cohortRows(
      {
        c: reportOf("Noé", "learner00003", [
          todo("lecon:ecouter"),
          { ...passed("simulation:bad-buzz", 90), at: "2026-12-02T12:30:00.000Z" },
        ]),
      },
      assignment,
      "2026-12-05",
    );
    expect(later!.cells.map((c) => c.afterDue)).toEqual([false, true]);
    expect(row!.late).toBe(false);
    expect(inTimeZone(PARIS, () => cohortCsv([row!], assignment, catalogue)).split("\r\n")[1]).toBe(
      "Noé;100;non;2026-12-05;Réussi (75\u00a0%), après l’échéance;Réussi (100\u00a0%)",
    );
  });

  test("after the due date means from the instant the due day is over everywhere, and for passed work only", () => {
    const at = (instant: string, state: ItemStatus["state"] = "reussi"): ItemStatus => ({
      ...passed("simulation:bad-buzz", 90),
      state,
      at: instant,
    });
    const afterDue = (status: ItemStatus) =>
      cohortRows({ c: reportOf("Noé", "learner00003", [todo("lecon:ecouter"), status]) }, assignment, "2026-12-05")[0]!
        .cells[1]!.afterDue;
    // Due on 1 December: the day ends everywhere at 12:00 UTC on the 2nd (midnight in UTC−12).
    expect(afterDue(at("2026-12-02T11:59:59.999Z"))).toBe(false);
    expect(afterDue(at("2026-12-02T12:00:00.000Z"))).toBe(true);
    // Read or failed late is not « passed after the due date »: the cell just says where it stands.
    expect(afterDue(at("2026-12-03T08:00:00.000Z", "lu"))).toBe(false);
    expect(afterDue(at("2026-12-03T08:00:00.000Z", "a-refaire"))).toBe(false);
  });

  test("the CSV dates each report by the trainer's own calendar day, not UTC's", () => {
    const lateEvening = reportOf("Zoé Ângelo", "learner00001", zoe.items, "2026-12-05T23:30:00.000Z");
    const reportDay = (zone: string) =>
      inTimeZone(zone, () => cohortCsv(cohortRows({ a: lateEvening }, assignment, "2026-12-06"), assignment, catalogue))
        .split("\r\n")[1]!
        .split(";")[3];
    // 23:30 UTC is already 00:30 on the 6th in Paris, still 19:30 on the 5th in Martinique.
    expect(reportDay(PARIS)).toBe("2026-12-06");
    expect(reportDay("America/Martinique")).toBe("2026-12-05");
  });

  test("due labels count calendar days", () => {
    expect(dueLabel(daysLeft("2026-12-01", "2026-11-22"))).toBe("il reste 9\u00a0jours");
    expect(dueLabel(daysLeft("2026-12-01", "2026-11-30"))).toBe("il reste 1\u00a0jour");
    expect(dueLabel(daysLeft("2026-12-01", "2026-12-01"))).toBe("dernier jour aujourd’hui");
    expect(dueLabel(daysLeft("2026-12-01", "2026-12-03"))).toBe("en retard de 2\u00a0jours");
  });

  test("sorting is a permutation, ordered by the chosen key, names in French order", () => {
    const rows = fc.array(
      fc.record({
        key: fc.string(),
        name: fc.constantFrom("Émile", "eve", "Zoé", "Ana", "Éric", "anaïs"),
        completion: fc.integer({ min: 0, max: 100 }),
        late: fc.boolean(),
        exportedAt: fc.constantFrom("2026-11-20T00:00:00.000Z", "2026-11-22T00:00:00.000Z"),
        cells: fc.constant<CohortRow["cells"]>([]),
      }),
    );
    fc.assert(
      fc.property(rows, fc.constantFrom("ascending", "descending" as const), (list, direction) => {
        const sorted = sortRows(list, "completion", direction);
        expect(sorted).toHaveLength(list.length);
        expect(new Set(sorted)).toEqual(new Set(list));
        for (let i = 1; i < sorted.length; i++) {
          const step = sorted[i]!.completion - sorted[i - 1]!.completion;
          expect(direction === "ascending" ? step >= 0 : step <= 0).toBe(true);
        }
      }),
    );
    const byName = sortRows(cohortRows({ a: zoe, b: elie }, assignment, "2026-11-22"), "name", "ascending");
    expect(byName.map((r) => r.name)).toEqual(['=HYPERLINK("x")', "Zoé Ângelo"]);
    const byItem = sortRows(cohortRows({ a: zoe, b: elie }, assignment, "2026-11-22"), 1, "descending");
    expect(byItem[0]!.name).toBe("Zoé Ângelo");
  });

  test("rows that tie on the chosen key follow the French order of names, in either direction", () => {
    const row = (name: string, completion: number, cell: CohortRow["cells"][number]): CohortRow => ({
      key: name,
      name,
      completion,
      late: false,
      exportedAt: "2026-11-22T09:00:00.000Z",
      cells: [cell],
    });
    const read = { state: "lu", score: null, afterDue: false } as const;
    const rows = [row("Zoé", 50, read), row("Ana", 50, read), row("Élie", 50, read)];
    for (const direction of ["ascending", "descending"] as const) {
      for (const list of [rows, rows.toReversed()]) {
        expect(sortRows(list, "completion", direction).map((r) => r.name)).toEqual(["Ana", "Élie", "Zoé"]);
        expect(sortRows(list, 0, direction).map((r) => r.name)).toEqual(["Ana", "Élie", "Zoé"]);
      }
    }
  });

  test("by an item's column: by how far each learner got, then by score", () => {
    const row = (name: string, state: CohortRow["cells"][number]["state"], score: number | null): CohortRow => ({
      key: name,
      name,
      completion: 0,
      late: false,
      exportedAt: "2026-11-22T09:00:00.000Z",
      cells: [{ state, score, afterDue: false }],
    });
    const rows = [
      row("Ana", "lu", null),
      row("Bea", "reussi", 100),
      row("Cyr", "non-commence", null),
      row("Dan", "reussi", 75),
      row("Eve", "a-refaire", 40),
      row("Fay", "reussi", 90),
    ];
    expect(sortRows(rows, 0, "ascending").map((r) => r.name)).toEqual(["Cyr", "Ana", "Eve", "Dan", "Fay", "Bea"]);
    expect(sortRows(rows, 0, "descending").map((r) => r.name)).toEqual(["Bea", "Fay", "Dan", "Eve", "Ana", "Cyr"]);
  });

  test("a learner's two reports in one import: the newer is added, whatever the order of the files", () => {
    const older = reportOf("Élie", "learner00002", elie.items);
    const newer = reportOf("Élie", "learner00002", elie.items, "2026-11-23T09:00:00.000Z");
    const triage = triageReports({}, [
      { fileName: "elie.json", report: older },
      { fileName: "elie-2.json", report: newer },
      { fileName: "elie-bis.json", report: older },
    ]);
    expect(triage.added).toEqual([newer]);
    expect(triage.refused).toEqual([
      "«\u00a0elie.json\u00a0»\u00a0: un rapport plus récent de Élie («\u00a0elie-2.json\u00a0») est importé à sa place.",
      "«\u00a0elie-bis.json\u00a0»\u00a0: un rapport plus récent de Élie («\u00a0elie-2.json\u00a0») est importé à sa place.",
    ]);
  });

  test("merging: new learners are added, the same report twice is refused, another report waits for confirmation", () => {
    const newer = reportOf("Zoé Ângelo", "learner00001", zoe.items, "2026-11-23T09:00:00.000Z");
    const triage = triageReports({ learner00001: zoe }, [
      { fileName: "elie.json", report: elie },
      { fileName: "zoe.json", report: zoe },
      { fileName: "elie-copie.json", report: elie },
    ]);
    expect(triage.added).toEqual([elie]);
    expect(triage.replacing).toEqual([]);
    expect(triage.refused).toEqual([
      '«\u00a0elie-copie.json\u00a0»\u00a0: ce rapport de =HYPERLINK("x") fait doublon avec «\u00a0elie.json\u00a0»\u00a0; il n’est compté qu’une fois.',
      "«\u00a0zoe.json\u00a0»\u00a0: ce rapport de Zoé Ângelo est déjà dans le tableau.",
    ]);
    const later = triageReports({ learner00001: zoe }, [
      { fileName: "zoe-2.json", report: newer },
      { fileName: "zoe.json", report: zoe },
    ]);
    expect(later.replacing).toEqual([{ current: zoe, incoming: newer }]);
    expect(later.refused).toEqual([
      "«\u00a0zoe.json\u00a0»\u00a0: un rapport plus récent de Zoé Ângelo («\u00a0zoe-2.json\u00a0») est importé à sa place.",
    ]);
  });

  test("the CSV file is named for its cohort and day, with a fallback for a name of no letters", () => {
    expect(cohortCsvName("Promo d’hiver", "2026-12-05")).toBe("cohorte-promo-d-hiver-2026-12-05.csv");
    expect(cohortCsvName("???", "2026-12-05")).toBe("cohorte-relais-2026-12-05.csv");
  });

  test("CSV: BOM, semicolons, CRLF, accents intact, quoting, and no formula injection", () => {
    const csv = inTimeZone(PARIS, () =>
      cohortCsv(cohortRows({ a: zoe, b: elie }, assignment, "2026-12-05"), assignment, catalogue),
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toEqual([
      "Apprenant;Avancement (%);En retard;Rapport du;Écouter avant de répondre;Le bad buzz du samedi",
      "Zoé Ângelo;100;non;2026-11-22;Réussi (80\u00a0%);Réussi (100\u00a0%)",
      `"'=HYPERLINK(""x"")";50;oui;2026-11-22;Réussi (90\u00a0%);Pas commencé`,
      "",
    ]);
    // The bytes a spreadsheet sees: EF BB BF, then UTF-8 accents (É = C3 89).
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x70]);
    expect(Buffer.from(bytes).includes(Buffer.from([0xc3, 0x89]))).toBe(true);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });

  test("the CSV heads its columns with the full titles, not the short ones the page shows", () => {
    const long = catalogueFrom([
      {
        ...catalogue.get("lecon:ecouter")!,
        title: "Les six temps d’une crise\u00a0: la procédure à garder sous la main",
      },
      { ...catalogue.get("simulation:bad-buzz")!, title: "Le bad buzz du samedi" },
    ]);
    const header = cohortCsv([], assignment, long).slice(1).split("\r\n")[0];
    expect(header).toBe(
      "Apprenant;Avancement (%);En retard;Rapport du;Les six temps d’une crise\u00a0: la procédure à garder sous la main;Le bad buzz du samedi",
    );
    expect(shortTitle(long.get("lecon:ecouter")!.title)).toBe("Les six temps d’une crise");
  });

  test("the trainer's stored tables: one bad assignment or report is set aside, the rest stays", () => {
    const other: Assignment = { ...assignment, id: "cohorte000002", cohort: "Promo d’été" };
    const stored = JSON.parse(
      JSON.stringify({
        version: 1,
        assignments: { [assignment.id]: assignment, [other.id]: { ...other, cohort: "<b>" } },
        cohorts: {
          [assignment.id]: {
            [zoe.learner.key]: zoe,
            [elie.learner.key]: { ...elie, exportedAt: "hier" },
            mauvaiscle01: reportOf("Noé", "learner00009", [todo("lecon:ecouter"), todo("simulation:bad-buzz")]),
          },
        },
        later: { kept: true },
      }),
    );
    const data = parseTrainerData(stored)!;
    expect(Object.keys(data.assignments)).toEqual([assignment.id]);
    expect(Object.keys(data.cohorts[assignment.id]!)).toEqual([zoe.learner.key]);
    expect(data.cohorts[assignment.id]![zoe.learner.key]).toEqual(zoe);
    expect(data.unread?.map((u) => (u as { learner?: string; assignment: string }).learner ?? u)).toEqual([
      { assignment: other.id, entry: stored.assignments[other.id] },
      elie.learner.key,
      "mauvaiscle01",
    ]);
    expect((data as unknown as { later: unknown }).later).toEqual({ kept: true });
    expect(parseTrainerData({ version: 2, assignments: {}, cohorts: {} })).toBeUndefined();

    // What comes back replaces its set-aside copy, and nothing else.
    const learnerBack = withoutReplacedUnread(data, assignment.id, [elie.learner.key]).unread!;
    expect(learnerBack).toHaveLength(2);
    expect(learnerBack.map((u) => (u as { learner?: string }).learner)).toEqual([undefined, "mauvaiscle01"]);
    expect(withoutReplacedUnread(data, other.id, "assignment").unread).toHaveLength(2);
    expect(withoutReplacedUnread(data, assignment.id, "everything").unread).toHaveLength(1);
    const none = withoutReplacedUnread(
      withoutReplacedUnread(data, assignment.id, "everything"),
      other.id,
      "assignment",
    );
    expect(none).not.toHaveProperty("unread");
  });
});
