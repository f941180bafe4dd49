// French text in one place: the rules every sentence of the site follows (plural, quotation
// marks, dates). Messages of a feature are functions in that feature's *-wording.ts, built from these.

const NBSP = "\u00a0";

/** "0 leçon", "1 leçon", "3 leçons": in French, 0 and 1 take the singular. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n}${NBSP}${Math.abs(n) < 2 ? one : many}`;

/** The singular or plural form alone, by the same rule ("a" / "ont"). */
export const agree = (n: number, one: string, many = `${one}s`) => (Math.abs(n) < 2 ? one : many);

/** « text », with the no-break spaces French puts inside guillemets. */
export const quote = (text: string) => `«${NBSP}${text}${NBSP}»`;

// Written out rather than with Intl.DateTimeFormat, whose first use loads locale data:
// tens of milliseconds on a phone for every island that shows a date.
const MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" ");
/** "1er", "2", "31": French writes the first of the month as an ordinal. */
const day = (n: number) => (n === 1 ? "1er" : String(n));

/** "12 novembre 2026", "1er août 2026" (the date in UTC, as content dates are written) */
export const frenchDate = (date: Date) =>
  `${day(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** A calendar day written YYYY-MM-DD (a due date), in words: the same day everywhere. */
export const frenchDay = (day: string) => frenchDate(new Date(`${day}T00:00:00Z`));

/** The day an instant (ISO) fell on by this device's clock: a quiz passed at 00:30 in Paris is dated that day. */
export function localFrenchDate(instant: string | Date): string {
  const date = new Date(instant);
  return `${day(date.getDate())} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** "45 min", "1 h", "2 h 30": a length in minutes as French writes it, with no-break spaces. */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}${NBSP}min`;
  return rest === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, "0")}`;
}
