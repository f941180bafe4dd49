// What « Mon parcours » says of the learner's progress, in French: each lesson's and
// simulation's state, the counts per module and in all, and what happened to stored data.
import type { SimulationResult } from "./schema";
import { endingRecords, endingsFound, simulationPlays } from "./records";
import { points } from "../simulation/simulation-wording";
import { reachesPassMark } from "../simulation/simulation-graph";
import { agree, localFrenchDate, quote } from "../french";

const NBSP = "\u00a0";

/** A lesson's reading: "Lue le 3 décembre 2026", "Pas encore lue". */
export const readCell = (readAt: string | undefined) =>
  readAt ? `Lue le ${localFrenchDate(readAt)}` : "Pas encore lue";

/** A quiz by its best attempt: "Réussi (80 %)", "À refaire (40 %)", "Pas encore fait". */
export const quizCell = (best: { percent: number; passed: boolean } | undefined) =>
  best ? `${best.passed ? "Réussi" : "À refaire"} (${best.percent}${NBSP}%)` : "Pas encore fait";

/** "meilleur score 12 sur 18 points (réussie) ; fins trouvées : « A », « B » (2 sur 3) ; 4 parties" */
export function simulationCell(result: SimulationResult | undefined, endings: number, passScore: number): string {
  if (!result) return "pas encore jouée";
  const best = endingRecords(result).at(-1)!;
  const found = endingsFound(result);
  const plays = simulationPlays(result).length;
  const state = reachesPassMark(best.score, result.best, passScore) ? "réussie" : "à retravailler";
  return (
    `meilleur score ${best.score} sur ${points(result.best)} (${state})${NBSP}; ` +
    `${agree(found.length, "fin")} ${agree(found.length, "trouvée")}${NBSP}: ${found.map((f) => quote(f.endingTitle)).join(", ")} (${found.length} sur ${endings})${NBSP}; ` +
    `${plays} ${agree(plays, "partie")}`
  );
}

/** One play of a simulation's history: "3 décembre 2026 : fin « A », 4 points". */
export const playLine = (play: { at: string; endingTitle: string; score: number }) =>
  `${localFrenchDate(play.at)}${NBSP}: fin ${quote(play.endingTitle)}, ${points(play.score)}`;

/** Under a module's title: "2 leçons lues sur 5, 1 quiz réussi." */
export const moduleSummary = (read: number, total: number, passed: number) =>
  `${read} ${agree(read, "leçon")} ${agree(read, "lue")} sur ${total}, ${passed} quiz ${agree(passed, "réussi")}.`;

/** Beside a module's bars: "2 sur 5 lues, 1 quiz réussi". */
export const overviewLine = (read: number, total: number, passed: number) =>
  `${read} sur ${total} ${agree(read, "lue")}, ${passed} quiz ${agree(passed, "réussi")}`;

/** "En tout : 3 leçons lues et 2 quiz réussis sur 24." */
export const totalLine = (read: number, passed: number, total: number) =>
  `En tout${NBSP}: ${read} ${agree(read, "leçon")} ${agree(read, "lue")} et ${passed} quiz ${agree(passed, "réussi")} sur ${total}.`;

export const PROGRESS_RESET = "Votre progression a été effacée de cet appareil.";

/** The stored progress could not be read at all and was set aside whole. */
export const RECOVERED_WHOLE = `Votre progression enregistrée sur cet appareil ne pouvait pas être lue du tout. Elle a été mise de côté entière (voir ${quote("Données mises de côté")}) et votre parcours repart de zéro.`;

/** …and there was no room to set it aside: it stays where it is, and nothing is saved over it. */
export const KEPT_IN_PLACE = `Votre progression enregistrée sur cet appareil ne se lit pas, et l’appareil n’a plus de place pour la mettre de côté${NBSP}: elle est laissée telle quelle, et rien de nouveau ne sera enregistré par-dessus. Libérez de la place dans le navigateur, puis rechargez la page.`;
