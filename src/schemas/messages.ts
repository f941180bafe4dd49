import { z } from "astro/zod";

// What an author reads when a field breaks a rule its schema gives no message of its own for:
// zod's French says « Trop grand : nombre doit être <=100 »; this says « au plus 100 (ici : 120) ».
// The field itself is named before the message (« quiz.passScore: au plus 100 (ici : 120) »).

const french = z.locales.fr().localeError;
type Issue = Parameters<typeof french>[0];

const shown = (input: unknown): string => {
  if (input === null) return "vide (null)";
  if (typeof input === "string") return `«\u00a0${input.length > 40 ? `${input.slice(0, 40)}…` : input}\u00a0»`;
  if (Array.isArray(input)) return "une liste";
  if (typeof input === "object") return "des champs (clé: valeur)";
  return String(input);
};

const EXPECTED: Record<string, string> = {
  number: "un nombre",
  int: "un nombre entier",
  string: "un texte",
  boolean: "true ou false",
  array: "une liste (par exemple [a, b] ou des lignes «\u00a0- a\u00a0»)",
  object: "des champs (clé: valeur)",
  date: "une date AAAA-MM-JJ",
};

const units = (origin: string | undefined, n: number | bigint) =>
  origin === "array" || origin === "set"
    ? `${n} élément${Number(n) > 1 ? "s" : ""}`
    : origin === "string"
      ? `${n} caractère${Number(n) > 1 ? "s" : ""}`
      : String(n);

/** A message for `issue`, or zod's French one for the rare codes authors cannot meet. */
export function authorMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return issue.input === undefined
        ? `champ obligatoire\u00a0: ${expected}`
        : `valeur attendue\u00a0: ${expected}, pas ${shown(issue.input)}`;
    }
    case "too_big": {
      const bound = `${issue.inclusive === false ? "moins de" : "au plus"} ${units(issue.origin, issue.maximum)}`;
      return issue.origin === "number" ? `${bound} (ici\u00a0: ${shown(issue.input)})` : bound;
    }
    case "too_small": {
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "ne doit pas être vide";
      const bound = `${issue.inclusive === false ? "plus de" : "au moins"} ${units(issue.origin, issue.minimum)}`;
      return issue.origin === "number" ? `${bound} (ici\u00a0: ${shown(issue.input)})` : bound;
    }
    case "invalid_value":
      return `${shown(issue.input)} n'est pas permis\u00a0: choisir parmi ${issue.values.map((v) => `«\u00a0${String(v)}\u00a0»`).join(", ")}`;
    case "unrecognized_keys":
      return `champ inconnu\u00a0: ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return `un multiple de ${issue.divisor} est attendu (ici\u00a0: ${shown(issue.input)})`;
    default: {
      const message = french(issue);
      return typeof message === "string" ? message : (message?.message ?? "valeur refusée");
    }
  }
}

/** Installs these messages in zod for the content (src/content.config.ts, the content check, the tests). */
/**
 * A field's own message for a value of the wrong kind only: its bounds keep the message that
 * states them (« au plus 120 (ici : 500) »), instead of the field's « durée en minutes attendue ».
 */
export const wrongKind =
  (message: string) =>
  (issue: { code?: string }): string | undefined =>
    issue.code === "invalid_type" ? message : undefined;

export const useAuthorMessages = () => z.config({ localeError: authorMessage });
