// The cohort at a glance, above its table: how many learners passed each item, and how the
// cohort's passed items add up over time. Numbers only; cohort-chart-layout.ts places them and
// the island draws them, with the same numbers in a table beside each chart.
import type { Assignment, ItemRef } from "./assignment-schema";
import type { CohortReports } from "./cohort";
import { localDay } from "./status";

export interface ItemCompletion {
  item: ItemRef;
  /** Learners who passed it. */
  passed: number;
  /** Learners who started it without passing it yet (read, or to try again). */
  started: number;
  /** Learners who have not opened it. */
  notStarted: number;
}

/** For each item of the assignment, in its order, how many learners of the table stand where. */
export function completionPerItem(reports: CohortReports, assignment: Assignment): ItemCompletion[] {
  const learners = Object.values(reports);
  return assignment.items.map((item, index) => {
    const counts = { item, passed: 0, started: 0, notStarted: 0 };
    for (const report of learners) {
      const state = report.items[index]?.state ?? "non-commence";
      if (state === "reussi") counts.passed++;
      else if (state === "non-commence") counts.notStarted++;
      else counts.started++;
    }
    return counts;
  });
}

/** The length of the periods the progress is counted by: a few weeks by day, then by week, then by month. */
export type PeriodUnit = "day" | "week" | "month";

export interface ProgressPeriod {
  /** First and last calendar day of the period (YYYY-MM-DD), both included. */
  start: string;
  end: string;
  /** Items passed during the period (the first pass of each learner's item). */
  passed: number;
  /** Items passed since the start, this period included. */
  total: number;
}

export interface CohortProgress {
  unit: PeriodUnit;
  periods: ProgressPeriod[];
  /** Learners × items: what the total reaches once everyone has passed everything. */
  possible: number;
  /** Items passed before the assignment was created, counted in its first period. */
  before: number;
}

/** Up to this many days are counted day by day, up to this many weeks week by week. */
const MAX_DAYS = 31;
const MAX_WEEKS = 26;
const DAY = 86_400_000;

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => dayAt(time(day) + n * DAY);
/** The Monday of the day's week (French weeks start on Monday). */
const monday = (day: string) => addDays(day, -((new Date(time(day)).getUTCDay() + 6) % 7));
const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (day: string) => {
  const date = new Date(time(firstOfMonth(day)));
  date.setUTCMonth(date.getUTCMonth() + 1);
  return dayAt(date.getTime());
};

/**
 * The cohort's passed items period by period, from the first pass to the last day a report
 * tells about (a flat end is news too: nothing passed since). A pass is dated by the device's
 * calendar day (`dayOf`); one dated before the assignment was created (a learner who had passed
 * that quiz already) counts on the day it was created, and `before` says how many did.
 */
export function progressOverTime(
  reports: CohortReports,
  assignment: Assignment,
  dayOf: (instant: string) => string = (instant) => localDay(new Date(instant)),
): CohortProgress {
  const learners = Object.values(reports);
  const possible = learners.length * assignment.items.length;
  let before = 0;
  const days: string[] = [];
  for (const report of learners) {
    for (const status of report.items) {
      if (status.state !== "reussi" || status.at === null) continue;
      const day = dayOf(status.at);
      if (day < assignment.created) before++;
      days.push(day < assignment.created ? assignment.created : day);
    }
  }
  if (days.length === 0) return { unit: "day", periods: [], possible, before };
  days.sort();
  const first = days[0]!;
  const last = learners.map((report) => dayOf(report.exportedAt)).reduce((a, b) => (b > a ? b : a), days.at(-1)!);
  const span = Math.round((time(last) - time(first)) / DAY) + 1;
  const unit: PeriodUnit = span <= MAX_DAYS ? "day" : span <= MAX_WEEKS * 7 ? "week" : "month";
  const startOf = unit === "day" ? (d: string) => d : unit === "week" ? monday : firstOfMonth;
  const next =
    unit === "day" ? (d: string) => addDays(d, 1) : unit === "week" ? (d: string) => addDays(d, 7) : nextMonth;
  const periods: ProgressPeriod[] = [];
  let total = 0;
  let i = 0;
  for (let start = startOf(first); start <= last; start = next(start)) {
    const end = addDays(next(start), -1);
    let passed = 0;
    while (i < days.length && days[i]! <= end) {
      passed++;
      i++;
    }
    total += passed;
    periods.push({ start, end, passed, total });
  }
  return { unit, periods, possible, before };
}

/** Whole percent of `part` in `whole` (0 when there is nothing to do), rounded down like completion. */
export const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((100 * part) / whole));
