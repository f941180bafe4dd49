// What the cohort's two charts say (« La cohorte en un coup d’œil », above the cohort table):
// their descriptions for screen readers, their labels, and the tables of their numbers.
import type { CohortProgress, PeriodUnit } from "./cohort-glance";
import { agree, frenchDay, plural, quote } from "../french";

const NBSP = "\u00a0";
const percent = (n: number) => `${n}${NBSP}%`;
/** "3 mars": a day of the chart's axis, its year said elsewhere. */
const dayMonth = (day: string) => frenchDay(day).replace(/ \d+$/, "");
/** "mars 2027": the month of a day. */
const month = (day: string) => frenchDay(`${day.slice(0, 7)}-01`).replace(/^1er /, "");

// ── Per item ──

/** After each bar: "3 sur 5". */
export const itemValue = (passed: number, learners: number) => `${passed} sur ${learners}`;

/** What the bars show, for those who do not see them; the numbers follow in a table. */
export function itemsDescription(items: number, learners: number, everyone: number, nobody: number): string {
  const who = `${plural(items, "contenu")}, ${plural(learners, "apprenant")}${NBSP}: pour chaque contenu, `;
  const numbers = "Les chiffres sont dans le tableau qui suit.";
  return learners === 1
    ? `${who}s’il l’a réussi. Réussis${NBSP}: ${everyone} sur ${items}. ${numbers}`
    : `${who}combien l’ont réussi. Réussis par tous${NBSP}: ${everyone}${NBSP}; par personne${NBSP}: ${nobody}. ${numbers}`;
}

/** The columns of the numbers per item (the chart's legend, in CohortGlance.astro, names the same three). */
export const ITEM_COLUMNS = ["Contenu", "Réussi", "Commencé, pas encore réussi", "Pas commencé"] as const;

// ── Over time ──

/** A period under its column: "3 mars", "sem. du 3 mars", "mars 2027". */
export function periodShort(unit: PeriodUnit, start: string): string {
  if (unit === "day") return dayMonth(start);
  return unit === "week" ? `sem. du ${dayMonth(start)}` : month(start);
}

/** A period in its table: "3 mars 2027", "semaine du 3 mars 2027", "mars 2027". */
export function periodLong(unit: PeriodUnit, start: string): string {
  if (unit === "day") return frenchDay(start);
  return unit === "week" ? `semaine du ${frenchDay(start)}` : month(start);
}

/** The rules of the progress chart: 0 %, 25 %… */
export const TICKS = [0, 25, 50, 75, 100].map(percent);

export const progressColumns = (unit: PeriodUnit) =>
  [
    unit === "day" ? "Jour" : unit === "week" ? "Semaine" : "Mois",
    "Réussis dans la période",
    "Réussis depuis le début",
    "Part de tout le travail",
  ] as const;

export const share = percent;

/** What the columns show: from when to when, how far the cohort got, by day, week or month. */
export function progressDescription({ unit, periods, possible }: CohortProgress): string {
  const first = periods[0]!;
  const last = periods.at(-1)!;
  const by = unit === "day" ? "jour" : unit === "week" ? "semaine" : "mois";
  return (
    `Part de tout le travail de la cohorte réussie, ${by} par ${by}, du ${frenchDay(first.start)} au ${frenchDay(last.end)}${NBSP}: ` +
    `${plural(last.total, "contenu")} ${agree(last.total, "réussi")} sur ${possible} à la fin, ` +
    `soit ${percent(possible === 0 ? 0 : Math.floor((100 * last.total) / possible))}. Les chiffres sont dans le tableau qui suit.`
  );
}

/** Under the progress table, when passes older than the assignment are counted on its first day. */
export const passedBefore = (n: number, created: string) =>
  n === 0
    ? ""
    : `Dont ${plural(n, "contenu")} ${agree(n, "réussi")} avant la création de l’affectation, le ${frenchDay(created)}${NBSP}: ${agree(n, "il est compté", "ils sont comptés")} ce jour-là.`;

export const NO_PASS_YET = "Aucun contenu réussi pour l’instant\u00a0: la progression s’affichera au premier.";

/** The tables' captions. */
export const itemsCaption = (cohort: string) => `Réussite par contenu, cohorte ${quote(cohort)}`;
export const progressCaption = (cohort: string) => `Progression dans le temps, cohorte ${quote(cohort)}`;
