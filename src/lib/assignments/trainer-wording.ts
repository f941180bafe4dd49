// What the trainer space says (« Espace formateur » and the cohort table): every sentence
// its islands show, built on the rules of ../french.ts. The islands only put these in place.
import { MAX_REVIEW_STREAK, type Assignment } from "./assignment-schema";
import type { ReviewSummary } from "../review/review-streak";
import { agree, frenchDay, plural, quote } from "../french";

// ── Creating an assignment ──

/** The form's fields as the trainer reads them, to name the one to fix. */
export const FIELD_LABEL: Record<string, string> = {
  cohort: "Nom de la cohorte",
  trainer: "Votre nom",
  due: "Date limite",
  passScore: "Score de réussite",
  reviewStreak: "Jours de révision demandés",
  message: "Message",
};

export const NO_ITEMS = "Choisissez au moins une leçon ou une simulation à faire.";
export const DUE_PASSED = "Date limite\u00a0: elle est déjà passée, choisissez aujourd’hui ou plus tard.";

/** "Nom de la cohorte : est vide." — what is wrong with one field; `detail` is the schema's own message. */
export function fieldProblem(field: string, detail: string): string {
  const label = Object.hasOwn(FIELD_LABEL, field) ? FIELD_LABEL[field]! : field;
  const said =
    field === "due"
      ? "choisissez une date"
      : field === "passScore"
        ? "un nombre entier de 0 à 100"
        : field === "reviewStreak"
          ? `un nombre entier de jours de 1 à ${MAX_REVIEW_STREAK}, ou rien`
          : detail.startsWith("Invalid") // valibot's English default: no message of ours for this check
            ? "valeur incorrecte"
            : detail;
  return `${label}\u00a0: ${said}.`;
}

/** Under the list of contents: how many are ticked (nothing when none is). */
export const chosenCount = (count: number) =>
  count === 0 ? "" : `${plural(count, "contenu")} ${agree(count, "choisi")}.`;

export const LINK_READY =
  "Le lien est prêt. Gardez cette page\u00a0: l’affectation est enregistrée sur cet appareil pour le tableau de cohorte.";
export const LINK_COPIED = "Lien copié dans le presse-papiers.";
export const COPY_FAILED = "Copie impossible ici\u00a0: sélectionnez le lien dans le champ et copiez-le.";

// ── The printable sheet ──

export const sheetTitle = (cohort: string) => `Affectation ${quote(cohort)}`;
export const qrLabel = (cohort: string) => `QR code du lien d’affectation ${quote(cohort)}`;
export const QR_TOO_LONG =
  "Ce lien est trop long pour tenir dans un QR code\u00a0: envoyez le lien lui-même, ou raccourcissez le message ou la liste des contenus pour obtenir un QR code.";

/** The sheet's facts, term and value, in the order printed. */
export const sheetFacts = (
  trainer: string,
  due: string,
  passScore: number,
  reviewDays?: number,
): [string, string][] => [
  ["Formateur ou formatrice", trainer],
  ["À terminer au plus tard le", due],
  ["Score de réussite", `${passScore}\u00a0% à chaque quiz et simulation`],
  ...(reviewDays === undefined ? [] : [["Révisions", reviewDaysAsked(reviewDays)] as [string, string]]),
];

/** « 5 jours différents dans « Révisions » »: the review days an assignment asks for. */
export const reviewDaysAsked = (days: number) =>
  `${days < 2 ? "au moins un jour" : `${plural(days, "jour")} différents`} dans ${quote("Révisions")}`;

/** An item of the sheet's list: its title, a simulation said as such. */
export const sheetItem = (title: string, simulation: boolean) => (simulation ? `${title} (simulation)` : title);

// ── The trainer's assignments on this device ──

export const SHOW_AGAIN = "Revoir le lien et le QR code";
export const EDIT = "Modifier…";
export const editLabel = (cohort: string) => `Modifier l’affectation ${quote(cohort)}…`;
export const INVITATION = "Message d’invitation";
export const invitationLabel = (cohort: string) => `Message d’invitation pour ${quote(cohort)}`;

