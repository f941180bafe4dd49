import type { Audience, Kind, Level } from "../schemas/vocabulary";

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

const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
/** "12 novembre 2026" */
export const frenchDate = (date: Date) => dateFormat.format(date);

/** "1 leçon", "3 leçons" */
export const plural = (n: number, one: string, many = `${one}s`) => `${n}\u00a0${n === 1 ? one : many}`;
