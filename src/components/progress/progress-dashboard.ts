// <relais-progress>: fills "Mon parcours" from the progress store, follows changes
// made in other tabs, and erases everything after a confirmation (markup: ProgressDashboard.astro).
import { progressStore } from "../../lib/progress/browser";
import { resetProgress } from "../../lib/progress/parcours-changes";
import type { Progress } from "../../lib/progress/schema";
import { saveProblem } from "../../lib/progress/save-wording";
import { quizRecords, simulationPlays } from "../../lib/progress/records";
import * as say from "../../lib/progress/dashboard-wording";
import { askInDialog } from "../dialogs-and-files";
import { el, part } from "../dom";
import { connectSetAside } from "./progress-set-aside";
import { connectBackup } from "./progress-backup";

class RelaisProgress extends HTMLElement {
  #notice = part(this, ".progress-notice");

  connectedCallback() {
    part(this, ".progress-nojs").hidden = true;
    const reset = part(this, ".progress-reset");
    reset.hidden = false;
    const dialog = part<HTMLDialogElement>(reset, "dialog");
    part(reset, "[data-action=ask-reset]").addEventListener("click", () => askInDialog(dialog));
    dialog.addEventListener("close", () => {
      if (dialog.returnValue !== "reset") return;
      // What stays (assignments, the name, what was set aside): see resetProgress.
      const status = progressStore().update(resetProgress);
      this.#notice.textContent = saveProblem(status) ?? say.PROGRESS_RESET;
    });
    const store = progressStore();
    if (store.recoveredKey) this.#notice.textContent = say.RECOVERED_WHOLE;
    else if (store.keptInPlace) this.#notice.textContent = say.KEPT_IN_PLACE;
    else if (!store.lastSave.saved) this.#notice.textContent = saveProblem(store.lastSave);
    const renderSetAside = connectSetAside(this);
    connectBackup(this);
    this.#render(store.read());
    renderSetAside(store.read());
    store.subscribe((progress) => {
      this.#render(progress);
      renderSetAside(progress);
    });
  }

  #render(progress: Progress) {
    let read = 0;
    let passed = 0;
    const rows = [...this.querySelectorAll<HTMLTableRowElement>("tr[data-lesson]")];
    for (const row of rows) {
      const id = row.dataset["lesson"]!;
      const lesson = progress.lessons[id];
      const quiz = progress.quizzes[id];
      // The best attempt, as assignments count it: replaying a passed quiz worse does not undo it.
      const records = quiz ? quizRecords(quiz) : [];
      const everPassed = records.some((record) => record.passed);
      if (lesson) read++;
      if (everPassed) passed++;
      this.#cell(row, "read", say.readCell(lesson?.readAt), !!lesson);
      this.#cell(
        row,
        "quiz",
        say.quizCell(quiz && { percent: records.at(-1)!.percent, passed: everPassed }),
        everPassed,
      );
    }
    for (const item of this.querySelectorAll<HTMLElement>("[data-simulation]")) {
      const result = progress.simulations[item.dataset["simulation"]!];
      this.#cell(
        item,
        "simulation",
        say.simulationCell(result, Number(item.dataset["endings"]), Number(item.dataset["pass"])),
        !!result,
      );
      const history = part<HTMLDetailsElement>(item, ".sim-history");
      history.hidden = !result;
      part(history, "ol").replaceChildren(
        ...(result ? simulationPlays(result) : []).map((play) => el("li", say.playLine(play))),
      );
    }
    /** Lessons of a module read, and quizzes passed, on this device. */
    const counts = (module: string) => {
      const mine = rows.filter((row) => row.dataset["module"] === module);
      const read = mine.filter((row) => progress.lessons[row.dataset["lesson"]!]).length;
      const passed = mine.filter((row) => {
        const quiz = progress.quizzes[row.dataset["lesson"]!];
        return quiz && quizRecords(quiz).some((record) => record.passed);
      }).length;
      return { total: mine.length, read, passed };
    };
    for (const summary of this.querySelectorAll<HTMLElement>(".progress-summary")) {
      const { total, read: r, passed: p } = counts(summary.dataset["module"]!);
      summary.textContent = say.moduleSummary(r, total, p);
    }
    // At a glance, per module: bars for lessons read and quizzes passed, and the figures in words.
    const overview = part(this, ".progress-overview");
    overview.hidden = false;
    for (const item of overview.querySelectorAll<HTMLElement>("[data-overview]")) {
      const { total, read: r, passed: p } = counts(item.dataset["overview"]!);
      part<HTMLProgressElement>(item, "[data-bar=read]").value = r;
      part<HTMLProgressElement>(item, "[data-bar=passed]").value = p;
      part(item, "[data-bar-text]").textContent = say.overviewLine(r, total, p);
    }
    const total = part(this, ".progress-total");
    total.hidden = false;
    total.textContent = say.totalLine(read, passed, rows.length);
  }

  #cell(root: Element, name: string, text: string, done: boolean) {
    const cell = part(root, `[data-cell="${name}"]`);
    cell.textContent = text;
    cell.dataset["state"] = done ? "done" : "todo";
  }
}

customElements.define("relais-progress", RelaisProgress);
