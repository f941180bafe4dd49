// DOM helpers of the pages that keep files and ask before acting (« Mon parcours », the trainer
// space, checklists): apart from dom.ts so a lesson's islands do not carry them.

/** Saves `content` as a file named `name` through the browser's download. */
export function download(name: string, content: string, type: string) {
  const link = Object.assign(document.createElement("a"), {
    href: URL.createObjectURL(new Blob([content], { type })),
    download: name,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}

/** Opens a confirmation dialog afresh: Escape must not repeat the answer given last time. */
export function askInDialog(dialog: HTMLDialogElement) {
  dialog.returnValue = "";
  dialog.showModal();
}

/** Makes `zone` take dropped files, marked `.over` while something is dragged over it. */
export function onFileDrop(zone: HTMLElement, take: (files: File[]) => void): void {
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    take([...(event.dataTransfer?.files ?? [])]);
  });
}

/**
 * When the button that had focus (or that a closing dialog gives it back to) has just been
 * hidden inside `region`, focus moves to `message`, which says what happened, instead of
 * falling to the page's start.
 */
export function keepFocus(region: HTMLElement, message: HTMLElement): void {
  const active = document.activeElement;
  const lost = active === document.body || (active instanceof HTMLElement && region.contains(active) && active.hidden);
  if (!lost || region.hidden) return;
  message.tabIndex = -1;
  message.focus();
}
