// A cohort of learners' reports, made up but realistic, for the tests and the benchmark of a large
// cohort table: `generateReports` is pure and seeded (the same cohort every run); `courseItems`
// takes the assignment's items and their questions' wording from the course's own content files.
import type { Assignment, ItemRef } from "../../src/lib/assignments/assignment-schema.ts";
// Types only from src/: the benchmark runs this file in plain Node, which resolves no extensionless import.
import type { Report } from "../../src/lib/assignments/report.ts";
import { lessons, simulations } from "./course.ts";
import { FIRST_NAMES } from "./first-names.ts";

/** An item to assign, with the prompts of its questions (what a report's `missed` quotes). */
export interface GeneratedItem {
  ref: ItemRef;
  questions: string[];
}

const SURNAMES = `Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre
  Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller
  Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin
  Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Diallo Haddad Nguyen Benali Traoré`
  .trim()
  .split(/\s+/);

const ENDINGS = [
  "La crise est contenue",
  "Le client se sent écouté",
  "Le fil s’emballe",
  "La direction reprend la main",
];

/** `lessons` lessons with a quiz and `sims` simulations of the course, in a stable order. */
export function courseItems(lessonCount = 36, sims = 4): GeneratedItem[] {
  const quizzed = lessons()
    .filter((lesson) => (lesson.quiz?.questions.length ?? 0) > 0)
    .slice(0, lessonCount)
    .map((lesson) => ({
      ref: `lecon:${lesson.id}` as ItemRef,
      // A report quotes at most 300 characters of a question (report.ts).
      questions: lesson.quiz.questions.map((q) => String((q as { prompt?: unknown }).prompt ?? q.id).slice(0, 300)),
    }));
  const played = simulations()
    .slice(0, sims)
    .map((sim) => ({ ref: `simulation:${sim.id}` as ItemRef, questions: [] }));
  return [...quizzed, ...played];
}

export function cohortAssignment(items: readonly GeneratedItem[], overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: "grandecohorte01",
    cohort: "Promo de printemps",
    trainer: "Inès Moreau",
    due: "2026-05-29",
    passScore: 70,
    message: "Un module par semaine, et on fait le point en visio le jeudi : vos questions sont les bienvenues !",
    items: items.map((item) => item.ref),
    created: "2026-03-02",
    ...overrides,
  };
}

/** A small seeded generator (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;

/**
 * `count` learners' reports of `assignment`: each learner has their own pace (some finished, some
 * barely started, a few late), a quiz not passed names 1 to 3 missed questions, a passed one below
 * 100 % one; simulations end on an ending; most reports tell the learner's review days.
 */
export function generateReports(
  assignment: Assignment,
  items: readonly GeneratedItem[],
  count: number,
  seed = 21,
): Report[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const created = Date.parse(`${assignment.created}T09:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const pace = next();
    const accepted = created + Math.floor(next() * 4 * DAY);
    const exported = accepted + Math.floor((5 + next() * 40) * DAY);
    const key = Array.from({ length: 12 }, () => pick([..."abcdefghijklmnopqrstuvwxyz0123456789"])).join("");
    const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${SURNAMES[Math.floor(index / FIRST_NAMES.length + index) % SURNAMES.length]}`;
    const at = () => new Date(accepted + Math.floor(next() * (exported - accepted))).toISOString();
    const statuses = items.map(({ ref, questions }) => {
      const roll = next();
      const simulation = ref.startsWith("simulation:");
      if (roll > pace + 0.15) return { item: ref, state: "non-commence" as const, score: null, ending: null, at: null };
      if (!simulation && roll > pace) return { item: ref, state: "lu" as const, score: null, ending: null, at: at() };
      const passed = roll < pace * 0.85;
      const score = passed ? 70 + Math.floor(next() * 31) : Math.floor(next() * 70);
      const wrong = simulation || score === 100 ? 0 : passed ? 1 : 1 + Math.floor(next() * 3);
      const missed = [...new Set(Array.from({ length: wrong }, () => pick(questions)))];
      return {
        item: ref,
        state: passed ? ("reussi" as const) : ("a-refaire" as const),
        score,
        ending: simulation ? pick(ENDINGS) : null,
        at: at(),
        ...(missed.length > 0 ? { missed } : {}),
      };
    });
    const reviewDays = Math.floor(pace * 20);
    return {
      format: "relais-rapport",
      version: 1,
      learner: { name, key },
      assignment,
      acceptedAt: new Date(accepted).toISOString(),
      exportedAt: new Date(exported).toISOString(),
      items: statuses,
      ...(index % 10 === 9
        ? {}
        : {
            review: {
              days: reviewDays,
              streak: Math.min(reviewDays, 1 + Math.floor(next() * 7)),
              last: reviewDays === 0 ? null : new Date(exported - DAY).toISOString().slice(0, 10),
            },
          }),
    };
  });
}

/** A report as the learner's page writes it to a file (indented, as « Télécharger mon rapport » does). */
export const reportText = (report: Report) => JSON.stringify(report, null, 2);
