import type { ProgressEvent } from "./progress-events";
import { identifier, type QuestionInteraction } from "./question-interaction";

// What a cmi5 session reports, event by event of the learner's progress (progress-events.ts). The
// AU is the page launched: a lesson (completed once read, judged by its quiz) or a simulation
// (completed once played to an ending, judged by its score). Events about other pages (another
// tab) are not this AU's. In Browse and Review modes nothing that judges the AU is sent (cmi5 § 10.2.2).

export interface Cmi5Scope {
  kind: "lecon" | "simulation";
  id: string;
  /** A simulation's pass mark, percent of its best score; a lesson's quiz says itself if it passed. */
  passPercent?: number;
}

/** What this registration already holds from the AU: completed and passed are sent once. */
export interface Cmi5Sent {
  completed: boolean;
  passed: boolean;
}

export type Cmi5Report =
  | { verb: "completed" }
  | { verb: "judged"; scaled: number; passed: boolean }
  | { verb: "answered"; interaction: QuestionInteraction };

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The reports an event makes, and what has been sent once they are. */
export function cmi5Reports(
  scope: Cmi5Scope,
  event: ProgressEvent,
  sent: Cmi5Sent,
  launch: { judging: boolean; masteryScore?: number | undefined },
): { reports: Cmi5Report[]; sent: Cmi5Sent } {
  const { judging, masteryScore } = launch;
  const reports: Cmi5Report[] = [];
  const next = { ...sent };
  const complete = () => {
    if (!judging || next.completed) return;
    next.completed = true;
    reports.push({ verb: "completed" });
  };
  // Against the LMS's masteryScore when it gave one (cmi5 § 9.3.4), else the page's own pass mark.
  // Once passed, the AU stays passed: a later weaker attempt is kept on the device only.
  const judge = (raw: number, passedHere: boolean) => {
    if (!judging || next.passed) return;
    const scaled = round(Math.min(1, Math.max(0, raw)));
    const passed = masteryScore === undefined ? passedHere : scaled >= masteryScore;
    next.passed = passed;
    reports.push({ verb: "judged", scaled, passed });
  };
  if (scope.kind === "lecon") {
    if (event.kind === "read" && event.lesson === scope.id) complete();
    if (event.kind === "answered" && event.interaction.id.startsWith(`${identifier(scope.id)}.`)) {
      reports.push({ verb: "answered", interaction: event.interaction });
    }
    if (event.kind === "quiz" && event.lesson === scope.id) judge(event.percent / 100, event.passed);
  } else if (event.kind === "simulation" && event.id === scope.id && event.best > 0) {
    complete();
    const scaled = event.score / event.best;
    judge(scaled, scaled * 100 >= (scope.passPercent ?? 70));
  }
  return { reports, sent: next };
}