/**
 * After the details of an assignment replaced by an edit: « remplacée par la version du 6 décembre
 * 2026 », naming the new cohort when the edit renamed it.
 */
export const replacedNote = (by: Pick<Assignment, "cohort" | "created">, cohort: string) =>
  `Remplacée par la version du ${frenchDay(by.created)}${by.cohort === cohort ? "" : ` (${quote(by.cohort)})`}. `;

// ── Editing an assignment ──

export const CREATE = "Créer le lien d’affectation";
export const SAVE_EDIT = "Créer la nouvelle version et son lien";
export const CANCEL_EDIT = "Annuler la modification";
/** Above the form filled with the assignment being edited. */
export const editing = (cohort: string, created: string) =>
  `Vous modifiez l’affectation ${quote(cohort)} du ${frenchDay(created)}. Son lien ne peut pas changer : enregistrer crée une nouvelle version avec un nouveau lien, à envoyer à la cohorte. L’ancienne reste dans la liste, marquée remplacée, avec son tableau de cohorte.`;
export const EDIT_READY =
  "La nouvelle version est prête, avec son propre lien : envoyez-le à la cohorte (le message d’invitation le dit). L’ancienne reste dans la liste, marquée remplacée.";
export const EDIT_CANCELLED = "Modification annulée : le formulaire est vide pour une nouvelle affectation.";
export const COHORT_TABLE = "Tableau de cohorte";
export const DELETE = "Supprimer…";
export const deleteLabel = (cohort: string) => `Supprimer l’affectation ${quote(cohort)}…`;

/** After the cohort's name in the list: " — à terminer le 1er décembre 2030, 2 contenus. " */
export const mineDetails = (due: string, items: number) => ` — à terminer le ${due}, ${plural(items, "contenu")}. `;

/** The confirmation before an assignment is deleted, with how many imported reports go with it. */
export const deleteConfirmation = (cohort: string, reports: number, replaced = false) =>
  `${replaced ? "Cette ancienne version a été remplacée, mais ses rapports restent utiles. " : ""}L’affectation ${quote(cohort)}${
    reports === 0
      ? " sera effacée"
      : reports === 1
        ? " et le rapport importé seront effacés"
        : ` et les ${plural(reports, "rapport")} importés seront effacés`
  } de cet appareil. Les apprenants qui l’ont acceptée la gardent\u00a0; si vous avez gardé son lien, vous pourrez la rajouter dans le tableau de cohorte.`;

export const deleted = (cohort: string) => `L’affectation ${quote(cohort)} a été supprimée de cet appareil.`;

// ── The cohort table ──

/**
 * An assignment in the table's picker: "Promo d’hiver — échéance le 1er décembre 2030", and the
 * day it was created when another of the same name is on this device, to tell them apart.
 */
export const assignmentOption = (cohort: string, due: string, created?: string) =>
  `${cohort} — échéance le ${due}${created ? `, créée le ${created}` : ""}`;

/** Above the table: due date (and how far), pass score, number of contents. */
export const cohortFacts = (due: string, dueLabel: string, passScore: number, items: number) =>
  `Échéance le ${due} (${dueLabel}), réussite à ${passScore}\u00a0%, ${items} ${agree(items, "contenu")}.`;

export const NO_REPORT = "Aucun rapport importé pour cette affectation.";

/** "3 apprenants : 1 a tout réussi, 0 en retard." */
export const cohortSummary = (learners: number, complete: number, late: number) =>
  `${learners} ${agree(learners, "apprenant")}\u00a0: ${
    complete === 0 ? "personne n’a" : `${complete} ${agree(complete, "a", "ont")}`
  } tout réussi, ${late} en retard.`;

/** The first columns' headings; one per content follows. */
export const COLUMN = {
  name: "Apprenant",
  completion: "Avancement",
  exportedAt: "Rapport du",
  review: "Révisions",
} as const;

