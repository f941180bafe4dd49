import type { Outcome } from "./simulation-graph";

// French wording of a simulation's endings and scores, in one place.

export const OUTCOME_LABEL: Record<Outcome, string> = {
  reussite: "réussite",
  mitigee: "fin mitigée",
  echec: "échec",
};

/** "1 point", "-2 points", "0 point" (French: 0 and 1 take the singular). */
export const points = (n: number) => `${n}\u00a0point${Math.abs(n) >= 2 ? "s" : ""}`;

/** "+3 points", "0 point", "-1 point": a choice's worth, signed. */
export const signedPoints = (n: number) => `${n > 0 ? "+" : ""}${points(n)}`;
