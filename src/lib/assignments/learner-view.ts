// One learner of the cohort table, in detail: every item of the assignment with its state, score,
// date and (for a simulation) ending, work passed after the due date, the questions missed, and
// the learner's reviews. Everything as text, ready to render and print.
import type { Assignment } from "./assignment-schema";
import { itemTitle, type Catalogue } from "./catalogue";
import { cohortRows } from "./cohort";
import type { Report } from "./report";
import type { ItemState } from "./status";
import * as say from "./cohort-wording";

export interface LearnerItem {
  ref: string;
  title: string;
  simulation: boolean;
  state: ItemState;
  afterDue: boolean;
  /** « Réussi, après l’échéance — fin atteinte : « … » » */
  stateLine: string;
  score: string;
  date: string;
  /** The questions missed, or a word saying there are none or that the report does not tell. */
  missed: string[] | string;
}

export interface LearnerView {
  key: string;
  name: string;
  title: string;
  late: boolean;
  facts: [string, string][];
  items: LearnerItem[];
}

/** What the report says of its questions missed, for one item. */
function missedOf(status: Report["items"][number], simulation: boolean): string[] | string {
  if (status.missed) return status.missed.length > 0 ? status.missed : say.NONE_MISSED;
  if (simulation || status.score === null) return say.NO_DATE;
  return status.score === 100 ? say.NONE_MISSED : say.MISSED_UNKNOWN;
}

/**
 * The view of `report` in the table of `assignment` on `today` (YYYY-MM-DD, the device's day);
 * `dateOf` writes an instant as the page shows dates.
 */
export function learnerView(
  report: Report,
  assignment: Assignment,
  catalogue: Catalogue,
  today: string,
  dateOf: (instant: string) => string,
): LearnerView {
  const row = cohortRows({ [report.learner.key]: report }, assignment, today)[0]!;
  return {
    key: report.learner.key,
    name: report.learner.name,
    title: say.learnerTitle(report.learner.name),
    late: row.late,
    facts: say.learnerFacts({
      completion: row.completion,
      late: row.late,
      accepted: dateOf(report.acceptedAt),
      exported: dateOf(report.exportedAt),
      review: say.reviewLine(report.review),
    }),
    items: report.items.map((status, index) => {
      const simulation = status.item.startsWith("simulation:");
      const afterDue = row.cells[index]!.afterDue;
      const title = itemTitle(catalogue, status.item);
      return {
        ref: status.item,
        title: simulation ? `${title} (${say.SIMULATION})` : title,
        simulation,
        state: status.state,
        afterDue,
        stateLine: say.itemStateLine(status.state, afterDue, status.ending),
        score: say.scoreText(status.score),
        date: status.at === null ? say.NO_DATE : dateOf(status.at),
        missed: missedOf(status, simulation),
      };
    }),
  };
}
