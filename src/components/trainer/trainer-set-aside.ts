// The « Données mises de côté » part of the trainer space: says when the trainer's data
// could not be read and was set aside (whole copies, single assignments or reports), reads
// it again (what reads is merged back, never replacing what is there) or deletes it after
// a confirmation.
import { trainerCopies, trainerStore } from "../../lib/assignments/trainer-browser";
import { restoreTrainerCopy, restoreTrainerUnread, type TrainerData } from "../../lib/assignments/trainer-store";
import { readCopy, removeCopies } from "../../lib/progress/copies-browser";
import { trainerSetAsideNotice } from "../../lib/progress/set-aside-wording";
import { askInDialog, keepFocus } from "../dom";
import { saveProblem } from "../../lib/progress/save-wording";

export function connectTrainerSetAside(root: HTMLElement): void {
  const section = root.querySelector<HTMLElement>(".store-aside")!;
  const notice = section.querySelector<HTMLElement>(".store-notice")!;
  const dialog = section.querySelector<HTMLDialogElement>("dialog.store-delete-dialog")!;
  const store = trainerStore();
  const justNow = { recovered: store.recoveredKey !== null, lost: store.keptInPlace };
  const entries = () => store.read().unread?.length ?? 0;

  const render = (said?: string) => {
    const copies = trainerCopies();
    const setAside = trainerSetAsideNotice(copies, justNow);
    const count = entries();
    const lines = [
      said,
      setAside,
      count > 0
        ? `${count === 1 ? "Une affectation ou un rapport enregistré ne se lit pas et est gardé" : `${count}\u00a0affectations ou rapports enregistrés ne se lisent pas et sont gardés`} à part, hors des tableaux.`
        : undefined,
    ].filter((line): line is string => !!line);
    notice.textContent = lines.join(" ");
    section.hidden = lines.length === 0;
    for (const button of section.querySelectorAll<HTMLButtonElement>(".store-actions button"))
      button.hidden = copies.length === 0 && count === 0;
    keepFocus(section, notice);
  };

  section.querySelector("[data-action=restore-store]")!.addEventListener("click", () => {
    let saved = store.update(restoreTrainerUnread);
    const restored: string[] = [];
    for (const copy of trainerCopies()) {
      const merged: TrainerData | undefined = restoreTrainerCopy(store.read(), readCopy(copy.key) ?? "");
      if (!merged) continue;
      saved = store.update(() => merged);
      if (saved.saved) restored.push(copy.key);
    }
    removeCopies(restored, "relais:formateur:corrompu:");
    justNow.recovered = false;
    const left = trainerCopies().length + entries();
    render(
      saveProblem(saved, "vos tableaux") ??
        (left === 0
          ? "Tout a pu être relu et a rejoint vos affectations et tableaux."
          : "Ce qui se lisait a rejoint vos affectations et tableaux\u00a0; le reste ne se lit toujours pas et reste de côté."),
    );
  });
  section.querySelector("[data-action=ask-delete-store]")!.addEventListener("click", () => {
    dialog.querySelector(".store-delete-text")!.textContent =
      "Les données mises de côté seront supprimées de cet appareil. Vos affectations et tableaux lisibles ne changent pas.";
    askInDialog(dialog);
  });
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "delete") return;
    const saved = store.update(({ unread: _unread, ...rest }) => rest);
    removeCopies(
      trainerCopies().map((copy) => copy.key),
      "relais:formateur:corrompu:",
    );
    justNow.recovered = false;
    justNow.lost = false;
    render(saveProblem(saved, "vos tableaux") ?? "Les données mises de côté ont été supprimées.");
  });
  render();
}
