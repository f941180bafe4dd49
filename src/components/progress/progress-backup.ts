// The « Sauvegarder ou déplacer » part of « Mon parcours »: saves the progress as a file,
// reads one back (picked or dropped), says what it holds and what it would change, and
// merges it only once the learner agrees. Also asks the browser to keep the storage.
import { progressStore } from "../../lib/progress/browser";
import { MAX_BACKUP_BYTES, backupChanges, backupFile, readBackup } from "../../lib/progress/backup";
import { mergeProgress } from "../../lib/progress/merge";
import type { Progress } from "../../lib/progress/schema";
import { describeImport } from "../../lib/progress/backup-wording";
import { askInDialog, download, onFileDrop } from "../dom";
import { saveProblem } from "../../lib/progress/save-wording";

const NOT_KEPT =
  "Votre navigateur n’a pas promis de garder votre progression\u00a0: il peut l’effacer s’il manque de place, et Safari (iPhone, iPad, Mac) le fait après sept jours sans visite. Sauvegardez-la dans un fichier de temps en temps.";

/** Asks the browser to keep this site's storage, and says plainly when it will not. */
async function askToKeep(note: HTMLElement) {
  try {
    if (!navigator.storage?.persist) {
      note.textContent = NOT_KEPT;
      return;
    }
    const kept = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    note.textContent = kept ? "Votre navigateur s’est engagé à garder votre progression sur cet appareil." : NOT_KEPT;
  } catch {
    note.textContent = NOT_KEPT;
  }
}

export function connectBackup(root: HTMLElement): void {
  const section = root.querySelector<HTMLElement>(".progress-backup")!;
  const status = section.querySelector<HTMLElement>(".backup-status")!;
  const input = section.querySelector<HTMLInputElement>("#backup-file")!;
  const zone = section.querySelector<HTMLElement>(".backup-zone")!;
  const dialog = section.querySelector<HTMLDialogElement>("dialog.import-dialog")!;
  let pending: Progress | undefined;
  section.hidden = false;
  void askToKeep(section.querySelector(".backup-persist")!);

  section.querySelector("[data-action=backup]")!.addEventListener("click", () => {
    const { name, text } = backupFile(progressStore().read());
    download(name, text, "application/json");
    status.textContent = `Fichier «\u00a0${name}\u00a0» enregistré dans vos téléchargements.`;
  });

  const read = async (file: File | undefined) => {
    if (!file) return;
    pending = undefined;
    // Too large to be a backup: refused before its text is read into memory.
    const result = file.size > MAX_BACKUP_BYTES ? readBackup("", file.size) : readBackup(await file.text(), file.size);
    if (!result.ok) {
      status.textContent = `«\u00a0${file.name}\u00a0»\u00a0: ${result.message}`;
      return;
    }
    pending = result.progress;
    const changes = backupChanges(progressStore().read(), result.progress);
    dialog.querySelector(".import-text")!.textContent = describeImport(result.exportedAt, result.progress, changes);
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
      status.textContent = "Import annulé\u00a0: rien n’a été changé.";
      return;
    }
    // Merged into the progress as it is now: what another tab saved meanwhile stays.
    const saved = progressStore().update((current) => mergeProgress(current, incoming));
    status.textContent = saveProblem(saved) ?? "La sauvegarde a rejoint votre parcours.";
  });
}
