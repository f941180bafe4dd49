// <relais-checklist>: keeps a checklist's answers on the device, shows the summary and the
// progress (in a bar that stays in view, with the actions), prints the sheet, exports
// Markdown, and shares the answers in a link (URL fragment) that never replaces answers
// without asking, whether it opens the page or arrives while the page is open (hashchange).
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
  answeredCount,
  blankAnswer,
  itemIds,
  knownOwner,
  savedAnswers,
  summarize,
  type Answer,
  type Answers,
  type ChecklistShape,
} from "../../lib/checklist/checklist-answers";
import { sheetOf, toMarkdown } from "../../lib/checklist/checklist-sheet";
import {
  DECISION,
  NOTICE,
  SHEET_ITEM_HEADING,
  importChoice,
  importSummary,
  linkError,
  ownerCount,
  progressLine,
  sheetDate,
  summaryLine,
} from "../../lib/checklist/checklist-wording";
import { decodeAnswers, encodeAnswers, MAX_LINK_LENGTH } from "../../lib/checklist/checklist-link";
import type { Owner } from "../../schemas/checklist-owners";
import { localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, download, keepFocus } from "../dialogs-and-files";
import { el, part } from "../dom";

class RelaisChecklist extends HTMLElement {
  #id = this.dataset["checklist"]!;
  #shape = JSON.parse(part(this, "script[data-shape]").textContent!) as ChecklistShape;
  #form = part<HTMLFormElement>(this, ".checklist-form");
  #pending: { answers: Answers; accepted: string; refused: string } | undefined;
  #bar = part(this, ".checklist-bar");
  #saveTimer: number | undefined;

  connectedCallback() {
    part(this, ".checklist-overview").hidden = false;
    this.#bar.hidden = false;
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
    on("import-refuse", () => this.#closeImport(this.#pending?.refused ?? ""));
    // On a narrow screen the bar shows the progress alone until « Actions » unfolds the rest.
    const toggle = part(this.#bar, ".bar-toggle");
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      this.#bar.classList.toggle("open", open);
    });
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
    // A share link opened while the page is already open changes only the fragment.
    window.addEventListener("hashchange", () => this.#fromAddress());
    this.#fromAddress();
  }

  /** The share link in the address, if any: a fragment naming an element of the page is an anchor. */
  #fromAddress() {
    const fragment = location.hash.slice(1);
    if (fragment && !document.getElementById(fragment)) void this.#openLink(fragment);
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
    // A link made before this change no longer holds the answers, and the last notice is old news.
    part(this, ".share-output").hidden = true;
    this.#notice("");
    const answers = this.#read();
    const status = progressStore().update((p) => saveChecklistAnswers(p, this.#id, answers));
    const problem = saveProblem(status);
    if (problem) this.#notice(problem);
    this.#summarize(answers);
    // A change made by the reader: the sheet follows at once (a fraction of a millisecond),
    // so whatever prints it — even a print emulation that fires no beforeprint — is current.
    this.#buildSheet();
  }

  /** The summary after the list and the progress in the bar, which is only rewritten (and so
   * only announced) when the count of decided items changes, not while a note is typed. */
  #summarize(answers = this.#read()) {
    const summary = summarize(this.#shape, answers);
    part(this, ".checklist-summary").textContent = summaryLine(summary);
    const progress = part(this.#bar, ".progress-text");
    const line = progressLine(summary.decided, summary.total);
    if (progress.textContent !== line) progress.textContent = line;
    part<HTMLProgressElement>(this.#bar, "progress").value = summary.decided;
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
    const error = part(this, ".checklist-error");
    const panel = part(this, ".checklist-import");
    // A second link replaces what the first one showed.
    panel.hidden = !result.ok;
    error.hidden = result.ok;
    if (!result.ok) {
      this.#pending = undefined;
      error.textContent = linkError(result.error);
      return;
    }
    const mine = answeredCount(this.#read());
    const choice = importChoice(mine);
    this.#pending = { answers: result.answers, ...choice };
    part(this, ".import-text").textContent = importSummary(
      this.#shape.title,
      summarize(this.#shape, result.answers),
      mine,
    );
    part(panel, '[data-action="import-refuse"]').textContent = choice.refuse;
    const accept = part(panel, '[data-action="import-accept"]');
    accept.textContent = choice.accept;
    accept.focus();
  }

  #acceptImport() {
    if (!this.#pending) return;
    const { answers, accepted } = this.#pending;
    this.#fill(answers);
    this.#save();
    this.#closeImport(accepted);
  }

  #closeImport(message: string) {
    this.#pending = undefined;
    const panel = part(this, ".checklist-import");
    panel.hidden = true;
    history.replaceState(null, "", location.pathname + location.search);
    this.#notice(message);
    // The button pressed has just been hidden: focus goes to what happened, not the page's start.
    keepFocus(panel, part(this, ".checklist-notice"));
  }

  /** The printed sheet: one table, its column headings repeated on each page, a row per item. */
  #buildSheet() {
    const { title, labels } = this.#shape;
    const head = el("tr");
    for (const heading of [SHEET_ITEM_HEADING, labels.included, labels.owner, labels.note]) {
      head.append(Object.assign(el("th", heading), { scope: "col" }));
    }
    const table = el("table");
    table.createTHead().append(head);
    for (const section of sheetOf(this.#shape, this.#read())) {
      const body = el("tbody");
      const heading = el("tr", "", "sheet-section");
      heading.append(Object.assign(el("th", section.title), { scope: "rowgroup", colSpan: 4 }));
      body.append(heading);
      for (const row of section.rows) {
        const tr = el("tr", "", `sheet-${row.decision}`);
        tr.append(el("td", row.label), el("td", DECISION[row.decision]), el("td", row.owner), el("td", row.note));
        body.append(tr);
      }
      table.append(body);
    }
    part(this, ".print-sheet").replaceChildren(el("h1", title), el("p", sheetDate(localFrenchDate(new Date()))), table);
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
