// The « Données mises de côté » part of « Mon parcours »: lists in plain words what could
// not be read (entries of the progress, whole copies), tries to read it again (what reads
// is merged back, the rest stays aside) or deletes it after a confirmation.
// Its markup: ProgressSetAside.astro; the dashboard connects it.
import { progressStore } from "../../lib/progress/browser";
import { progressCopies, readCopy, removeCopies } from "../../lib/progress/copies-browser";
import { mergeProgress, parseCopy, restoreUnread, withoutUnread } from "../../lib/progress/merge";
import * as say from "../../lib/progress/set-aside-wording";
import type { Progress } from "../../lib/progress/schema";
import { askInDialog, keepFocus } from "../dialogs-and-files";
import { el, part } from "../dom";
import { saveProblem } from "../../lib/progress/save-wording";

const titlesOf = (root: Element, selector: string, attribute: string) =>
  Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>(selector)].map((item) => [
      item.getAttribute(attribute)!,
      (item.querySelector("a") ?? item).textContent!.trim(),
    ]),
  );

export function connectSetAside(root: HTMLElement): (progress: Progress) => void {
  const section = part(root, ".progress-aside");
  const list = part<HTMLUListElement>(section, ".aside-list");
  const status = part(section, ".aside-status");
  const dialog = part<HTMLDialogElement>(section, "dialog");
  const titles: say.Titles = {
    lessons: titlesOf(root, "tr[data-lesson] th", "data-lesson"),
    simulations: titlesOf(root, "[data-simulation]", "data-simulation"),
    checklists: titlesOf(root, ".checklist-titles li", "data-checklist"),
  };
  // The row's lesson id is on the <tr>, its title in the <th>.
  for (const row of root.querySelectorAll<HTMLElement>("tr[data-lesson]"))
    titles.lessons[row.dataset["lesson"]!] = part(row, "th").textContent!.trim();

  const render = (progress: Progress) => {
    const lines = say.describeSetAside(progress, progressCopies(), titles);
    section.hidden = lines.length === 0 && status.textContent === "";
    list.replaceChildren(...lines.map((line) => el("li", say.asListItem(line))));
    for (const button of section.querySelectorAll<HTMLButtonElement>(".aside-actions button"))
      button.hidden = lines.length === 0;
    keepFocus(section, status);
  };

  part(section, "[data-action=restore-aside]").addEventListener("click", () => {
    const store = progressStore();
    let saved = store.update(restoreUnread);
    const restored: string[] = [];
    let unreadable = 0;
    for (const copy of progressCopies()) {
      const read = parseCopy(readCopy(copy.key) ?? "");
      if (!read.ok) {
        unreadable++;
        continue;
      }
      saved = store.update((p) => mergeProgress(p, read.progress));
      if (saved.saved) restored.push(copy.key);
    }
    removeCopies(restored);
    const left = say.describeSetAside(store.read(), progressCopies(), titles).length;
    status.textContent = saveProblem(saved) ?? say.restoreResult(left, unreadable);
    render(store.read());
  });

  part(section, "[data-action=ask-delete-aside]").addEventListener("click", () => {
    const count = say.describeSetAside(progressStore().read(), progressCopies(), titles).length;
    part(dialog, ".aside-text").textContent = say.deleteQuestion(count);
    askInDialog(dialog);
  });
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "delete") return;
    const saved = progressStore().update(withoutUnread);
    const removed = removeCopies(progressCopies().map((copy) => copy.key));
    status.textContent = saveProblem(saved) ?? say.deleted(removed);
    render(progressStore().read());
  });
  return render;
}
