// What the interactive quiz (components/quiz/quiz-element.ts) says: verdicts, the score,
// the result sentence, what is left to do. A number of answers is followed by an ordinary
// space, as in the rest of the quiz's sentences; percentages and colons take a no-break one.
import { agree, quote } from "../french";

const NBSP = "\u00a0";

/** "75 %" */
export const percent = (n: number) => `${n}${NBSP}%`;

/** Under a question once checked. */
export const questionVerdict = (right: boolean) => (right ? "Bonne réponse." : "Réponse incorrecte.");

/**
 * The tag before an option's feedback: whether picking it was right, or, for a right option the
 * learner missed, that it was the answer ("to tick as well" for a question with several).
 */
export function optionTag(picked: boolean, shouldPick: boolean, multiple: boolean): string {
  const label = picked
    ? shouldPick
      ? "Bon choix"
      : "Mauvais choix"
    : multiple
      ? "À cocher aussi"
      : "La bonne réponse";
  return `${label}${NBSP}: `;
}

/** The result card's parts, read by the eyes (the sentence under them is what is read aloud). */
export const OUTCOME_TITLE = "Résultat";
export const passMarkLabel = (passScore: number) => `seuil${NBSP}: ${percent(passScore)}`;
export const scoreVerdict = (passed: boolean) => (passed ? "✓ Quiz réussi" : "Pas encore réussi");

export interface QuizOutcome {
  /** Questions answered right. */
  right: number;
  total: number;
  percent: number;
  passed: boolean;
}

/**
 * The result, as a sentence: the score, then what to do about it. `when` (a date in words)
 * is given for a result saved earlier and shown again.
 */
export function resultSentence(outcome: QuizOutcome, passScore: number, when?: string): string {
  const { right, total, passed } = outcome;
  const missed = total - right;
  const start = when ? `Dernier résultat, le ${when}${NBSP}: ` : `Résultat${NBSP}: `;
  const score = `${right} ${agree(right, "bonne réponse", "bonnes réponses")} sur ${total} (${percent(outcome.percent)}). `;
  const next = passed
    ? `Quiz réussi\u202f! Le seuil était de ${percent(passScore)}.` +
      (missed > 0 ? ` Relisez ${agree(missed, "la réponse manquée", "les réponses manquées")} ci-dessus.` : "")
    : `Il faut ${percent(passScore)} pour réussir${NBSP}: lisez les bonnes réponses ci-dessus, puis refaites ${agree(missed, "la question manquée", "les questions manquées")}.`;
  return start + score + next;
}

/** Checking with questions left blank: which ones, by number. */
export const unanswered = (numbers: readonly number[]) =>
  `Il reste ${agree(numbers.length, "une question", `${numbers.length} questions`)} sans réponse${NBSP}: ${numbers.map((n) => `question ${n}`).join(", ")}.`;

/** After « Refaire les questions manquées ». */
export const retryMissed = (missed: number) =>
  `Refaites ${agree(missed, "la question manquée", `les ${missed} questions manquées`)}, puis vérifiez.`;

/** After « Tout recommencer ». */
export const RESTARTED = "Le quiz est remis à zéro.";

/** Read aloud when an ordering step moves: where it is now, among how many. */
export const stepMoved = (step: string, position: number, count: number) =>
  `${quote(step)} est maintenant en position ${position} sur ${count}.`;

/** Read aloud when a step cannot move further up (or down). */
export const stepAtEnd = (step: string, up: boolean) =>
  `${quote(step)} est déjà en ${up ? "première" : "dernière"} position.`;

// An explainer's « Pour vérifier » (components/quiz/Quiz.astro with `forReader`): the same
// questions, for a parent or a boss who checks what they read, with no pass mark and no score.
// Rendered by the server (the element reads the two results from data-all and data-some), so
// the learner's quiz code stays the same size.

/** Its heading and introduction. */
export const CHECK_TITLE = "Pour vérifier";
/** The lesson's skip link to its quiz (pages/lecons/[id].astro); an explainer's reader has questions. */
export const skipToQuiz = (forReader: boolean) => (forReader ? "Aller aux questions" : "Aller au quiz");
export const checkIntro = (count: number) =>
  `${agree(count, "Une question", `${count} questions`)} pour vous assurer que l’essentiel est clair. Rien n’est noté${NBSP}: chaque réponse est expliquée.`;

/** What the check says once answered: everything right, or not. */
export const CHECK_ALL = `Tout correspond au texte${NBSP}: vous avez l’essentiel.`;
export const CHECK_SOME = `Une partie de vos réponses diffère du texte${NBSP}: l’explication sous chaque question dit ce qu’il faut en retenir.`;
