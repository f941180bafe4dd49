// What « Sauvegarder ou déplacer » says, in plain French: whether the browser keeps the
// progress, what a backup holds, what importing it would change, and what happened.
import type { Progress } from "./schema";
import type { BackupChanges } from "./backup";
import { localFrenchDate, plural, quote } from "../french";

const NBSP = "\u00a0";

/** "12 leçons lues, 8 quiz et 12 questions en révision": what a progress holds, zeros left out. */
export function describeContents(progress: Progress): string {
  const parts = [
    [Object.keys(progress.lessons).length, "leçon lue", "leçons lues"],
    [Object.keys(progress.quizzes).length, "quiz", "quiz"],
    [Object.keys(progress.simulations).length, "simulation", "simulations"],
    [Object.keys(progress.checklists ?? {}).length, "fiche remplie", "fiches remplies"],
    [Object.keys(progress.assignments ?? {}).length, "affectation", "affectations"],
    [Object.keys(progress.reviews ?? {}).length, "question en révision", "questions en révision"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  if (said.length === 0) return "aucune progression";
  return said.length === 1 ? said[0]! : `${said.slice(0, -1).join(", ")} et ${said.at(-1)}`;
}

/** The sentence shown before importing: what the file holds, then what would change. */
export function describeImport(exportedAt: string, incoming: Progress, changes: BackupChanges): string {
  const added = [
    changes.lessonsAdded && plural(changes.lessonsAdded, "leçon lue de plus", "leçons lues de plus"),
    changes.quizzesAdded && plural(changes.quizzesAdded, "nouveau résultat de quiz", "nouveaux résultats de quiz"),
    changes.quizzesImproved &&
      plural(changes.quizzesImproved, "quiz au meilleur score relevé", "quiz au meilleur score relevé"),
    changes.simulationsAdded &&
      plural(changes.simulationsAdded, "simulation jouée de plus", "simulations jouées de plus"),
    changes.simulationsImproved &&
      plural(
        changes.simulationsImproved,
        "simulation au meilleur score relevé",
        "simulations au meilleur score relevé",
      ),
    changes.checklistsAdded && plural(changes.checklistsAdded, "fiche remplie de plus", "fiches remplies de plus"),
    changes.checklistItemsAdded &&
      plural(changes.checklistItemsAdded, "réponse de plus dans vos fiches", "réponses de plus dans vos fiches"),
    changes.playsAdded && plural(changes.playsAdded, "partie de simulation de plus", "parties de simulation de plus"),
    changes.assignmentsAdded && plural(changes.assignmentsAdded, "affectation de plus", "affectations de plus"),
    changes.reviewsAdded &&
      plural(changes.reviewsAdded, "question en révision de plus", "questions en révision de plus"),
    changes.reviewsUpdated &&
      plural(changes.reviewsUpdated, "question en révision mise à jour", "questions en révision mises à jour"),
  ].filter((part): part is string => typeof part === "string");
  const lead = `Cette sauvegarde du ${localFrenchDate(exportedAt)} contient ${describeContents(incoming)}.`;
  if (added.length === 0) return `${lead} Votre parcours la contient déjà${NBSP}: l’importer ne changerait rien.`;
  return `${lead} L’importer ajouterait à votre parcours${NBSP}: ${added.join(", ")}. Rien ne serait baissé ni retiré${NBSP}: pour chaque élément, le meilleur est gardé.`;
}

/** The browser did not promise to keep this site's storage (or cannot say). */
export const NOT_KEPT = `Votre navigateur n’a pas promis de garder votre progression${NBSP}: il peut l’effacer s’il manque de place, et Safari (iPhone, iPad, Mac) le fait après sept jours sans visite. Sauvegardez-la dans un fichier de temps en temps.`;
export const KEPT = "Votre navigateur s’est engagé à garder votre progression sur cet appareil.";

export const backupSaved = (fileName: string) => `Fichier ${quote(fileName)} enregistré dans vos téléchargements.`;

/** A file that is not a backup: its name, then why (readBackup's message). */
export const notABackup = (fileName: string, why: string) => `${quote(fileName)}${NBSP}: ${why}`;

export const IMPORT_CANCELLED = `Import annulé${NBSP}: rien n’a été changé.`;
export const IMPORTED = "La sauvegarde a rejoint votre parcours.";
