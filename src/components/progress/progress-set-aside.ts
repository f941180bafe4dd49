// The « Données mises de côté » part of « Mon parcours »: lists in plain words what could
// not be read (entries of the progress, whole copies), tries to read it again (what reads
// is merged back, the rest stays aside) or deletes it after a confirmation.
import { progressStore } from "../../lib/progress/browser";
import { progressCopies, readCopy, removeCopies } from "../../lib/progress/copies-browser";
import { restoreCopy, restoreUnread, withoutUnread } from "../../lib/progress/merge";
import { describeSetAside, type Titles } from "../../lib/progress/set-aside-wording";
import type { Progress } from "../../lib/progress/schema";
import { askInDialog, el, keepFocus } from "../dom";
import { saveProblem } from "../../lib/progress/save-wording";

const titlesOf = (root: Element, selector: string, attribute: string) =>
  Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>(selector)].map((item) => [
      item.getAttribute(attribute)!,
      (item.querySelector("a") ?? item).textContent!.trim(),
    ]),
  );

export function connectSetAside(root: HTMLElement): (progress: Progress) => void {
  const section = root.querySelector<HTMLElement>(".progress-aside")!;
  const list = section.querySelector<HTMLUListElement>(".aside-list")!;
  const status = section.querySelector<HTMLElement>(".aside-status")!;
  const dialog = section.querySelector<HTMLDialogElement>("dialog")!;
  const titles: Titles = {
    lessons: titlesOf(root, "tr[data-lesson] th", "data-lesson"),
    simulations: titlesOf(root, "[data-simulation]", "data-simulation"),
    checklists: titlesOf(root, ".checklist-titles li", "data-checklist"),
  };
  // The row's lesson id is on the <tr>, its title in the <th>.
  for (const row of root.querySelectorAll<HTMLElement>("tr[data-lesson]"))
    titles.lessons[row.dataset["lesson"]!] = row.querySelector("th")!.textContent!.trim();

  const render = (progress: Progress) => {
    const lines = describeSetAside(progress, progressCopies(), titles);
    section.hidden = lines.length === 0 && status.textContent === "";
    list.replaceChildren(...lines.map((line) => el("li", line.charAt(0).toUpperCase() + line.slice(1) + ".")));
    for (const button of section.querySelectorAll<HTMLButtonElement>(".aside-actions button"))
      button.hidden = lines.length === 0;
    keepFocus(section, status);
  };

  section.querySelector("[data-action=restore-aside]")!.addEventListener("click", () => {
    const store = progressStore();
    let saved = store.update(restoreUnread);
    const restored: string[] = [];
    let unreadable = 0;
    for (const copy of progressCopies()) {
      const result = restoreCopy(store.read(), readCopy(copy.key) ?? "");
      if (!result.ok) {
        unreadable++;
        continue;
      }
      saved = store.update(() => result.progress);
      if (saved.saved) restored.push(copy.key);
    }
    removeCopies(restored);
    const left = describeSetAside(store.read(), progressCopies(), titles).length;
    status.textContent =
      saveProblem(saved) ??
      (left === 0
        ? "Tout a pu être relu et a rejoint votre parcours."
        : `Ce qui se lisait a rejoint votre parcours. ${left === 1 ? "Un élément ne se lit toujours pas et reste" : `${left} éléments ne se lisent toujours pas et restent`} de côté${unreadable > 0 ? " (une copie qui n’est pas une progression lisible n’est jamais effacée sans vous)" : ""}.`);
    render(store.read());
  });

  section.querySelector("[data-action=ask-delete-aside]")!.addEventListener("click", () => {
    const count = describeSetAside(progressStore().read(), progressCopies(), titles).length;
    dialog.querySelector(".aside-text")!.textContent =
      `${count === 1 ? "L’élément mis de côté sera supprimé" : `Les ${count} éléments mis de côté seront supprimés`} de cet appareil. Le reste de votre parcours ne change pas.`;
    askInDialog(dialog);
  });
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "delete") return;
    const saved = progressStore().update(withoutUnread);
    const removed = removeCopies(progressCopies().map((copy) => copy.key));
    status.textContent =
      saveProblem(saved) ??
      (removed
        ? "Les données mises de côté ont été supprimées."
        : "Votre navigateur n’a pas permis de supprimer les copies mises de côté.");
    render(progressStore().read());
  });
  return render;
}
