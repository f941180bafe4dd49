// What a backup holds and what importing it would change, in plain French.
import type { Progress } from "./schema";
import type { BackupChanges } from "./backup";
import { localFrenchDate } from "../labels";

/** French counts: 0 and 1 take the singular. */
const count = (n: number, one: string, many: string) => `${n}\u00a0${n < 2 ? one : many}`;

/** "12 leçons lues, 8 quiz, 2 simulations, 1 fiche et 1 affectation" */
export function describeContents(progress: Progress): string {
  const parts = [
    count(Object.keys(progress.lessons).length, "leçon lue", "leçons lues"),
    count(Object.keys(progress.quizzes).length, "quiz", "quiz"),
    count(Object.keys(progress.simulations).length, "simulation", "simulations"),
    count(Object.keys(progress.checklists ?? {}).length, "fiche remplie", "fiches remplies"),
    count(Object.keys(progress.assignments ?? {}).length, "affectation", "affectations"),
  ];
  return `${parts.slice(0, -1).join(", ")} et ${parts.at(-1)}`;
}

/** The sentence shown before importing: what the file holds, then what would change. */
export function describeImport(exportedAt: string, incoming: Progress, changes: BackupChanges): string {
  const added = [
    changes.lessonsAdded && count(changes.lessonsAdded, "leçon lue de plus", "leçons lues de plus"),
    changes.quizzesAdded && count(changes.quizzesAdded, "résultat de quiz nouveau", "résultats de quiz nouveaux"),
    changes.quizzesImproved && count(changes.quizzesImproved, "quiz au meilleur score", "quiz au meilleur score"),
    changes.simulationsAdded &&
      count(changes.simulationsAdded, "simulation jouée de plus", "simulations jouées de plus"),
    changes.simulationsImproved &&
      count(changes.simulationsImproved, "simulation au meilleur score", "simulations au meilleur score"),
    changes.checklistsAdded && count(changes.checklistsAdded, "fiche remplie de plus", "fiches remplies de plus"),
    changes.assignmentsAdded && count(changes.assignmentsAdded, "affectation de plus", "affectations de plus"),
  ].filter((part): part is string => typeof part === "string");
  const lead = `Cette sauvegarde du ${localFrenchDate(exportedAt)} contient ${describeContents(incoming)}.`;
  if (added.length === 0) return `${lead} Votre parcours la contient déjà\u00a0: l’importer ne changerait rien.`;
  return `${lead} L’importer ajouterait à votre parcours\u00a0: ${added.join(", ")}. Rien ne serait baissé ni retiré\u00a0: pour chaque élément, le meilleur est gardé.`;
}
