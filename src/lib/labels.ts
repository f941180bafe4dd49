import type { Audience, Kind, Level } from "../schemas/vocabulary.ts";

// French wording of the content vocabulary, in one place.

export const audienceLabel: Record<Audience, string> = {
  "cm-junior": "CM débutant",
  parent: "Proches",
  dirigeant: "Dirigeants",
  formateur: "Formateurs",
};

export const kindLabel: Record<Kind, string> = {
  lecon: "Leçon",
  playbook: "Fiche réflexe",
  explication: "Explication",
  cas: "Étude de cas",
};

export const levelLabel: Record<Level, string> = {
  debutant: "Débutant",
  intermediaire: "Intermédiaire",
  confirme: "Confirmé",
};
