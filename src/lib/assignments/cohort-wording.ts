// What the cohort table says about a large cohort: the progress of an import, the table's
// pages, and one learner's view. The rest of the table's words are in trainer-wording.ts.
import { agree, frenchDay, plural, quote } from "../french";
import { STATE_LABEL, type ItemState } from "./status";

// ── Importing many files ──

/** « 120 rapports lus sur 500 », while an import goes on. */
export const importProgress = (read: number, total: number) =>
  `${read} ${agree(read, "rapport")} ${agree(read, "lu")} sur ${total}`;
export const UNREADABLE_FILE = "le fichier n’a pas pu être lu (déplacé, supprimé ou illisible)\u00a0; réessayez.";
/**
 * The device's storage is full: what was imported is shown but not kept, and what was saved
 * before stays as it was.
 */
export const tableFull = (added: number) =>
  `L’espace de stockage de ce navigateur est plein\u00a0: ${
    added === 1 ? "le rapport importé est affiché" : `les ${added} rapports importés sont affichés`
  } mais pas ${agree(added, "enregistré")}, et seront perdus en fermant la page. Le tableau enregistré auparavant n’a pas changé. Gardez les fichiers pour les réimporter, ou exportez le CSV maintenant.`;

// ── Pages of the table ──

/** « Page 2 sur 10 » */
export const pageLabel = (page: number, pages: number) => `Page ${page} sur ${pages}`;
/** « Page 2 sur 10 : apprenants 51 à 100 sur 500. » */
export const pageStatus = (page: number, pages: number, first: number, last: number, total: number) =>
  `${pageLabel(page, pages)}\u00a0: apprenants ${first} à ${last} sur ${total}.`;
export const PAGER = {
  label: "Pages du tableau",
  first: "Première page",
  previous: "Page précédente",
  next: "Page suivante",
  last: "Dernière page",
} as const;

// ── One learner's view ──

export const openLearner = (name: string) => `Voir le détail de ${name}`;
export const learnerTitle = (name: string) => `Parcours de ${name}`;
/** The view's facts, term and value, in order. */
export const learnerFacts = (facts: {
  completion: number;
  late: boolean;
  accepted: string;
  exported: string;
  review: string;
}): [string, string][] => [
  ["Avancement", `${facts.completion}\u00a0%${facts.late ? ", en retard" : ""}`],
  ["Affectation acceptée le", facts.accepted],
  ["Rapport exporté le", facts.exported],
  ["Révisions", facts.review],
];
/** The review line: days, longest run, last day; or why there is none. */
export function reviewLine(review: { days: number; streak: number; last: string | null } | undefined): string {
  if (!review) return "non indiquées dans ce rapport (version antérieure de Relais).";
  if (review.days === 0) return "aucune révision depuis l’acceptation.";
  return `${plural(review.days, "jour")} de révision, série la plus longue de ${plural(review.streak, "jour")}${
    review.last ? `, dernière le ${frenchDay(review.last)}` : ""
  }.`;
}
export const ITEM_COLUMNS = ["Contenu", "État", "Score", "Date", "Questions manquées"] as const;
/** An item's state as the view says it: « Réussi, après l’échéance », a simulation's ending after. */
export function itemStateLine(state: ItemState, afterDue: boolean, ending: string | null): string {
  const base = afterDue ? `${STATE_LABEL[state]}, après l’échéance` : STATE_LABEL[state];
  return ending ? `${base} — fin atteinte\u00a0: ${quote(ending)}` : base;
}
export const scoreText = (score: number | null) => (score === null ? "—" : `${score}\u00a0%`);
export const NO_DATE = "—";
export const NONE_MISSED = "aucune";
/** What a simulation or a report without the detail says in the missed questions' cell. */
export const MISSED_UNKNOWN = "non indiquées";
export const SIMULATION = "simulation";
export const PRINT = "Imprimer";
export const CLOSE = "Fermer";
