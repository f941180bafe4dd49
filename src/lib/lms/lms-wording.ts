// What a package says when the LMS it reports to fails (components/lms/scorm-bridge.ts). Never
// alarming: the learner's progress is always kept on their device, and the LMS's own message
// (LMSGetErrorString) is given for the trainer or the platform's support.

const code = (error: string, detail: string) => `(erreur ${error}${detail ? `\u00a0: ${detail}` : ""})`;

/** The LMS refused to open the session: nothing is reported to it on this page. */
export const lmsStartFailed = (error: string, detail: string): string =>
  `Votre plateforme de formation n’a pas ouvert le suivi ${code(error, detail)}. Votre progression reste gardée sur cet appareil\u00a0; si cela se répète, prévenez votre formateur.`;

/** The LMS refused a value or a save: what the learner did may not reach their trainer yet. */
export const lmsSaveFailed = (error: string, detail: string): string =>
  `Votre plateforme de formation n’a pas enregistré votre progression ${code(error, detail)}. Elle reste gardée sur cet appareil et sera renvoyée à votre prochaine action\u00a0; si cela se répète, prévenez votre formateur.`;
