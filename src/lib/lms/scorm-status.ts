import type { Progress } from "../progress/schema";
import { endingRecords, quizRecords } from "../progress/records";
import type { PackageDescription, PackageItem } from "./package-description";

// What the package tells a SCORM 1.2 LMS about the learner's standing, from their progress and
// the package's description: cmi.core.lesson_status, cmi.core.score.* and
// cmi.core.lesson_location. Each scored item counts its best attempt (a quiz's best percent, a
// simulation's best score over the most it gives), as « Mon parcours » does: replaying a quiz
// to see the other answers never turns a passed package into a failed one.

export type LessonStatus = "incomplete" | "completed" | "passed" | "failed";

export interface ScormStanding {
  status: LessonStatus;
  /** cmi.core.score.raw, min 0, max 100; undefined until a scored item is attempted. */
  score: number | undefined;
}

/** An item's best result in percent, or undefined when not attempted yet. */
export function itemPercent(progress: Progress, item: PackageItem): number | undefined {
  if (item.kind === "lecon") {
    const quiz = Object.hasOwn(progress.quizzes, item.id) ? progress.quizzes[item.id] : undefined;
    return quiz ? Math.max(quiz.percent, ...quizRecords(quiz).map((r) => r.percent)) : undefined;
  }
  const simulation = Object.hasOwn(progress.simulations, item.id) ? progress.simulations[item.id] : undefined;
  if (!simulation) return undefined;
  const score = Math.max(simulation.score, ...endingRecords(simulation).map((r) => r.score));
  return simulation.best > 0 ? Math.min(100, Math.max(0, (score * 100) / simulation.best)) : 100;
}

/** Whether the learner went through an item: a lesson read, a simulation played to an ending. */
const done = (progress: Progress, item: PackageItem) =>
  Object.hasOwn(item.kind === "lecon" ? progress.lessons : progress.simulations, item.id);

/**
 * The package's status and score. With scored items: incomplete until each is attempted, then
 * passed or failed against passPercent by the mean of their best results (unattempted ones
 * count 0 in the score shown meanwhile). Without: completed once every item is read.
 */
export function scormStanding(progress: Progress, description: PackageDescription): ScormStanding {
  const scored = description.items.filter((item) => item.scored);
  if (scored.length === 0) {
    const all = description.items.every((item) => done(progress, item));
    return { status: all ? "completed" : "incomplete", score: undefined };
  }
  const percents = scored.map((item) => itemPercent(progress, item));
  if (percents.every((p) => p === undefined)) return { status: "incomplete", score: undefined };
  const score = Math.round(percents.reduce<number>((sum, p) => sum + (p ?? 0), 0) / scored.length);
  if (percents.some((p) => p === undefined)) return { status: "incomplete", score };
  return { status: score >= description.passPercent ? "passed" : "failed", score };
}

/** SCORM 1.2's CMIString255: the longest location an LMS must keep. */
const MAX_LOCATION = 255;

/**
 * cmi.core.lesson_location for a page: the item's path when the page is one of the package's
 * items, undefined elsewhere (the launch page, a glossary page: the last item stays the place).
 */
export function lessonLocation(description: PackageDescription, pagePath: string): string | undefined {
  const item = description.items.find((i) => i.path === pagePath || i.path === `${pagePath}index.html`);
  return item && item.path.length <= MAX_LOCATION ? item.path : undefined;
}

/** The item a location names, to resume at; undefined for one this package does not hold. */
export const locationItem = (description: PackageDescription, location: string): PackageItem | undefined =>
  location === "" ? undefined : description.items.find((item) => item.path === location);
