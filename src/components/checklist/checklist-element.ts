// <relais-checklist>: keeps a checklist's answers on the device, shows the live
// summary, prints the sheet, exports Markdown, and shares the answers in a link
// (URL fragment) that never replaces answers without asking.
//
// Startup does only what shows: saved answers into the form (touching only the
// controls that differ), then the summary, from one reading of the form. The
// printed sheet, hidden on screen, is built when the browser is idle after
// startup, right after each change the reader makes, and in any case just before
// printing (beforeprint, the print media query, the « Imprimer » button).
//
// What it says is in lib/checklist/checklist-wording.ts; what it saves, in lib/progress/changes.ts.
import { progressStore } from "../../lib/progress/browser";
import { saveChecklistAnswers } from "../../lib/progress/changes";
import {
  OWNER_LABEL,
  answeredCount,
  blankAnswer,
  itemIds,
  knownOwner,
  savedAnswers,
  summarize,
  toMarkdown,
  type Answer,
  type Answers,
  type ChecklistShape,
} from "../../lib/checklist/checklist-answers";
import {
  NOTICE,
  importSummary,
  linkError,
  ownerCount,
  sheetDate,
  sheetLeftOut,
  summaryLine,
} from "../../lib/checklist/checklist-wording";
import { decodeAnswers, encodeAnswers, MAX_LINK_LENGTH } from "../../lib/checklist/checklist-link";
import type { Owner } from "../../schemas/checklist-owners";
import { localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, download } from "../dialogs-and-files";
import { el, part } from "../dom";

class RelaisChecklist extends HTMLElement {
  #id = this.dataset["checklist"]!;
  #shape = JSON.parse(part(this, "script[data-shape]").textContent!) as ChecklistShape;
  #form = part<HTMLFormElement>(this, ".checklist-form");
  #pending: Answers | undefined;
  #saveTimer: number | undefined;

