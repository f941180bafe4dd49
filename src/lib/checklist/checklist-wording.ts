// What the checklist island (components/checklist/checklist-element.ts) says: the live
// summary and progress, the notices after each action, the printed sheet's and the Markdown
// file's words, the panel of a link received. Counts of items are followed by an ordinary
// space, as in the rest of the sheet.
import { agree, quote } from "../french";
import { OWNER_LABEL, type Summary } from "./checklist-answers";
import type { Owner } from "../../schemas/checklist-owners";

const NBSP = "\u00a0";

const retained = (n: number) => `${n} ${agree(n, "élément retenu", "éléments retenus")}`;

/** The summary above the form. */
export const summaryLine = (summary: Summary) =>
  `${retained(summary.included)} sur ${summary.total}, ${summary.total - summary.decided} encore à décider.`;

/** The progress that stays in view while filling the form: « 23 / 66 décidés ». */
export const progressLine = (decided: number, total: number) =>
  `${decided}${NBSP}/${NBSP}${total} ${agree(decided, "décidé")}`;

/** One line of the count per owner ("Direction : 2"). */
export const ownerCount = (owner: Owner, n: number) => `${OWNER_LABEL[owner]}${NBSP}: ${n}`;

/**
 * The panel of a link received: what the sheet in it holds, and what opening it would
 * replace (`mine`, the answers already given on this device).
 */
export function importSummary(title: string, incoming: Summary, mine: number): string {
  const decided = `${incoming.decided} ${agree(incoming.decided, "décidé")}`;
  return (
    `Ce lien contient une fiche ${quote(title)}${NBSP}: ${retained(incoming.included)}, ${decided} sur ${incoming.total}. ` +
    (mine > 0
      ? `L’ouvrir remplacera ${agree(mine, "votre réponse actuelle", `vos ${mine} réponses actuelles`)}.`
      : "Vous n’avez encore aucune réponse sur cet appareil.")
  );
}

/**
 * The panel's two buttons and what is said once one is chosen: with answers of one's own,
 * replacing or keeping them; with none yet, loading the link's or not.
 */
export const importChoice = (mine: number) =>
  mine > 0
    ? {
        accept: "Remplacer mes réponses",
        refuse: "Garder mes réponses",
        accepted: "La fiche du lien a remplacé vos réponses.",
        refused: `Vos réponses sont conservées${NBSP}; la fiche du lien a été ignorée.`,
      }
    : {
        accept: "Charger ces réponses",
        refuse: "Ne pas les charger",
        accepted: "Les réponses du lien ont été chargées.",
        refused: "La fiche du lien a été ignorée.",
      };

/** A link that could not be read: why (from checklist-link.ts), and that nothing changed. */
export const linkError = (error: string) => `${error} Vos réponses actuelles n’ont pas été modifiées.`;

/** Notices after an action. */
export const NOTICE = {
  cleared: "Toutes les réponses de cette fiche ont été effacées.",
  downloaded: "Le fichier Markdown a été téléchargé.",
  tooLong: `Vos notes sont trop longues pour tenir dans un lien${NBSP}: exportez plutôt le fichier Markdown.`,
  copied: `Lien copié. Il contient vos réponses${NBSP}: ne le partagez qu’avec les bonnes personnes.`,
  ready: `Lien prêt${NBSP}: copiez-le depuis le champ ci-dessus.`,
} as const;

/** What was decided about an item, in the printed sheet's column and the Markdown file. */
export const DECISION = { in: "Oui", out: "Non retenu", open: "À décider" } as const;

/** The printed sheet's first column heading (the others are the checklist's own labels). */
export const SHEET_ITEM_HEADING = "Élément";

/** The printed sheet's line under its title. */
export const sheetDate = (date: string) => `Fiche établie le ${date}.`;

/** The Markdown file's line under its title. */
export const markdownDate = (date: string) => `Fiche établie le ${date} avec Relais.`;
