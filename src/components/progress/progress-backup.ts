// The « Sauvegarder ou déplacer » part of « Mon parcours »: saves the progress as a file,
// reads one back (picked or dropped), says what it holds and what it would change, and
// merges it only once the learner agrees. Also asks the browser to keep the storage.
// Its markup: ProgressBackup.astro; the dashboard connects it.
import { progressStore } from "../../lib/progress/browser";
import { MAX_BACKUP_BYTES, backupChanges, backupFile, readBackup } from "../../lib/progress/backup";
import { mergeProgress } from "../../lib/progress/merge";
import type { Progress } from "../../lib/progress/schema";
import * as say from "../../lib/progress/backup-wording";
import { askInDialog, download, onFileDrop } from "../dialogs-and-files";
import { part } from "../dom";
import { saveProblem } from "../../lib/progress/save-wording";

/** Asks the browser to keep this site's storage, and says plainly when it will not. */
async function askToKeep(note: HTMLElement) {
  try {
    if (!navigator.storage?.persist) {
      note.textContent = say.NOT_KEPT;
      return;
    }
    const kept = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    note.textContent = kept ? say.KEPT : say.NOT_KEPT;
  } catch {
    note.textContent = say.NOT_KEPT;
  }
}

export function connectBackup(root: HTMLElement): void {
  const section = part(root, ".progress-backup");
  const status = part(section, ".backup-status");
  const input = part<HTMLInputElement>(section, "#backup-file");
  const zone = part(section, ".backup-zone");
  const dialog = part<HTMLDialogElement>(section, "dialog.import-dialog");
  let pending: Progress | undefined;
  section.hidden = false;
  void askToKeep(part(section, ".backup-persist"));

  part(section, "[data-action=backup]").addEventListener("click", () => {
    const { name, text } = backupFile(progressStore().read());
    download(name, text, "application/json");
    status.textContent = say.backupSaved(name);
  });

  const read = async (file: File | undefined) => {
    if (!file) return;
    pending = undefined;
    // Too large to be a backup: refused before its text is read into memory.
    const result = file.size > MAX_BACKUP_BYTES ? readBackup("", file.size) : readBackup(await file.text(), file.size);
    if (!result.ok) {
      status.textContent = say.notABackup(file.name, result.message);
      return;
    }
    pending = result.progress;
    const changes = backupChanges(progressStore().read(), result.progress);
    part(dialog, ".import-text").textContent = say.describeImport(result.exportedAt, result.progress, changes);
    status.textContent = "";
    askInDialog(dialog);
  };
  input.addEventListener("change", () => {
    void read(input.files?.[0]);
    input.value = "";
  });
  onFileDrop(zone, (files) => void read(files[0]));
  dialog.addEventListener("close", () => {
    const incoming = pending;
    pending = undefined;
    if (dialog.returnValue !== "import" || !incoming) {
      status.textContent = say.IMPORT_CANCELLED;
      return;
    }
    // Merged into the progress as it is now: what another tab saved meanwhile stays.
    const saved = progressStore().update((current) => mergeProgress(current, incoming));
    status.textContent = saveProblem(saved) ?? say.IMPORTED;
  });
}