  connectedCallback() {
    part(this, ".checklist-tools").hidden = false;
    this.#fill(this.#saved());
    this.#summarize();
    // The printed sheet, hidden on screen, can wait until the browser is idle.
    idle(() => this.#buildSheet());
    this.#form.addEventListener("change", () => this.#save());
    this.#form.addEventListener("input", (event) => {
      if ((event.target as HTMLElement).matches("input[type=text]")) {
        clearTimeout(this.#saveTimer);
        this.#saveTimer = window.setTimeout(() => this.#save(), 400);
      }
    });
    const on = (action: string, handler: () => void) =>
      part(this, `[data-action="${action}"]`).addEventListener("click", handler);
    on("print", () => {
      this.#buildSheet();
      window.print();
    });
    on("markdown", () => this.#download());
    on("share", () => void this.#share());
    on("reset", () => askInDialog(part<HTMLDialogElement>(this, "dialog.checklist-reset")));
    on("import-accept", () => this.#acceptImport());
    on("import-refuse", () => this.#closeImport(NOTICE.kept));
    part<HTMLDialogElement>(this, "dialog.checklist-reset").addEventListener("close", (event) => {
      if ((event.target as HTMLDialogElement).returnValue !== "reset") return;
      this.#fill({});
      this.#save();
      this.#notice(NOTICE.cleared);
    });
    window.addEventListener("beforeprint", () => this.#buildSheet());
    matchMedia("print").addEventListener("change", (event) => {
      if (event.matches) this.#buildSheet();
    });
    if (location.hash.length > 1) void this.#openLink(location.hash.slice(1));
  }

  #saved(): Answers {
    return savedAnswers(this.#shape, progressStore().read().checklists?.[this.#id]);
  }

  /** The items never change once rendered: looked up once. */
  #items = [...this.#form.querySelectorAll<HTMLFieldSetElement>("fieldset.checklist-item")];

  #read(): Answers {
    const answers: Answers = {};
    const data = new FormData(this.#form);
    for (const fieldset of this.#items) {
      const id = fieldset.dataset["item"]!;
      const included = data.get(`${id}--in`);
      answers[id] = {
        included: included === null ? null : included === "oui",
        owner: knownOwner(String(data.get(`${id}--owner`) ?? "")),
        note: String(data.get(`${id}--note`) ?? ""),
      };
    }
    return answers;
  }

  /** Puts answers into the form, leaving alone the controls already right: at startup they
   * nearly all are, and a select given its own value still reselects its option. */
  #fill(answers: Answers) {
    for (const fieldset of this.#items) {
      const id = fieldset.dataset["item"]!;
      const answer: Answer = answers[id] ?? blankAnswer();
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>("input[type=radio]")) {
        const checked = answer.included !== null && (radio.value === "oui") === answer.included;
        if (radio.checked !== checked) radio.checked = checked;
      }
      const select = part<HTMLSelectElement>(fieldset, "select");
      const suggested = [...select.options].find((o) => o.defaultSelected)?.value ?? "";
      const owner = answer.owner ?? (answers[id] ? "" : suggested);
      if (select.value !== owner) select.value = owner;
      const note = part<HTMLInputElement>(fieldset, "input[type=text]");
      if (note.value !== answer.note) note.value = answer.note;
    }
  }

  #save() {
    clearTimeout(this.#saveTimer);
    const answers = this.#read();
    const status = progressStore().update((p) => saveChecklistAnswers(p, this.#id, answers));
    const problem = saveProblem(status);
    if (problem) this.#notice(problem);
    this.#summarize(answers);
    // A change made by the reader: the sheet follows at once (a fraction of a millisecond),
    // so whatever prints it — even a print emulation that fires no beforeprint — is current.
    this.#buildSheet();
  }

  /** The live summary. */
  #summarize(answers = this.#read()) {
    const summary = summarize(this.#shape, answers);
    part(this, ".checklist-summary").textContent = summaryLine(summary);
    const list = part(this, "ul.owner-counts");
    list.replaceChildren(
      ...Object.entries(summary.byOwner)
        .filter(([, n]) => n > 0)
        .map(([owner, n]) => el("li", ownerCount(owner as Owner, n))),
    );
  }

  #notice(text: string) {
    part(this, ".checklist-notice").textContent = text;
  }

  #download() {
    const date = localFrenchDate(new Date());
    download(
      `${this.#id}-${new Date().toISOString().slice(0, 10)}.md`,
      toMarkdown(this.#shape, this.#read(), date),
      "text/markdown;charset=utf-8",
    );
    this.#notice(NOTICE.downloaded);
  }

  async #share() {
    const fragment = await encodeAnswers(this.#read());
    if (fragment.length > MAX_LINK_LENGTH) {
      this.#notice(NOTICE.tooLong);
      return;
    }
    const url = `${location.origin}${location.pathname}#${fragment}`;
    const output = part(this, ".share-output");
    output.hidden = false;
    const field = part<HTMLInputElement>(output, "input");
    field.value = url;
    field.select();
    try {
      await navigator.clipboard.writeText(url);
      this.#notice(NOTICE.copied);
    } catch {
      this.#notice(NOTICE.ready);
    }
  }

  async #openLink(fragment: string) {
    const result = await decodeAnswers(fragment, itemIds(this.#shape));
    if (!result.ok) {
      const error = part(this, ".checklist-error");
      error.textContent = linkError(result.error);
      error.hidden = false;
      return;
    }
    this.#pending = result.answers;
    part(this, ".import-text").textContent = importSummary(
      this.#shape.title,
      summarize(this.#shape, result.answers),
      answeredCount(this.#read()),
    );
    const panel = part(this, ".checklist-import");
    panel.hidden = false;
    part(panel, "button").focus();
  }

  #acceptImport() {
    if (!this.#pending) return;
    this.#fill(this.#pending);
    this.#save();
    this.#closeImport(NOTICE.replaced);
  }

  #closeImport(message: string) {
    this.#pending = undefined;
    part(this, ".checklist-import").hidden = true;
    history.replaceState(null, "", location.pathname + location.search);
    this.#notice(message);
  }

  /** The printed sheet: retained items per section with owner and note, then the rest in one line. */
  #buildSheet() {
    const answers = this.#read();
    const sheet = part(this, ".print-sheet");
    const parts: HTMLElement[] = [el("h1", this.#shape.title), el("p", sheetDate(localFrenchDate(new Date())))];
    for (const section of this.#shape.sections) {
      const kept = section.items.filter((i) => answers[i.id]?.included === true);
      const out = section.items.filter((i) => answers[i.id]?.included !== true);
      parts.push(el("h2", section.title));
      if (kept.length > 0) {
        const table = el("table");
        for (const item of kept) {
          const a = answers[item.id]!;
          const owner = a.owner ?? item.owner;
          const row = el("tr");
          row.append(el("td", item.label), el("td", owner ? OWNER_LABEL[owner] : "—"), el("td", a.note));
          table.append(row);
        }
        parts.push(table);
      }
      if (out.length > 0) parts.push(el("p", sheetLeftOut(out.map((i) => i.label)), "sheet-out"));
    }
    sheet.replaceChildren(...parts);
  }
}

/** Runs `task` when the browser has nothing more urgent to do (within a second), or soon where
 * requestIdleCallback is missing (Safari). */
function idle(task: () => void): number {
  return typeof window.requestIdleCallback === "function"
    ? window.requestIdleCallback(task, { timeout: 1000 })
    : window.setTimeout(task, 50);
}

customElements.define("relais-checklist", RelaisChecklist);
