import type { SPEAKERS } from "../../schemas/simulation";

/** How each speaker of a simulation feed is introduced to the learner. */
export const SPEAKER_LABEL: Record<(typeof SPEAKERS)[number], string> = {
  client: "client",
  concurrent: "marque concurrente",
  direction: "direction",
  journaliste: "journaliste",
  collegue: "collègue",
  marque: "votre marque",
  communaute: "communauté",
  systeme: "la suite",
};
