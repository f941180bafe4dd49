// What was set aside, said in plain French: « Données mises de côté » in « Mon parcours »,
// and the trainer space's notice of its own data set aside.
import { WHOLE, type Progress } from "./schema";
import type { SetAsideCopy } from "./set-aside-copies";
import { localFrenchDate, plural, quote } from "../french";

const NBSP = "\u00a0";

/** Titles of what the page lists, by id, to name what an entry was about. */
export interface Titles {
  lessons: Record<string, string>;
  simulations: Record<string, string>;
  checklists: Record<string, string>;
}

/** "le 20 novembre 2026": when a copy was set aside, from its key (hand-edited keys have no date). */
const setAsideOn = (at: string) => (Number.isNaN(Date.parse(at)) ? "à une date inconnue" : `le ${localFrenchDate(at)}`);
const title = (titles: Record<string, string>, id: string) => quote(Object.hasOwn(titles, id) ? titles[id]! : id);

/** "12 Ko", "1,3 Mo": a size in characters, as people read it. */
export function sizeLabel(characters: number): string {
  if (characters < 1_000) return plural(characters, "caractère");
  if (characters < 1_000_000) return `${Math.ceil(characters / 1_000)}${NBSP}Ko`;
  return `${(Math.ceil(characters / 100_000) / 10).toLocaleString("fr-FR")}${NBSP}Mo`;
}

/** One line per set-aside entry of the progress, and per whole copy. */
export function describeSetAside(progress: Progress, copies: readonly SetAsideCopy[], titles: Titles): string[] {
  const lines: string[] = [];
  const { unread = {}, unreadAssignments = {} } = progress;
  const each = (entries: Record<string, unknown> | undefined, whole: string, one: (id: string) => string) => {
    for (const id of Object.keys(entries ?? {})) lines.push(id === WHOLE ? whole : one(id));
  };
  each(unread.lessons, "toutes vos lectures de leçons", (id) => `la lecture de la leçon ${title(titles.lessons, id)}`);
  each(
    unread.quizzes,
    "tous vos résultats de quiz",
    (id) => `le résultat du quiz de la leçon ${title(titles.lessons, id)}`,
  );
  each(
    unread.simulations,
    "toutes vos parties de simulation",
    (id) => `vos parties de la simulation ${title(titles.simulations, id)}`,
  );
  each(
    unread.checklists,
    "toutes vos réponses aux fiches",
    (id) => `vos réponses à la fiche ${title(titles.checklists, id)}`,
  );
  each(unread.reviews, "toutes vos questions en révision", (id) => {
    // A review's key is "lesson/question": the lesson names it, when there is one.
    const lesson = id.includes("/") ? id.slice(0, id.indexOf("/")) : "";
    return lesson
      ? `une question en révision de la leçon ${title(titles.lessons, lesson)}`
      : "une question en révision";
  });
  each(unread.reviewDays, "tous vos jours de révision", (day) => `vos révisions du ${quote(day)}`);
  each(unreadAssignments, "toutes vos affectations", (id) => `l’affectation ${quote(id)}`);
  for (const copy of copies) {
    lines.push(
      `une copie illisible de votre progression, mise de côté ${setAsideOn(copy.at)} (${sizeLabel(copy.size)})`,
    );
  }
  return lines;
}

/** A line of describeSetAside as an item of the list: "La lecture de la leçon « A »." */
export const asListItem = (line: string) => `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;

/**
 * After « Réessayer de les lire »: `left` items still unreadable, `unreadable` of them whole
 * copies that are not progress at all (kept: never deleted without the learner).
 */
export function restoreResult(left: number, unreadable: number): string {
  if (left === 0) return "Tout a pu être relu et a rejoint votre parcours.";
  const still =
    left < 2 ? "Un élément ne se lit toujours pas et reste" : `${left} éléments ne se lisent toujours pas et restent`;
  const kept =
    unreadable > 0 ? " (une copie qui n’est pas une progression lisible n’est jamais effacée sans vous)" : "";
  return `Ce qui se lisait a rejoint votre parcours. ${still} de côté${kept}.`;
}

/** The question before deleting what was set aside. */
export const deleteQuestion = (count: number) =>
  `${count < 2 ? "L’élément mis de côté sera supprimé" : `Les ${count} éléments mis de côté seront supprimés`} de cet appareil. Le reste de votre parcours ne change pas.`;

/** After deleting: whether the browser let the whole copies go too. */
export const deleted = (copiesRemoved: boolean) =>
  copiesRemoved
    ? "Les données mises de côté ont été supprimées."
    : "Votre navigateur n’a pas permis de supprimer les copies mises de côté.";

/** What the trainer space says of its own data set aside, or null when nothing was. */
export function trainerSetAsideNotice(
  copies: readonly SetAsideCopy[],
  justNow: { recovered: boolean; lost: boolean },
): string | null {
  if (justNow.lost)
    return `Les affectations et tableaux enregistrés sur cet appareil ne se lisent pas, et l’appareil n’a plus de place pour les mettre de côté${NBSP}: ils sont laissés tels quels, et rien de nouveau ne sera enregistré par-dessus. Libérez de la place dans le navigateur, puis rechargez la page.`;
  if (copies.length === 0) return null;
  const last = copies.at(-1)!;
  const lead = justNow.recovered
    ? `Les affectations et tableaux enregistrés sur cet appareil ne pouvaient pas être lus${NBSP}: l’espace repart de zéro.`
    : "Des données de l’espace formateur illisibles sont gardées sur cet appareil.";
  const kept =
    copies.length < 2 ? "Une copie entière est gardée à part" : `${copies.length} copies entières sont gardées à part`;
  return `${lead} ${kept} (la dernière mise de côté ${setAsideOn(last.at)}, ${sizeLabel(last.size)})${NBSP}: rien n’a été effacé.`;
}
