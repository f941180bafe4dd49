// <relais-checklist>: keeps a checklist's answers on the device, shows the live
// summary, prints the sheet, exports Markdown, and shares the answers in a link
// (URL fragment) that never replaces answers without asking.
//
// Startup does only what shows: saved answers into the form (touching only the
// controls that differ), then the summary, from one reading of the form. The
// printed sheet, hidden on screen, is built when the browser is idle after
// startup, right after each change the reader makes, and in any case just before
// printing (beforeprint, the print media query, the « Imprimer » button).
import { progressStore } from "../../lib/progress/browser";
import {
  OWNER_LABEL,
  blankAnswer,
  summarize,
  toMarkdown,
  type Answer,
  type Answers,
  type ChecklistShape,
} from "../../lib/checklist-answers";
import { decodeAnswers, encodeAnswers, MAX_LINK_LENGTH } from "../../lib/checklist-link";
import { OWNERS, type Owner } from "../../schemas/checklist-owners";
import { localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, download, el } from "../dom";

class RelaisChecklist extends HTMLElement {
  #id = this.dataset["checklist"]!;
  #shape = JSON.parse(this.querySelector("script[data-shape]")!.textContent!) as ChecklistShape;
  #form = this.querySelector<HTMLFormElement>(".checklist-form")!;
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
  #pending: Answers | undefined;
  #saveTimer: number | undefined;

