// What a backup holds and what importing it would change, in plain French.
import type { Progress } from "./schema";
import type { BackupChanges } from "./backup";
import { localFrenchDate } from "../french";

/** French counts: 0 and 1 take the singular. */
const count = (n: number, one: string, many: string) => `${n}\u00a0${n < 2 ? one : many}`;

/** "12 leçons lues, 8 quiz et 1 affectation": what a progress holds, zeros left out. */
export function describeContents(progress: Progress): string {
  const parts = [
    [Object.keys(progress.lessons).length, "leçon lue", "leçons lues"],
    [Object.keys(progress.quizzes).length, "quiz", "quiz"],
    [Object.keys(progress.simulations).length, "simulation", "simulations"],
    [Object.keys(progress.checklists ?? {}).length, "fiche remplie", "fiches remplies"],
    [Object.keys(progress.assignments ?? {}).length, "affectation", "affectations"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many));
  if (said.length === 0) return "aucune progression";
  return said.length === 1 ? said[0]! : `${said.slice(0, -1).join(", ")} et ${said.at(-1)}`;
}

/** The sentence shown before importing: what the file holds, then what would change. */
export function describeImport(exportedAt: string, incoming: Progress, changes: BackupChanges): string {
  const added = [
    changes.lessonsAdded && count(changes.lessonsAdded, "leçon lue de plus", "leçons lues de plus"),
    changes.quizzesAdded && count(changes.quizzesAdded, "nouveau résultat de quiz", "nouveaux résultats de quiz"),
    changes.quizzesImproved &&
      count(changes.quizzesImproved, "quiz au meilleur score relevé", "quiz au meilleur score relevé"),
    changes.simulationsAdded &&
      count(changes.simulationsAdded, "simulation jouée de plus", "simulations jouées de plus"),
    changes.simulationsImproved &&
      count(changes.simulationsImproved, "simulation au meilleur score relevé", "simulations au meilleur score relevé"),
    changes.checklistsAdded && count(changes.checklistsAdded, "fiche remplie de plus", "fiches remplies de plus"),
    changes.checklistItemsAdded &&
      count(changes.checklistItemsAdded, "réponse de plus dans vos fiches", "réponses de plus dans vos fiches"),
    changes.playsAdded && count(changes.playsAdded, "partie de simulation de plus", "parties de simulation de plus"),
    changes.assignmentsAdded && count(changes.assignmentsAdded, "affectation de plus", "affectations de plus"),
  ].filter((part): part is string => typeof part === "string");
  const lead = `Cette sauvegarde du ${localFrenchDate(exportedAt)} contient ${describeContents(incoming)}.`;
  if (added.length === 0) return `${lead} Votre parcours la contient déjà\u00a0: l’importer ne changerait rien.`;
  return `${lead} L’importer ajouterait à votre parcours\u00a0: ${added.join(", ")}. Rien ne serait baissé ni retiré\u00a0: pour chaque élément, le meilleur est gardé.`;
}