/** A learner's review days against those asked: « 3 sur 5 jours, série de 2 » (— for a report without them). */
export const reviewCell = (review: ReviewSummary | undefined, asked: number) =>
  review === undefined
    ? "—"
    : `${review.days} sur ${plural(asked, "jour")}${review.streak > 1 ? `, série de ${review.streak}` : ""}`;
export const percent = (n: number) => `${n}\u00a0%`;
export const LATE = "en retard";

/** Entries the store set aside because they failed their check: said, not silently dropped. */
export const cohortUnread = (count: number) =>
  count === 0
    ? ""
    : `${count === 1 ? "Une affectation ou un rapport enregistré" : `${plural(count, "affectation")} ou rapports enregistrés`} sur cet appareil n’${agree(count, "a", "ont")} pas pu être ${agree(count, "relu")} (données abîmées ou d’une autre version de Relais)\u00a0: ${agree(count, "il est gardé", "ils sont gardés")} de côté, hors du tableau. Réimportez les rapports concernés, ou ajoutez l’affectation depuis son lien.`;

/** The confirmation before a table is emptied. */
export const clearConfirmation = (cohort: string, reports: number) =>
  `${
    reports === 0 ? "Les rapports importés" : reports === 1 ? "Le rapport importé" : `Les ${reports} rapports importés`
  } pour ${quote(cohort)} ${reports === 1 ? "sera effacé" : "seront effacés"} de cet appareil. L’affectation elle-même reste\u00a0; vous pourrez réimporter les fichiers.`;
export const CLEARED = "Le tableau a été vidé.";

/** "1 rapport ajouté sur 3 fichiers." */
export const importSummary = (added: number, files: number) =>
  `${added} ${agree(added, "rapport")} ${agree(added, "ajouté")} sur ${files} ${agree(files, "fichier")}.`;
export const IMPORT_CANCELLED =
  "Import annulé\u00a0: vous avez changé de tableau pendant la lecture des fichiers. Déposez-les à nouveau sur le tableau voulu.";

/** The question when learners already in the table sent another report. */
export const replaceQuestion = (learners: number) =>
  `${learners === 1 ? "Un apprenant a" : `${learners} apprenants ont`} déjà une ligne dans le tableau, avec un autre rapport. Remplacer ${agree(learners, "sa ligne", "leur ligne")} par le nouveau rapport\u00a0?`;

/** One learner waiting for the answer: the dates of both reports, the new one flagged when it is older. */
export const replaceLine = (name: string, current: string, incoming: string, older: boolean) =>
  `${name}\u00a0: rapport du ${current} dans le tableau, nouveau rapport du ${incoming}${older ? " (plus ancien\u00a0!)" : ""}.`;

export const KEPT = "Les lignes actuelles sont gardées\u00a0; les nouveaux rapports ont été ignorés.";
export const replaced = (rows: number) => `${rows} ${agree(rows, "ligne")} ${agree(rows, "remplacée")}.`;
export const csvExported = (rows: number) => `Fichier CSV exporté (${rows} ${agree(rows, "ligne")}).`;

// Refusals of a report file, each naming the file first.

/** Two files of one import hold the very same report. */
export const sameReportTwice = (file: string, learner: string, kept: string) =>
  `${quote(file)}\u00a0: ce rapport de ${learner} fait doublon avec ${quote(kept)}\u00a0; il n’est compté qu’une fois.`;
/** Two files of one import hold reports of one learner: the newer is taken. */
export const newerReportInstead = (file: string, learner: string, newer: string) =>
  `${quote(file)}\u00a0: un rapport plus récent de ${learner} (${quote(newer)}) est importé à sa place.`;
export const alreadyInTable = (file: string, learner: string) =>
  `${quote(file)}\u00a0: ce rapport de ${learner} est déjà dans le tableau.`;

