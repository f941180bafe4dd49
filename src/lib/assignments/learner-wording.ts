// What the learner reads about assignments, in French: the offer a link opens, the cards of
// « Mon parcours » and the certificate. The islands only put these strings in place.
import type { Assignment, ItemRef } from "./assignment-schema";
import type { ItemStatus } from "./status";
import { STATE_LABEL } from "./status";
import { agree, frenchDay, localFrenchDate, plural, quote } from "../french";

const NBSP = "\u00a0";
/** "85 %" */
const percent = (n: number) => `${n}${NBSP}%`;
/** A date, or a dash where there is none. */
const dateOrDash = (at: string | null) => (at ? localFrenchDate(at) : "—");

/** "Cohorte « Promo d’hiver »": the title of an assignment, on its offer and its card. */
export const cohortTitle = (cohort: string) => `Cohorte ${quote(cohort)}`;

// ── The offer (affectation/) ──

export const NO_ASSIGNMENT_IN_LINK =
  "Ce lien ne contient pas d’affectation. Ouvrez le lien complet que votre formateur vous a envoyé.";

/** Why a link could not be read (decodeAssignment's sentence), what to do if it was damaged, and that nothing changed. */
export const linkRefused = (why: string, damaged = false) =>
  `${why}${damaged ? " Demandez le lien à nouveau à votre formateur." : ""} Votre parcours n’a pas été modifié.`;

/** The facts of an offer, as term and description. */
export const offerFacts = (assignment: Assignment, dueLabel: string): [string, string][] => [
  ["Confiée par", assignment.trainer],
  ["À terminer au plus tard le", `${frenchDay(assignment.due)} (${dueLabel})`],
  ["Réussite", `${percent(assignment.passScore)} ou plus à chaque quiz et simulation`],
];

/** " — simulation", " — leçon et quiz": what an item of the offer asks for. */
export const itemKind = (ref: ItemRef) => (ref.startsWith("simulation:") ? " — simulation" : " — leçon et quiz");

export const ACCEPT = "Accepter l’affectation";
export const REPLACE = "Remplacer par cette version";
export const ACCEPTED = "Affectation acceptée. Retrouvez-la en haut de Mon parcours, avec vos avancées.";

/** Said above the button when this assignment was accepted on the day given. */
export const alreadyAccepted = (acceptedAt: string) =>
  `Vous avez accepté cette affectation le ${localFrenchDate(acceptedAt)}. Elle est dans Mon parcours.`;
export const OTHER_VERSION_ACCEPTED =
  "Vous aviez déjà accepté une version différente de cette affectation. L’accepter à nouveau la remplace (votre progression dans les leçons reste intacte).";

/** On the offer of an edited version of an assignment the learner accepted. */
export const replacesAccepted = (cohort: string, acceptedAt: string) =>
  `Cette affectation est une nouvelle version de ${quote(cohort)}, que vous avez acceptée le ${localFrenchDate(acceptedAt)}, et la remplace. Acceptez-la pour la suivre dans Mon parcours : vos leçons lues et vos résultats y comptent aussi, et l’ancienne y reste, marquée remplacée.`;
/** On the offer of an assignment whose newer version the learner accepted. */
export const replacedByAccepted = (cohort: string, acceptedAt: string) =>
  `Cette affectation a été remplacée par une nouvelle version, ${quote(cohort)}, que vous avez acceptée le ${localFrenchDate(acceptedAt)} : c’est elle qui compte.`;

// ── The cards of « Mon parcours » ──

/** Why the typed name cannot go on a report (`why` is nameSchema's message: "est vide"…). */
export const nameProblem = (why: string) => `Votre nom ${why === "est vide" ? "est nécessaire pour le rapport" : why}.`;
export const NAME_SAVED = "Votre nom est enregistré sur cet appareil.";

