// What search says, in French: the dialog, the search page and the results.
import { plural, quote } from "./french";

/** The status line under the field, read by screen readers as it changes. */
export const searchStatus = (state: { query: string; total: number } | "empty" | "loading" | "failed") => {
  if (state === "empty")
    return "Tapez une question ou des mots\u00a0: «\u00a0patron absent\u00a0», «\u00a0bad buzz\u00a0»…";
  if (state === "loading") return "Recherche en cours…";
  if (state === "failed") return "La recherche n’a pas pu se charger. Rechargez la page pour réessayer.";
  const { query, total } = state;
  return total === 0
    ? `Aucun résultat pour ${quote(query)}. Essayez d’autres mots, ou retirez un filtre.`
    : `${plural(total, "résultat")} pour ${quote(query)}`;
};

/** « Vouliez-vous dire « modération » ? », the correction offered for a mistyped word. */
export const didYouMean = (words: string) => `Vouliez-vous dire ${quote(words)}\u00a0?`;

/** The line under a result: « Leçon · Le métier · pour Proches · 6 min de lecture ». */
export function resultDetails(meta: { kind?: string; module?: string; audiences?: string; minutes?: string }) {
  return [
    meta.kind,
    meta.module,
    meta.audiences && `pour ${meta.audiences}`,
    meta.minutes && `${meta.minutes}\u00a0min de lecture`,
  ]
    .filter(Boolean)
    .join(" · ");
}

export const showMore = (left: number) => `Voir ${plural(left, "autre résultat", "autres résultats")}`;
export const ANY_VALUE = "Tous";