type Described = Pick<Assignment, "id" | "cohort" | "trainer" | "due" | "created">;

/**
 * A report of another assignment dropped on this table (after the file's name). Two assignments
 * may share a name: the sentence then names what tells them apart (the day each was created, its
 * due date, who made it, or at last the id its link carries), never « « X », pas « X » ».
 */
export function otherAssignment(theirs: Described, ours: Described): string {
  if (theirs.cohort !== ours.cohort)
    return `ce rapport concerne l’affectation ${quote(theirs.cohort)}, pas ${quote(ours.cohort)}.`;
  const start = `ce rapport concerne une autre affectation nommée elle aussi ${quote(theirs.cohort)}`;
  if (theirs.created !== ours.created)
    return `${start}, créée le ${frenchDay(theirs.created)}\u00a0; celle de ce tableau a été créée le ${frenchDay(ours.created)}.`;
  if (theirs.due !== ours.due)
    return `${start}, à terminer le ${frenchDay(theirs.due)}\u00a0; celle de ce tableau est à terminer le ${frenchDay(ours.due)}.`;
  if (theirs.trainer !== ours.trainer)
    return `${start}, créée par ${theirs.trainer}\u00a0; celle de ce tableau l’a été par ${ours.trainer}.`;
  return `${start}, d’identifiant ${quote(theirs.id)}\u00a0; celle de ce tableau a pour identifiant ${quote(ours.id)}.`;
}

// ── Adding an assignment from its link ──

export const NOT_A_LINK = `Ce n’est pas un lien d’affectation Relais (il lui manque la partie après ${quote("#")}).`;
/**
 * Why a link could not be added, and that nothing was. The trainer made the link: a damaged one
 * is copied again from where it is whole, not asked for from « votre formateur » as a learner would.
 */
export const notAdded = (error: string, damaged = false) =>
  `${error}${damaged ? ` Copiez-le à nouveau en entier depuis l’Espace formateur de l’appareil où l’affectation a été créée (${quote(SHOW_AGAIN)}), ou depuis le message envoyé aux apprenants.` : ""} Rien n’a été ajouté.`;
export const OTHER_VERSION =
  "Une autre version de cette affectation est déjà sur cet appareil\u00a0: rien n’a été remplacé.";
export const alreadyHere = (cohort: string) =>
  `L’affectation ${quote(cohort)} est déjà sur cet appareil\u00a0: elle est sélectionnée.`;
export const added = (cohort: string) =>
  `L’affectation ${quote(cohort)} est ajoutée\u00a0: vous pouvez importer ses rapports.`;

// ── Data set aside ──

/** Entries of the trainer's data that do not read, kept apart. */
export const unreadEntries = (count: number) =>
  count === 0
    ? undefined
    : `${count === 1 ? "Une affectation ou un rapport enregistré ne se lit pas et est gardé" : `${plural(count, "affectation")} ou rapports enregistrés ne se lisent pas et sont gardés`} à part, hors des tableaux.`;

/** After « Réessayer de les lire »: whether anything is still set aside. */
export const restored = (left: number) =>
  left === 0
    ? "Tout a pu être relu et a rejoint vos affectations et tableaux."
    : "Ce qui se lisait a rejoint vos affectations et tableaux\u00a0; le reste ne se lit toujours pas et reste de côté.";
export const DELETE_SET_ASIDE =
  "Les données mises de côté seront supprimées de cet appareil. Vos affectations et tableaux lisibles ne changent pas.";
export const SET_ASIDE_DELETED = "Les données mises de côté ont été supprimées.";

// What could not be saved, named in saveProblem()'s message.
export const UNSAVED_ASSIGNMENT = "cette affectation";
export const UNSAVED_ASSIGNMENT_FOR_TABLE = "cette affectation pour le tableau de cohorte";
export const UNSAVED_DELETION = "cette suppression";
export const UNSAVED_TABLE = "ce tableau";
export const UNSAVED_TABLES = "vos tableaux";