  connectedCallback() {
    this.#part(".checklist-tools").hidden = false;
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
      this.#part(`[data-action="${action}"]`).addEventListener("click", handler);
    on("print", () => {
      this.#buildSheet();
      window.print();
    });
    on("markdown", () => this.#download());
    on("share", () => void this.#share());
    on("reset", () => askInDialog(this.#part<HTMLDialogElement>("dialog.checklist-reset")));
    on("import-accept", () => this.#acceptImport());
    on("import-refuse", () => this.#closeImport("Vos réponses sont conservées\u00a0; la fiche du lien a été ignorée."));
    this.#part<HTMLDialogElement>("dialog.checklist-reset").addEventListener("close", (event) => {
      if ((event.target as HTMLDialogElement).returnValue !== "reset") return;
      this.#fill({});
      this.#save();
      this.#notice("Toutes les réponses de cette fiche ont été effacées.");
    });
    window.addEventListener("beforeprint", () => this.#buildSheet());
    matchMedia("print").addEventListener("change", (event) => {
      if (event.matches) this.#buildSheet();
    });
    if (location.hash.length > 1) void this.#openLink(location.hash.slice(1));
  }

  /** Saved answers, keeping only items of this checklist with a known owner. */
  #saved(): Answers {
    const saved = progressStore().read().checklists?.[this.#id] ?? {};
    const known = new Set(this.#shape.sections.flatMap((s) => s.items.map((i) => i.id)));
    const answers: Answers = {};
    for (const [id, answer] of Object.entries(saved)) {
      if (!known.has(id)) continue;
      const owner = (OWNERS as readonly string[]).includes(answer.owner ?? "") ? (answer.owner as Owner) : null;
      answers[id] = { ...answer, owner };
    }
    return answers;
  }

  /** The items never change once rendered: looked up once. */
  #items = [...this.#form.querySelectorAll<HTMLFieldSetElement>("fieldset.checklist-item")];

  #read(): Answers {
    const answers: Answers = {};
    const data = new FormData(this.#form);
    for (const fieldset of this.#items) {
      const id = fieldset.dataset["item"]!;
      const included = data.get(`${id}--in`);
      const owner = String(data.get(`${id}--owner`) ?? "");
      answers[id] = {
        included: included === null ? null : included === "oui",
        owner: (OWNERS as readonly string[]).includes(owner) ? (owner as Owner) : null,
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
      const select = fieldset.querySelector("select")!;
      const suggested = [...select.options].find((o) => o.defaultSelected)?.value ?? "";
      const owner = answer.owner ?? (answers[id] ? "" : suggested);
      if (select.value !== owner) select.value = owner;
      const note = fieldset.querySelector<HTMLInputElement>("input[type=text]")!;
      if (note.value !== answer.note) note.value = answer.note;
    }
  }

  #save() {
    clearTimeout(this.#saveTimer);
    const answers = this.#read();
    const status = progressStore().update((p) => ({ ...p, checklists: { ...p.checklists, [this.#id]: answers } }));
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
    this.#part(".checklist-summary").textContent =
      `${summary.included} élément${summary.included > 1 ? "s" : ""} retenu${summary.included > 1 ? "s" : ""} sur ${summary.total}, ` +
      `${summary.total - summary.decided} encore à décider.`;
    const list = this.#part("ul.owner-counts");
    list.replaceChildren(
      ...Object.entries(summary.byOwner)
        .filter(([, n]) => n > 0)
        .map(([owner, n]) => el("li", `${OWNER_LABEL[owner as Owner]}\u00a0: ${n}`)),
    );
  }

  #notice(text: string) {
    this.#part(".checklist-notice").textContent = text;
  }

  #download() {
    const date = localFrenchDate(new Date());
    download(
      `${this.#id}-${new Date().toISOString().slice(0, 10)}.md`,
      toMarkdown(this.#shape, this.#read(), date),
      "text/markdown;charset=utf-8",
    );
    this.#notice("Le fichier Markdown a été téléchargé.");
  }

  async #share() {
    const fragment = await encodeAnswers(this.#read());
    if (fragment.length > MAX_LINK_LENGTH) {
      this.#notice("Vos notes sont trop longues pour tenir dans un lien\u00a0: exportez plutôt le fichier Markdown.");
      return;
    }
    const url = `${location.origin}${location.pathname}#${fragment}`;
    const output = this.#part(".share-output");
    output.hidden = false;
    const field = output.querySelector("input")!;
    field.value = url;
    field.select();
    try {
      await navigator.clipboard.writeText(url);
      this.#notice("Lien copié. Il contient vos réponses\u00a0: ne le partagez qu’avec les bonnes personnes.");
    } catch {
      this.#notice("Lien prêt\u00a0: copiez-le depuis le champ ci-dessus.");
    }
  }

  async #openLink(fragment: string) {
    const known = new Set(this.#shape.sections.flatMap((s) => s.items.map((i) => i.id)));
    const result = await decodeAnswers(fragment, known);
    if (!result.ok) {
      const error = this.#part(".checklist-error");
      error.textContent = `${result.error} Vos réponses actuelles n’ont pas été modifiées.`;
      error.hidden = false;
      return;
    }
    this.#pending = result.answers;
    const incoming = summarize(this.#shape, result.answers);
    const mine = Object.values(this.#read()).filter((a) => a.included !== null || a.note.trim()).length;
    this.#part(".import-text").textContent =
      `Ce lien contient une fiche «\u00a0${this.#shape.title}\u00a0»\u00a0: ${incoming.included} élément${incoming.included > 1 ? "s" : ""} retenu${incoming.included > 1 ? "s" : ""}, ${incoming.decided} décidé${incoming.decided > 1 ? "s" : ""} sur ${incoming.total}. ` +
      (mine > 0
        ? `L’ouvrir remplacera vos ${mine} réponses actuelles.`
        : "Vous n’avez encore aucune réponse sur cet appareil.");
    const panel = this.#part(".checklist-import");
    panel.hidden = false;
    panel.querySelector<HTMLButtonElement>("button")!.focus();
  }

  #acceptImport() {
    if (!this.#pending) return;
    this.#fill(this.#pending);
    this.#save();
    this.#closeImport("La fiche du lien a remplacé vos réponses.");
  }

  #closeImport(message: string) {
    this.#pending = undefined;
    this.#part(".checklist-import").hidden = true;
    history.replaceState(null, "", location.pathname + location.search);
    this.#notice(message);
  }

  /** The printed sheet: retained items per section with owner and note, then the rest in one line. */
  #buildSheet() {
    const answers = this.#read();
    const sheet = this.#part(".print-sheet");
    const parts: HTMLElement[] = [
      el("h1", this.#shape.title),
      el("p", `Fiche établie le ${localFrenchDate(new Date())}.`),
    ];
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
      if (out.length > 0)
        parts.push(el("p", `Non retenu ou à décider\u00a0: ${out.map((i) => i.label).join(" ; ")}.`, "sheet-out"));
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
