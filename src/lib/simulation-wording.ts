// French wording of a simulation's endings and scores. `points` itself is written beside
// the graph checks, whose messages use it too: that file imports nothing at run time, so
// the fairness script runs it under plain Node.
import { points } from "./simulation-graph";

export { points };

/** How an ending judges the play (the build checks it against every path's score). */
export type Outcome = "reussite" | "mitigee" | "echec";

export const OUTCOME_LABEL: Record<Outcome, string> = {
  reussite: "réussite",
  mitigee: "mitigée",
  echec: "échec",
};

/** "+3 points", "0 point", "-1 point": a choice's worth, signed. */
export const signedPoints = (n: number) => `${n > 0 ? "+" : ""}${points(n)}`;
