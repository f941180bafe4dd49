import { quote } from "../french";
import type { LaunchProblem } from "./cmi5-launch";

// What a page running inside a learning platform says: a SCORM package whose LMS fails
// (components/lms/scorm-bridge.ts), and a page launched by a cmi5 platform
// (components/lms/cmi5-runtime.ts). Never alarming: the learner's progress is always kept on
// their device.

const code = (error: string, detail: string) => `(erreur ${error}${detail ? `\u00a0: ${detail}` : ""})`;

/** The LMS refused to open the session: nothing is reported to it on this page. */
export const lmsStartFailed = (error: string, detail: string): string =>
  `Votre plateforme de formation n’a pas ouvert le suivi ${code(error, detail)}. Votre progression reste gardée sur cet appareil\u00a0; si cela se répète, prévenez votre formateur.`;

/** The LMS refused a value or a save: what the learner did may not reach their trainer yet. */
export const lmsSaveFailed = (error: string, detail: string): string =>
  `Votre plateforme de formation n’a pas enregistré votre progression ${code(error, detail)}. Elle reste gardée sur cet appareil et sera renvoyée à votre prochaine action\u00a0; si cela se répète, prévenez votre formateur.`;

const NBSP = "\u00a0";

/** Said once the platform answered: results go to it as well as to the device. */
export const CMI5_CONNECTED = `Vos résultats sont transmis à votre plateforme de formation, et gardés sur cet appareil.`;

/** What is kept whatever happens: the learner is never left without their progress. */
const DEVICE_FALLBACK = `Vos réponses restent enregistrées sur cet appareil, dans ${quote("Mon parcours")}${NBSP}; signalez ce message à votre formateur.`;

const PARAMETER_WORDS: Record<LaunchProblem["parameter"], string> = {
  endpoint: "l’adresse du serveur de suivi (endpoint)",
  fetch: "l’adresse d’autorisation (fetch)",
  actor: "l’identité de l’apprenant (actor)",
  registration: "le numéro d’inscription (registration)",
  activityId: "l’identifiant de l’activité (activityId)",
};

/** Why a launch is refused, then what still works. */
export function cmi5LaunchRefused(problem: LaunchProblem): string {
  const what = PARAMETER_WORDS[problem.parameter];
  const why =
    problem.kind === "missing"
      ? `Le lien envoyé par votre plateforme de formation est incomplet${NBSP}: il y manque ${what}.`
      : problem.kind === "invalid"
        ? `Le lien envoyé par votre plateforme de formation est illisible ou altéré${NBSP}: ${what} n’a pas la forme attendue.`
        : `Le lien envoyé par votre plateforme de formation demande d’envoyer vos résultats à ${problem.origin}, que ce site n’est pas autorisé à joindre (${what}).`;
  return `Suivi par la plateforme impossible. ${why} ${DEVICE_FALLBACK}`;
}

/** The platform could not be reached, or refused what was sent. */
export const CMI5_UNREACHABLE = `Suivi par la plateforme interrompu${NBSP}: votre plateforme de formation ne répond pas ou refuse la connexion. ${DEVICE_FALLBACK}`;

/** The button that ends the session and goes back to the platform (its returnURL). */
export const CMI5_RETURN = "Terminer et revenir à la plateforme";
