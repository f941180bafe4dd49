// <relais-progress>: fills "Mon parcours" from the progress store, follows changes
// made in other tabs, and erases everything after a confirmation.
import { progressStore } from "../../lib/progress/browser";
import { emptyProgress, type Progress } from "../../lib/progress/schema";
import { localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, el } from "../dom";
import { connectSetAside } from "./progress-set-aside";
import { connectBackup } from "./progress-backup";
import { endingRecords, endingsFound, quizRecords, simulationPlays } from "../../lib/progress/records";
import type { SimulationResult } from "../../lib/progress/schema";
import { points } from "../../lib/simulation-wording";
import { reachesPassMark } from "../../lib/simulation-graph";

/** "meilleur score 12 sur 18 points (réussie) ; fins trouvées : « A », « B » (2 sur 3) ; 4 parties" */
function simulationSummary(result: SimulationResult, endings: number, passScore: number): string {
  const best = endingRecords(result).at(-1)!;
  const found = endingsFound(result);
  const plays = simulationPlays(result).length;
  const state = reachesPassMark(best.score, result.best, passScore) ? "réussie" : "à retravailler";
  return (
    `meilleur score ${best.score} sur ${points(result.best)} (${state})\u00a0; ` +
    `fin${found.length > 1 ? "s" : ""} trouvée${found.length > 1 ? "s" : ""}\u00a0: ${found.map((f) => `«\u00a0${f.endingTitle}\u00a0»`).join(", ")} (${found.length} sur ${endings})\u00a0; ` +
    `${plays} partie${plays > 1 ? "s" : ""}`
  );
}

class RelaisProgress extends HTMLElement {
  #notice = this.querySelector<HTMLElement>(".progress-notice")!;

  connectedCallback() {
    this.querySelector<HTMLElement>(".progress-nojs")!.hidden = true;
    const reset = this.querySelector<HTMLElement>(".progress-reset")!;
    reset.hidden = false;
    const dialog = reset.querySelector("dialog")!;
    reset.querySelector("[data-action=ask-reset]")!.addEventListener("click", () => askInDialog(dialog));
    dialog.addEventListener("close", () => {
      if (dialog.returnValue !== "reset") return;
      // Accepted assignments and the learner's name are not progress: they stay.
      // What was set aside stays too, until the learner deletes it there.
      const status = progressStore().update(
        ({ assignments, unreadAssignments, unread, learnerName, unreadLearnerName }) => ({
          ...emptyProgress(),
          ...(assignments ? { assignments } : {}),
          ...(unreadAssignments ? { unreadAssignments } : {}),
          ...(unread ? { unread } : {}),
          ...(learnerName ? { learnerName } : {}),
          ...(unreadLearnerName !== undefined ? { unreadLearnerName } : {}),
        }),
      );
      this.#notice.textContent = saveProblem(status) ?? "Votre progression a été effacée de cet appareil.";
    });
    const store = progressStore();
    if (store.recoveredKey) {
      this.#notice.textContent =
        "Votre progression enregistrée sur cet appareil ne pouvait pas être lue du tout. Elle a été mise de côté entière (voir «\u00a0Données mises de côté\u00a0») et votre parcours repart de zéro.";
    } else if (store.keptInPlace) {
      this.#notice.textContent =
        "Votre progression enregistrée sur cet appareil ne se lit pas, et l’appareil n’a plus de place pour la mettre de côté\u00a0: elle est laissée telle quelle, et rien de nouveau ne sera enregistré par-dessus. Libérez de la place dans le navigateur, puis rechargez la page.";
    } else if (!store.lastSave.saved) {
      this.#notice.textContent = saveProblem(store.lastSave);
    }
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
      this.#cell(row, "read", lesson ? `Lue le ${localFrenchDate(lesson.readAt)}` : "Pas encore lue", !!lesson);
      this.#cell(
        row,
        "quiz",
        quiz ? `${everPassed ? "Réussi" : "À refaire"} (${records.at(-1)!.percent}\u00a0%)` : "Pas encore fait",
        everPassed,
      );
    }
    for (const item of this.querySelectorAll<HTMLElement>("[data-simulation]")) {
      const result = progress.simulations[item.dataset["simulation"]!];
      this.#cell(
        item,
        "simulation",
        result
          ? simulationSummary(result, Number(item.dataset["endings"]), Number(item.dataset["pass"]))
          : "pas encore jouée",
        !!result,
      );
      const history = item.querySelector<HTMLDetailsElement>(".sim-history")!;
      history.hidden = !result;
      history
        .querySelector("ol")!
        .replaceChildren(
          ...(result ? simulationPlays(result) : []).map((play) =>
            el("li", `${localFrenchDate(play.at)}\u00a0: fin «\u00a0${play.endingTitle}\u00a0», ${points(play.score)}`),
          ),
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
      summary.textContent = `${r} leçon${r > 1 ? "s" : ""} lue${r > 1 ? "s" : ""} sur ${total}, ${p} quiz réussi${p > 1 ? "s" : ""}.`;
    }
    // At a glance, per module: bars for lessons read and quizzes passed, and the figures in words.
    const overview = this.querySelector<HTMLElement>(".progress-overview")!;
    overview.hidden = false;
    for (const item of overview.querySelectorAll<HTMLElement>("[data-overview]")) {
      const { total, read: r, passed: p } = counts(item.dataset["overview"]!);
      item.querySelector<HTMLProgressElement>("[data-bar=read]")!.value = r;
      item.querySelector<HTMLProgressElement>("[data-bar=passed]")!.value = p;
      item.querySelector<HTMLElement>("[data-bar-text]")!.textContent =
        `${r} sur ${total} lue${r > 1 ? "s" : ""}, ${p} quiz réussi${p > 1 ? "s" : ""}`;
    }
    const total = this.querySelector<HTMLElement>(".progress-total")!;
    total.hidden = false;
    total.textContent = `En tout\u00a0: ${read} leçon${read > 1 ? "s" : ""} lue${read > 1 ? "s" : ""} et ${passed} quiz réussi${passed > 1 ? "s" : ""} sur ${rows.length}.`;
  }

  #cell(root: Element, name: string, text: string, done: boolean) {
    const cell = root.querySelector<HTMLElement>(`[data-cell="${name}"]`)!;
    cell.textContent = text;
    cell.dataset["state"] = done ? "done" : "todo";
  }
}

customElements.define("relais-progress", RelaisProgress);
