// What was set aside, said in plain French for « Mon parcours ».
import { WHOLE, type Progress } from "./schema";
import type { SetAsideCopy } from "./set-aside-copies";
import { localFrenchDate } from "../french";

/** Titles of what the page lists, by id, to name what an entry was about. */
export interface Titles {
  lessons: Record<string, string>;
  simulations: Record<string, string>;
  checklists: Record<string, string>;
}

const quoted = (text: string) => `«\u00a0${text}\u00a0»`;
const title = (titles: Record<string, string>, id: string) => quoted(Object.hasOwn(titles, id) ? titles[id]! : id);

/** "12 Ko", "1,3 Mo": a size in characters, as people read it. */
export function sizeLabel(characters: number): string {
  if (characters < 1_000) return `${characters}\u00a0caractère${characters < 2 ? "" : "s"}`;
  if (characters < 1_000_000) return `${Math.ceil(characters / 1_000)}\u00a0Ko`;
  return `${(Math.ceil(characters / 100_000) / 10).toLocaleString("fr-FR")}\u00a0Mo`;
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
  each(unreadAssignments, "toutes vos affectations", (id) => `l’affectation ${quoted(id)}`);
  for (const copy of copies) {
    lines.push(
      `une copie illisible de votre progression, mise de côté ${Number.isNaN(Date.parse(copy.at)) ? "à une date inconnue" : `le ${localFrenchDate(copy.at)}`} (${sizeLabel(copy.size)})`,
    );
  }
  return lines;
}

/** What the trainer space says of its own data set aside, or null when nothing was. */
export function trainerSetAsideNotice(
  copies: readonly SetAsideCopy[],
  justNow: { recovered: boolean; lost: boolean },
): string | null {
  if (justNow.lost)
    return "Les affectations et tableaux enregistrés sur cet appareil ne se lisent pas, et l’appareil n’a plus de place pour les mettre de côté\u00a0: ils sont laissés tels quels, et rien de nouveau ne sera enregistré par-dessus. Libérez de la place dans le navigateur, puis rechargez la page.";
  if (copies.length === 0) return null;
  const last = copies.at(-1)!;
  const when = Number.isNaN(Date.parse(last.at)) ? "à une date inconnue" : `le ${localFrenchDate(last.at)}`;
  const lead = justNow.recovered
    ? "Les affectations et tableaux enregistrés sur cet appareil ne pouvaient pas être lus\u00a0: l’espace repart de zéro."
    : "Des données de l’espace formateur illisibles sont gardées sur cet appareil.";
  return `${lead} ${copies.length === 1 ? "Une copie entière est gardée à part" : `${copies.length} copies entières sont gardées à part`} (la dernière mise de côté ${when}, ${sizeLabel(last.size)})\u00a0: rien n’a été effacé.`;
}
