import type { Progress } from "../progress/schema";
import type { PackageDescription } from "./package-description";

// Only what a package holds goes to its LMS: a device that also followed other modules (on the
// site, or in another package of the same LMS) keeps them, but this package's suspend data
// carries its own lessons and simulations alone.

const only = <T>(record: Record<string, T>, ids: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));

/** The progress of the package's items: lessons read, their quizzes, its simulations. */
export function packageProgress(progress: Progress, description: PackageDescription): Progress {
  const lessons = new Set(description.items.filter((i) => i.kind === "lecon").map((i) => i.id));
  const simulations = new Set(description.items.filter((i) => i.kind === "simulation").map((i) => i.id));
  return {
    version: progress.version,
    lessons: only(progress.lessons, lessons),
    quizzes: only(progress.quizzes, lessons),
    simulations: only(progress.simulations, simulations),
  };
}
