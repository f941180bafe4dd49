import type { SaveStatus } from "../lib/progress/store";

/** What to tell the learner when progress could not be saved; null when it was. */
export function saveProblem(status: SaveStatus): string | null {
  if (status.saved) return null;
  return status.reason === "quota"
    ? "Votre appareil n'a plus de place pour enregistrer votre progression. Ce résultat reste affiché tant que la page est ouverte."
    : "Votre navigateur ne permet pas d'enregistrer votre progression sur cet appareil. Ce résultat reste affiché tant que la page est ouverte.";
}
