// Every change a page makes to the learner's progress, as a named pure function:
// (progress, …what happened) → new progress. Islands call `progressStore().update(change)`
// with one of these and only render; the rules live here, unit-tested without a browser.
import type { Progress } from "./schema";

// ── Lessons, quizzes, simulations, checklists ──

// ── Name, assignments, backups, set-aside data, reset ──
