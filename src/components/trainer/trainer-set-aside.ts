// The « Données mises de côté » part of the trainer space: says when the trainer's data
// could not be read and was set aside (whole copies, single assignments or reports), reads
// it again (what reads is merged back, never replacing what is there) or deletes it after
// a confirmation.
import { trainerCopies, trainerStore } from "../../lib/assignments/trainer-browser";
import { dropSetAside, restoreSetAside } from "../../lib/assignments/trainer-changes";
import { readTrainerCopy, trainerSpec } from "../../lib/assignments/trainer-store";
import * as say from "../../lib/assignments/trainer-wording";
import { readCopy, removeCopies } from "../../lib/progress/copies-browser";
import { trainerSetAsideNotice } from "../../lib/progress/set-aside-wording";
import { askInDialog, keepFocus } from "../dialogs-and-files";
import { part } from "../dom";
import { saveProblem } from "../../lib/progress/save-wording";

const keysOf = (copies: readonly { key: string }[]) => copies.map((copy) => copy.key);

export function connectTrainerSetAside(root: HTMLElement): void {
  const section = part(root, ".store-aside");
  const notice = part(section, ".store-notice");
  const dialog = part<HTMLDialogElement>(section, "dialog.store-delete-dialog");
  const store = trainerStore();
  const justNow = { recovered: store.recoveredKey !== null, lost: store.keptInPlace };
  const entries = () => store.read().unread?.length ?? 0;

  const render = (said?: string) => {
    const copies = trainerCopies();
    const setAside = trainerSetAsideNotice(copies, justNow);
    const count = entries();
    const lines = [said, setAside, say.unreadEntries(count)].filter((line): line is string => !!line);
    notice.textContent = lines.join(" ");
    section.hidden = lines.length === 0;
    for (const button of section.querySelectorAll<HTMLButtonElement>(".store-actions button"))
      button.hidden = copies.length === 0 && count === 0;
    keepFocus(section, notice);
  };

  part(section, "[data-action=restore-store]").addEventListener("click", () => {
    // The whole copies that read as trainer data join in; one that does not is never deleted unasked.
    const readable = trainerCopies()
      .map((copy) => ({ key: copy.key, raw: readCopy(copy.key) ?? "" }))
      .filter((copy) => readTrainerCopy(copy.raw) !== undefined);
    const raws = readable.map((copy) => copy.raw);
    const saved = store.update((t) => restoreSetAside(t, raws));
    if (saved.saved) removeCopies(keysOf(readable), trainerSpec.corruptPrefix);
    justNow.recovered = false;
    render(saveProblem(saved, say.UNSAVED_TABLES) ?? say.restored(trainerCopies().length + entries()));
  });
  part(section, "[data-action=ask-delete-store]").addEventListener("click", () => {
    part(dialog, ".store-delete-text").textContent = say.DELETE_SET_ASIDE;
    askInDialog(dialog);
  });
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "delete") return;
    const saved = store.update(dropSetAside);
    removeCopies(keysOf(trainerCopies()), trainerSpec.corruptPrefix);
    justNow.recovered = false;
    justNow.lost = false;
    render(saveProblem(saved, say.UNSAVED_TABLES) ?? say.SET_ASIDE_DELETED);
  });
  render();
}
