import type { SaveStatus } from "./json-store";

/**
 * What to tell the user when a change could not be saved on the device; null
 * when it was. `what` names what was not saved (each feature's wording module names its own:
 * « ce tableau », « votre nom »…).
 */
export function saveProblem(status: SaveStatus, what = "votre progression"): string | null {
  if (status.saved) return null;
  const kept = "Ce qui est affiché reste valable tant que la page est ouverte, mais sera perdu en la fermant.";
  return status.reason === "quota"
    ? `Votre appareil n’a plus de place pour enregistrer ${what}. ${kept}`
    : `Votre navigateur ne permet pas d’enregistrer ${what} sur cet appareil. ${kept}`;
}
