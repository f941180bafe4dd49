// What the « Révisions » page says around the questions (the counts and schedules are in
// review-wording.ts).
import { plural, quote } from "../french";

export const LOADING = "Chargement de vos révisions…";
export const COULD_NOT_LOAD =
  "Les questions n’ont pas pu être chargées. Vérifiez votre connexion ou rechargez la page : vos révisions sont gardées.";
export const dueToday = (n: number) =>
  n === 0 ? "Aucune question à revoir aujourd’hui." : `${plural(n, "question")} à revoir aujourd’hui.`;
export const startLabel = (n: number) => `Commencer la révision (${plural(n, "question")})`;
export const aheadLabel = (n: number) => `S’entraîner en avance (${plural(n, "question")})`;
export const progressLabel = (at: number, of: number) => `Question ${at} sur ${of}`;
export const CHECK = "Valider";
export const NEXT = "Question suivante";
export const FINISH = "Voir le bilan";
export const PICK_FIRST = "Choisissez une réponse avant de valider.";
/** « Juste : » or « Faux : » before an option's feedback, as in the lesson's quiz. */
export const feedbackLead = (correct: boolean) => `${correct ? "Juste" : "Faux"}\u00a0: `;
export const verdict = (right: boolean) =>
  right ? "Juste : cette question s’espace, elle reviendra plus tard." : "Pas encore : elle reviendra bientôt.";
export const backToLesson = (title: string) => `Revoir la leçon ${quote(title)}`;
export const RIGHT_ORDER = "Le bon ordre :";
export const moveUp = (step: string) => `Monter : ${step}`;
export const moveDown = (step: string) => `Descendre : ${step}`;
export const hintFor = (kind: string) =>
  ({
    single: "Une seule réponse.",
    scenario: "Choisissez la réponse que vous publieriez.",
    multiple: "Plusieurs réponses possibles.",
    ordering: "Remettez les étapes dans l’ordre avec les boutons Monter et Descendre.",
  })[kind] ?? "";
export const stepAt = (step: string, position: number, of: number) => `${step} : position ${position} sur ${of}`;
