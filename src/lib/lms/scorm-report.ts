import type { Progress } from "../progress/schema";
import type { PackageDescription } from "./package-description";
import { packageProgress } from "./package-progress";
import { progressEvents, type EventsCourse } from "./progress-events";
import { scormInteraction } from "./scorm-interactions";
import { lessonLocation, scormStanding } from "./scorm-status";
import { encodeSuspendData } from "./suspend-data";

// Everything a package writes to a SCORM 1.2 LMS after a change of progress, as the
// (element, value) pairs the bridge passes to LMSSetValue before its LMSCommit: the new
// interactions first (they are a journal: each answer once), then the status, the score, the
// location and the suspend data (each the whole state: writing it again is harmless).

export interface ScormReportInput {
  before: Progress;
  after: Progress;
  /** Undefined when the package's description could not be read: only answers and progress are sent. */
  description: PackageDescription | undefined;
  /** The quizzes of the page, to describe answered questions. */
  course: EventsCourse;
  /** The page's path from the package root ("lecons/x/index.html"). */
  page: string;
  /** cmi.interactions._count: where the next interaction goes. */
  interactions: number;
  now: Date;
}

export function scormReport(input: ScormReportInput): { values: [string, string][]; interactions: number } {
  const { before, after, description, course, page, now } = input;
  const values: [string, string][] = [];
  let n = input.interactions;
  for (const event of progressEvents(before, after, course))
    if (event.kind === "answered") values.push(...scormInteraction(n++, event.interaction, now));
  if (description) {
    const { status, score } = scormStanding(after, description);
    values.push(["cmi.core.lesson_status", status]);
    if (score !== undefined)
      values.push(["cmi.core.score.min", "0"], ["cmi.core.score.max", "100"], ["cmi.core.score.raw", String(score)]);
    const location = lessonLocation(description, page);
    if (location !== undefined) values.push(["cmi.core.lesson_location", location]);
  }
  values.push(["cmi.suspend_data", encodeSuspendData(description ? packageProgress(after, description) : after)]);
  return { values, interactions: n };
}

/** cmi.core.session_time (CMITimespan, HHHH:MM:SS) of a session that lasted `ms`. */
export function scormTimespan(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.min(9999, Math.floor(seconds / 3600));
  const pad = (x: number, width = 2) => String(x).padStart(width, "0");
  return `${pad(hours, 4)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}
