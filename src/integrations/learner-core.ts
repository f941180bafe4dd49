import { inGraph, staticImports, type ModuleGraph } from "./module-graph.ts";

// The learner core, one chunk ("commun" in astro.config.mjs): what every island that keeps a
// learner's progress needs, so that a lesson loads its islands' code and this, nothing else.
// Named by purpose, as the entry modules below and everything they import (the schemas,
// valibot): a renamed entry stops the build, a module they come to import joins the chunk.
// Restoring and merging (backup.ts, merge.ts), for « Mon parcours » alone, must stay out of
// that graph: tests/built/budget.test.ts and tests/unit/module-graph.test.ts check it.
const ENTRIES = [
  // The progress store as a page opens it, and what a learner's activity changes in it.
  "../lib/progress/browser.ts",
  "../lib/progress/changes.ts",
  // What a failed save says.
  "../lib/progress/save-wording.ts",
  // A lesson's quiz sends its missed questions to « Révisions » (no scheduler here: ts-fsrs is the
  // review page's alone).
  "../lib/review/review-changes.ts",
  // How an answer is marked: the lesson's quiz and the review page ask questions alike.
  "../lib/quiz/quiz-scoring.ts",
  // The seeded shuffle of quizzes and simulations.
  "../lib/shuffle.ts",
  // French text, and the DOM helpers islands build with.
  "../lib/french.ts",
  "../components/dom.ts",
];

export const learnerCoreGraph = (): ModuleGraph => staticImports(ENTRIES.map((path) => new URL(path, import.meta.url)));

/** The test of the "commun" code-splitting group. */
export const learnerCore = () => inGraph(learnerCoreGraph());
