// The trainer's cohort table: one row per learner (the latest report they
// sent), one column per assigned item. Adding reports never overwrites a row
// silently: an identical report is a duplicate, a different one for a learner
// already in the table waits for the trainer's confirmation.
import type { ReviewSummary } from "../review/review-streak";
import type { Assignment } from "./assignment-schema";
import type { Catalogue } from "./catalogue";
import { itemTitle } from "./catalogue";
import type { Report } from "./report";
import { completion, daysLeft, localDay, STATE_LABEL, type ItemState } from "./status";
import { alreadyInTable, sameReportTwice, newerReportInstead } from "./trainer-wording";
import { slugify } from "../slug";

/** Reports of one assignment, per learner key. */
export type CohortReports = Record<string, Report>;

export interface Triage {
  /** New learners: added straight away. */
  added: Report[];
  /** A learner already in the table with another report: replaced only if the trainer confirms. */
  replacing: { current: Report; incoming: Report }[];
  /** Refusals, in French (the same report twice…). */
  refused: string[];
}

export function triageReports(current: CohortReports, incoming: { fileName: string; report: Report }[]): Triage {
  const triage: Triage = { added: [], replacing: [], refused: [] };
  // Within one import, a learner's newest report wins; the others are named.
  const newest = new Map<string, { fileName: string; report: Report }>();
  for (const entry of incoming) {
    const kept = newest.get(entry.report.learner.key);
    if (!kept) {
      newest.set(entry.report.learner.key, entry);
      continue;
    }
    const [winner, loser] = entry.report.exportedAt > kept.report.exportedAt ? [entry, kept] : [kept, entry];
    newest.set(entry.report.learner.key, winner);
    triage.refused.push(
      (winner.report.exportedAt === loser.report.exportedAt ? sameReportTwice : newerReportInstead)(
        loser.fileName,
        loser.report.learner.name,
        winner.fileName,
      ),
    );
  }
  for (const { fileName, report } of newest.values()) {
    const existing = Object.hasOwn(current, report.learner.key) ? current[report.learner.key] : undefined;
    if (!existing) triage.added.push(report);
    else if (existing.exportedAt === report.exportedAt) {
      triage.refused.push(alreadyInTable(fileName, report.learner.name));
    } else triage.replacing.push({ current: existing, incoming: report });
  }
  return triage;
}

export interface CohortRow {
  key: string;
  name: string;
  completion: number;
  /** The due date has passed and not everything is passed. */
  late: boolean;
  exportedAt: string;
  cells: Cell[];
  /** The learner's review days, when the assignment asks for some (absent: the report has none). */
  review?: ReviewSummary;
}

export interface Cell {
  state: ItemState;
  score: number | null;
  /** Passed, but after the due date. */
  afterDue: boolean;
}

export function cohortRows(reports: CohortReports, assignment: Assignment, today: string): CohortRow[] {
  const overdue = daysLeft(assignment.due, today) < 0;
  // The due day is over in every time zone (the last, UTC−12, ends at 12:00 UTC the next day):
  // a learner anywhere who finished on their due day is on time; from that instant on, nobody is.
  const dueEverywhere = new Date(Date.parse(`${assignment.due}T12:00:00Z`) + 86_400_000).toISOString();
  return Object.values(reports).map((report) => {
    const done = completion(report.items);
    return {
      key: report.learner.key,
      name: report.learner.name,
      completion: done,
      late: overdue && done < 100,
      exportedAt: report.exportedAt,
      ...(report.review ? { review: report.review } : {}),
      cells: report.items.map(({ state, score, at }) => ({
        state,
        score,
        afterDue: state === "reussi" && at !== null && at >= dueEverywhere,
      })),
    };
  });
}

/** Sort keys: the learner's name, completion, report date, or an item's column index. */
export type SortKey = "name" | "completion" | "exportedAt" | "review" | number;

const STATE_RANK: Record<ItemState, number> = { "non-commence": 0, lu: 1, "a-refaire": 2, reussi: 3 };
const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

export function sortRows(rows: CohortRow[], key: SortKey, direction: "ascending" | "descending"): CohortRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const compare = (a: CohortRow, b: CohortRow): number => {
    if (key === "name") return collator.compare(a.name, b.name);
    if (key === "completion") return a.completion - b.completion;
    if (key === "exportedAt") return a.exportedAt.localeCompare(b.exportedAt);
    if (key === "review")
      return (a.review?.days ?? -1) - (b.review?.days ?? -1) || (a.review?.streak ?? -1) - (b.review?.streak ?? -1);
    const x = a.cells[key]!;
    const y = b.cells[key]!;
    return STATE_RANK[x.state] - STATE_RANK[y.state] || (x.score ?? -1) - (y.score ?? -1);
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || collator.compare(a.name, b.name));
}

/** What a cell says: "Réussi (85 %)", "Pas commencé", "Réussi (90 %), après l’échéance"… */
export function cellLabel(cell: Cell): string {
  const label = cell.score === null ? STATE_LABEL[cell.state] : `${STATE_LABEL[cell.state]} (${cell.score}\u00a0%)`;
  return cell.afterDue ? `${label}, après l’échéance` : label;
}

// Spreadsheets run cells that start with these as formulas: a learner's name must not.
const FORMULA_START = /^[=+\-@\t\r]/;
function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV for a French spreadsheet: semicolons (the comma is the
 * decimal mark in French locales), CRLF line ends, and a byte-order mark so
 * accents survive when the file is opened by double-click.
 */
export function cohortCsv(rows: CohortRow[], assignment: Assignment, catalogue: Catalogue): string {
  const asksReview = assignment.reviewStreak !== undefined;
  const header = [
    "Apprenant",
    "Avancement (%)",
    "En retard",
    "Rapport du",
    ...(asksReview ? ["Jours de révision", "Plus longue série (jours de suite)"] : []),
    ...assignment.items.map((ref) => itemTitle(catalogue, ref)),
  ];
  const lines = rows.map((row) => [
    row.name,
    String(row.completion),
    row.late ? "oui" : "non",
    localDay(new Date(row.exportedAt)),
    ...(asksReview ? [String(row.review?.days ?? ""), String(row.review?.streak ?? "")] : []),
    ...row.cells.map(cellLabel),
  ]);
  return "\uFEFF" + [header, ...lines].map((line) => line.map(csvField).join(";")).join("\r\n") + "\r\n";
}

/** "cohorte-promo-d-hiver-2026-12-05.csv": the cohort's name, then the day it was exported. */
export const cohortCsvName = (cohort: string, day: string) => `cohorte-${slugify(cohort) || "relais"}-${day}.csv`;