/** Assignments stored here that failed their check: said, not silently dropped ("" when none). */
export function unreadAssignments(n: number): string {
  if (n === 0) return "";
  const one = n < 2;
  const what = one ? "Une affectation enregistrée" : `${plural(n, "affectation")} enregistrées`;
  return (
    `${what} sur cet appareil n’${agree(n, "a", "ont")} pas pu être ${agree(n, "lue")} ` +
    `(données abîmées ou d’une autre version de Relais)${NBSP}: ${one ? "elle est gardée" : "elles sont gardées"} de côté, ` +
    `sans effet sur votre progression. ${one ? "Rouvrez le lien de votre formateur pour l’accepter" : "Rouvrez les liens de vos formateurs pour les accepter"} à nouveau.`
  );
}

/** The start of a card's due line; what follows is the due label, or DONE. */
export const cardDue = (assignment: Assignment, acceptedAt: string) =>
  `Confiée par ${assignment.trainer}, acceptée le ${localFrenchDate(acceptedAt)}. À terminer le ${frenchDay(assignment.due)}${NBSP}: `;
export const DONE = "terminée";

/** Under the title of a replaced assignment's card. */
export const replacedCard = (by: Pick<Assignment, "cohort" | "created">) =>
  `Remplacée par une nouvelle version (${quote(by.cohort)}, du ${frenchDay(by.created)}) : suivez-la plus haut. Le rapport de cette version-ci reste téléchargeable.`;
/** After the title of a replaced version's card. */
export const REPLACED_BADGE = " (remplacée)";

/** "50 % terminé : 1 sur 2 réussi (seuil : 70 %)." */
export const completionLine = (done: number, passed: number, total: number, passScore: number) =>
  `${percent(done)} terminé${NBSP}: ${passed} sur ${total} ${agree(passed, "réussi")} (seuil${NBSP}: ${percent(passScore)}).`;

export const contentsCaption = (cohort: string) => `Contenus de l’affectation ${quote(cohort)}`;
export const ITEM_COLUMNS = ["Contenu", "État", "Score", "Date"] as const;

/** An item's state, with the ending a simulation reached: "À refaire — fin « Le calme revient »". */
export const stateCell = ({ state, ending }: Pick<ItemStatus, "state" | "ending">) =>
  STATE_LABEL[state] + (ending ? ` — fin ${quote(ending)}` : "");
export const scoreCell = (score: number | null) => (score === null ? "—" : percent(score));
export const dateCell = dateOrDash;

export const DOWNLOAD_REPORT = "Télécharger mon rapport";
export const SEE_CERTIFICATE = "Voir et imprimer mon certificat";
export const REMOVE = "Retirer de mon parcours…";

/** The question before removing an assignment. */
export const removeQuestion = (cohort: string) =>
  `L’affectation ${quote(cohort)} disparaîtra de cet appareil. Vos leçons lues et vos résultats restent.`;
export const REMOVED = "L’affectation a été retirée de votre parcours.";

export const reportDownloaded = (fileName: string, trainer: string) =>
  `Rapport téléchargé (${quote(fileName)}). Envoyez ce fichier à ${trainer}.`;

// ── The certificate ──

export const NOT_IN_PARCOURS = "Cette affectation n’est pas dans votre parcours sur cet appareil.";
export const NAME_FIRST = "Indiquez d’abord votre nom dans Mon parcours, puis revenez ici.";

/** Why the certificate is not there yet: what is left of the assignment. */
export const certificateNotYet = (left: number, total: number, done: number) =>
  `Le certificat sera disponible quand tout sera réussi${NBSP}: il reste ${left} ${agree(left, "contenu")} sur ${total} (${percent(done)} terminé).`;

export const certificateText = (assignment: Assignment) =>
  `a réussi l’ensemble de l’affectation ${quote(assignment.cohort)} confiée par ${assignment.trainer}, avec au moins ${percent(assignment.passScore)} à chaque quiz et simulation.`;

/** A passed item's score: a lesson read with no quiz counts fully. */
export const certificateScore = (score: number | null) => percent(score ?? 100);

export const certificateDate = (last: string, due: string) =>
  `Terminé le ${localFrenchDate(last)}, pour une échéance au ${frenchDay(due)}.`;

export const certificateTitle = (name: string) => `Certificat — ${name} — Relais`;

/** What could not be saved, named in saveProblem()'s message. */
export const UNSAVED_NAME = "votre nom";
