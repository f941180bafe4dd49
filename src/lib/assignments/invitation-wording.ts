// The invitation a trainer pastes into an e-mail or a chat: who, what, by when, the link, and how
// to send the report back. Plain text, in French, built here; « Espace formateur » only shows it,
// copies it and offers it as a mailto: link when that fits (mailtoInvitation).
import type { Assignment } from "./assignment-schema";
import { frenchDay, quote } from "../french";

const NBSP = "\u00a0";

// Here rather than in ../french.ts, which every page loads: only the invitation writes weekdays.
const WEEKDAYS = "dimanche lundi mardi mercredi jeudi vendredi samedi".split(" ");
/** A calendar day YYYY-MM-DD with its weekday, "vendredi 18 décembre 2026": for a date in a letter. */
export const frenchWeekday = (day: string) => `${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${frenchDay(day)}`;

export interface InvitationInput {
  assignment: Assignment;
  /** The assignment's link. */
  url: string;
  /** Each item's title, in the assignment's order. */
  titles: string[];
  /** The assignment this one replaces, when it is on the trainer's device. */
  replaced?: Assignment | undefined;
}

/** "Affectation « Promo d’hiver » à terminer le vendredi 18 décembre 2026" */
export const invitationSubject = ({ cohort, due }: Assignment) =>
  `Affectation ${quote(cohort)} à terminer le ${frenchWeekday(due)}`;

/**
 * The message, lines joined by "\n". `short` leaves out the list of contents and the trainer's
 * message (both are on the page the link opens): for a mailto: link that must stay short.
 */
export function invitationText({ assignment, url, titles, replaced }: InvitationInput, short = false): string {
  const due = frenchWeekday(assignment.due);
  const items = assignment.items.map(
    (ref, i) => `- ${titles[i] ?? ref}${ref.startsWith("simulation:") ? " (simulation)" : " (leçon et quiz)"}`,
  );
  const paragraphs = [
    "Bonjour,",
    short
      ? `Je vous confie une affectation sur Relais pour la cohorte ${quote(assignment.cohort)}, à terminer au plus tard le ${due}. Le lien ci-dessous en donne le détail.`
      : `Je vous confie une affectation sur Relais pour la cohorte ${quote(assignment.cohort)}, à terminer au plus tard le ${due}${NBSP}:\n${items.join("\n")}`,
    `Un quiz ou une simulation compte comme réussi à partir de ${assignment.passScore}${NBSP}%.` +
      (assignment.reviewStreak === undefined
        ? ""
        : ` Je vous demande aussi de répondre aux questions de ${quote("Révisions")} ${assignment.reviewStreak < 2 ? "au moins un jour" : `${assignment.reviewStreak}${NBSP}jours différents`} avant cette date${NBSP}: les questions manquées y reviennent jusqu’à être sues.`),
    ...(assignment.message && !short ? [assignment.message] : []),
    ...(replaced
      ? [
          `Cette version remplace l’affectation ${quote(replaced.cohort)} du ${frenchDay(replaced.created)}${NBSP}: si vous l’aviez acceptée, ouvrez ce nouveau lien et acceptez-le. Vos leçons lues et vos résultats comptent toujours.`,
        ]
      : []),
    `Pour commencer, ouvrez ce lien et choisissez ${quote("Accepter l’affectation")}${NBSP}:\n${url}\nVotre avancement reste sur votre appareil${NBSP}: personne ne le voit sans vous.`,
    `Pour me rendre compte de votre travail, au plus tard le ${due}${NBSP}: ouvrez ${quote("Mon parcours")} sur Relais, indiquez votre nom, choisissez ${quote("Télécharger mon rapport")} et envoyez-moi le fichier téléchargé en pièce jointe, en réponse à ce message.`,
    `Bonne formation,\n${assignment.trainer}`,
  ];
  return paragraphs.join("\n\n");
}

/**
 * Mail programs cut or refuse longer mailto: links: Outlook on Windows stops near 2,048
 * characters, some webmail handlers sooner. We stay under this, everything counted.
 */
export const MAX_MAILTO = 2_000;

/** "mailto:?subject=…&body=…" (RFC 6068: line breaks as %0D%0A), or undefined when longer than `max`. */
export function mailtoHref(subject: string, body: string, max = MAX_MAILTO): string | undefined {
  const href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, "\r\n"))}`;
  return href.length <= max ? href : undefined;
}

/**
 * The invitation as a mailto: link: the whole message if it fits, else the short one (`short`
 * tells), else undefined — the page then says to copy the text.
 */
export function mailtoInvitation(
  input: InvitationInput,
  max = MAX_MAILTO,
): { href: string; short: boolean } | undefined {
  const subject = invitationSubject(input.assignment);
  const whole = mailtoHref(subject, invitationText(input), max);
  if (whole) return { href: whole, short: false };
  const short = mailtoHref(subject, invitationText(input, true), max);
  return short ? { href: short, short: true } : undefined;
}

// The block's own sentences.
export const INVITATION_COPIED = "Message copié dans le presse-papiers.";
export const PRESS_CTRL_C = "Le texte est sélectionné\u00a0: appuyez sur Ctrl+C (⌘+C sur Mac) pour le copier.";
export const MAILTO_SHORT =
  "Le message entier est trop long pour un lien de courriel\u00a0: ce lien ouvre une version courte (sans la liste des contenus ni votre message). Copiez le texte pour envoyer le message entier.";
export const MAILTO_TOO_LONG =
  "Ce message est trop long pour s’ouvrir directement dans votre messagerie\u00a0: copiez-le et collez-le dans un nouveau courriel.";
