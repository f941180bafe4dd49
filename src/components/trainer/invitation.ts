// « Message d’invitation » in the trainer space: the ready text (invitation-wording.ts) in a
// read-only field, copied with the clipboard API or, where the browser refuses it, selected for
// Ctrl+C; and a mailto: link with the subject and the text when it fits in one.
import {
  INVITATION_COPIED,
  MAILTO_SHORT,
  MAILTO_TOO_LONG,
  PRESS_CTRL_C,
  invitationText,
  mailtoInvitation,
  type InvitationInput,
} from "../../lib/assignments/invitation-wording";
import { part } from "../dom";

/** Fills the block of `root` with the invitation of `input`. */
export function showInvitation(root: HTMLElement, input: InvitationInput): void {
  part<HTMLTextAreaElement>(root, "#a-invitation").value = invitationText(input);
  const mail = mailtoInvitation(input);
  const link = part<HTMLAnchorElement>(root, "[data-mailto]");
  link.hidden = !mail;
  if (mail) link.href = mail.href;
  else link.removeAttribute("href");
  part(root, ".mailto-note").textContent = mail ? (mail.short ? MAILTO_SHORT : "") : MAILTO_TOO_LONG;
  part(root, ".invitation-notice").textContent = "";
}

export function connectInvitation(root: HTMLElement): void {
  part(root, "[data-action=copy-invitation]").addEventListener("click", () => void copy(root));
}

async function copy(root: HTMLElement) {
  const field = part<HTMLTextAreaElement>(root, "#a-invitation");
  const notice = part(root, ".invitation-notice");
  try {
    await navigator.clipboard.writeText(field.value);
    notice.textContent = INVITATION_COPIED;
  } catch {
    // Refused (permission, an older browser, a page not served over HTTPS): the text is selected
    // in its field, where the keyboard is, for the trainer to copy it themselves.
    field.focus();
    field.select();
    notice.textContent = PRESS_CTRL_C;
  }
}
