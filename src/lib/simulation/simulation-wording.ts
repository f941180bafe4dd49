// French wording of a simulation: its endings, scores and what the island says as it plays.
// `points` itself is written beside the graph checks, whose messages use it too: that file
// imports nothing at run time, so the fairness script runs it under plain Node.
import { points, reachesPassMark } from "./simulation-graph.ts";
import { quote } from "../french.ts";

const NBSP = "\u00a0";

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

// What the simulation island (components/simulation/simulation-element.ts) says as it plays.

export const RESTART = "Recommencer";
/** The accessible name of the feed of messages. */
export const FEED_LABEL = "Fil de la simulation";
/** The author of the learner's own messages in the feed. */
export const YOU = "Vous";
export const CHOICES_HEADING = "Vos choix, un par un";
export const SAVED = `Cette partie est enregistrée dans ${quote("Mon parcours")}.`;

/** The running score above the feed. */
export const runningScore = (score: number) => `Score${NBSP}: ${points(score)}`;

/** A choice in the recap: its label and what it was worth. */
export const choiceWorth = (label: string, worth: number) => `${label} (${signedPoints(worth)})`;

/** Under a weak choice: the best one offered at the same step. */
export const betterChoice = (label: string, worth: number) =>
  `Meilleur choix à cette étape${NBSP}: ${choiceWorth(label, worth)}`;

export const endingHeading = (title: string) => `Fin${NBSP}: ${title}`;
export const outcomeLine = (outcome: Outcome) => `Issue${NBSP}: ${OUTCOME_LABEL[outcome]}.`;

/**
 * The final score against the best possible and the pass mark (`passScore` percent of the
 * best, rounded up to a whole point), and whether it was reached.
 */
export function finalScore(score: number, best: number, passScore: number): string {
  const mark = Math.ceil((passScore * best) / 100);
  const reached = reachesPassMark(score, best, passScore);
  return `Votre score${NBSP}: ${points(score)} sur ${points(best)} possibles (seuil de réussite${NBSP}: ${points(mark)})${reached ? "." : ", pas encore atteint."}`;
}
