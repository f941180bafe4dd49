// <relais-cohort>: imports learners' reports into the table of one assignment,
// never overwriting a row without asking; sorts; exports CSV; clears.
import { decodeAssignment, sameAssignment, type Assignment } from "../lib/assignments/assignment";
import { pageCatalogue } from "../lib/assignments/page-catalogue";
import { itemTitle } from "../lib/assignments/catalogue";
import { parseReport, MAX_REPORT_BYTES, type Report } from "../lib/assignments/report";
import {
  cellLabel,
  cohortCsv,
  cohortRows,
  sortRows,
  triageReports,
  type CohortReports,
  type SortKey,
} from "../lib/assignments/cohort";
import { daysLeft, dueLabel, localDay } from "../lib/assignments/status";
import { trainerStore } from "../lib/assignments/trainer-browser";
import { frenchDate } from "../lib/labels";
import { saveProblem } from "./save-status";
import { download, el } from "./dom";
import { slugify } from "../lib/slugify";

const dayLabel = (day: string) => frenchDate(new Date(`${day}T00:00:00Z`));

class CohortTable extends HTMLElement {
  #catalogue = pageCatalogue();
  #select = this.querySelector<HTMLSelectElement>("#c-assignment")!;
  #sort: { key: SortKey; direction: "ascending" | "descending" } = { key: "name", direction: "ascending" };
  #pending: Report[] = [];
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    this.#part(".nojs").hidden = true;
    const wanted = new URLSearchParams(location.search).get("affectation");
    this.#fillSelect(wanted);
    this.#select.addEventListener("change", () => {
      const url = new URL(location.href);
      url.searchParams.set("affectation", this.#select.value);
      history.replaceState(null, "", url);
      this.#pending = [];
      this.#part(".replace-panel").hidden = true;
      this.#messages([]);
      this.#render();
    });
    const input = this.#part<HTMLInputElement>("#c-files");
    input.addEventListener("change", () => {
      void this.#import([...(input.files ?? [])]);
      input.value = "";
    });
    const zone = this.#part(".dropzone");
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      void this.#import([...(event.dataTransfer?.files ?? [])]);
    });
    this.#part("[data-action=replace]").addEventListener("click", () => this.#settle(true));
    this.#part("[data-action=keep]").addEventListener("click", () => this.#settle(false));
    this.#part("[data-action=csv]").addEventListener("click", () => this.#csv());
    const dialog = this.#part<HTMLDialogElement>("dialog.clear-dialog");
    this.#part("[data-action=ask-clear]").addEventListener("click", () => {
      this.#part(".clear-text").textContent =
        `Les ${this.#rowsCount()} rapports importés pour «\u00a0${this.#assignment()?.cohort}\u00a0» seront effacés de cet appareil. L’affectation elle-même reste\u00a0; vous pourrez réimporter les fichiers.`;
      dialog.showModal();
    });
    dialog.addEventListener("close", () => {
      if (dialog.returnValue === "clear") this.#clear();
    });
    const adopt = this.#part("details.adopt");
    adopt.hidden = false;
    adopt.querySelector("form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#adopt(this.#part<HTMLInputElement>("#c-adopt").value.trim());
    });
    trainerStore().subscribe(() => {
      this.#fillSelect(this.#select.value);
      this.#render();
    });
    this.#render();
  }

  #assignments = () =>
    Object.values(trainerStore().read().assignments).sort((a, b) => b.created.localeCompare(a.created));
  #assignment = (): Assignment | undefined => trainerStore().read().assignments[this.#select.value];
  #reports = (): CohortReports => {
    const cohorts = trainerStore().read().cohorts;
    return Object.hasOwn(cohorts, this.#select.value) ? cohorts[this.#select.value]! : {};
  };
  #rowsCount = () => Object.keys(this.#reports()).length;

  #fillSelect(wanted: string | null) {
    const assignments = this.#assignments();
    this.#part(".cohort-empty").hidden = assignments.length > 0;
    this.#part(".cohort-ui").hidden = assignments.length === 0;
    this.#select.replaceChildren(
      ...assignments.map((a) =>
        Object.assign(el("option", `${a.cohort} — échéance le ${dayLabel(a.due)}`), { value: a.id }),
      ),
    );
    if (wanted && assignments.some((a) => a.id === wanted)) this.#select.value = wanted;
  }

  /** Adds an assignment made on another device, from its link, so its reports can be imported here. */
  async #adopt(link: string) {
    const status = this.#part(".adopt-status");
    const fragment = link.includes("#") ? link.slice(link.indexOf("#") + 1) : "";
    const result = fragment
      ? await decodeAssignment(fragment, new Set(this.#catalogue.keys()))
      : {
          ok: false as const,
          error: "Ce n’est pas un lien d’affectation Relais (il lui manque la partie après «\u00a0#\u00a0»).",
        };
    if (!result.ok) {
      status.textContent = `${result.error} Rien n’a été ajouté.`;
      return;
    }
    const { assignment } = result;
    const known = trainerStore().read().assignments;
    const existing = Object.hasOwn(known, assignment.id) ? known[assignment.id] : undefined;
    if (existing && !sameAssignment(existing, assignment)) {
      status.textContent =
        "Une autre version de cette affectation est déjà sur cet appareil\u00a0: rien n’a été remplacé.";
      return;
    }
    const saved = existing
      ? undefined
      : trainerStore().update((t) => ({ ...t, assignments: { ...t.assignments, [assignment.id]: assignment } }));
    this.#fillSelect(assignment.id);
    this.#render();
    status.textContent =
      (saved && saveProblem(saved)) ??
      (existing
        ? `L’affectation «\u00a0${assignment.cohort}\u00a0» est déjà sur cet appareil\u00a0: elle est sélectionnée.`
        : `L’affectation «\u00a0${assignment.cohort}\u00a0» est ajoutée\u00a0: vous pouvez importer ses rapports.`);
  }

  async #import(files: File[]) {
    const assignment = this.#assignment();
    if (!assignment || files.length === 0) return;
    const problems: string[] = [];
    const parsed: { fileName: string; report: Report }[] = [];
    for (const file of files) {
      // Too big: refused before reading a byte of it.
      const text = file.size > MAX_REPORT_BYTES ? "" : await file.text();
      const result = parseReport(file.name, text, file.size, assignment);
      if (result.ok) parsed.push({ fileName: file.name, report: result.report });
      else problems.push(result.error);
    }
    const triage = triageReports(this.#reports(), parsed);
    problems.push(...triage.refused);
    const status = this.#save((reports) => {
      for (const report of triage.added) reports[report.learner.key] = report;
    });
    const lines = [
      `${triage.added.length} rapport${triage.added.length > 1 ? "s" : ""} ajouté${triage.added.length > 1 ? "s" : ""} sur ${files.length} fichier${files.length > 1 ? "s" : ""}.`,
      ...problems,
    ];
    const problem = saveProblem(status);
    if (problem) lines.push(problem.replace("votre progression", "ce tableau"));
    this.#messages(lines);
    this.#pending = triage.replacing.map((r) => r.incoming);
    const panel = this.#part(".replace-panel");
    panel.hidden = this.#pending.length === 0;
    if (this.#pending.length > 0) {
      this.#part(".replace-text").textContent =
        `${this.#pending.length === 1 ? "Un apprenant a" : `${this.#pending.length} apprenants ont`} déjà une ligne dans le tableau, avec un autre rapport. Remplacer leur ligne par le nouveau rapport\u00a0?`;
      this.#part(".replace-list").replaceChildren(
        ...triage.replacing.map(({ current, incoming }) =>
          el(
            "li",
            `${incoming.learner.name}\u00a0: rapport du ${frenchDate(new Date(current.exportedAt))} dans le tableau, nouveau rapport du ${frenchDate(new Date(incoming.exportedAt))}${incoming.exportedAt < current.exportedAt ? " (plus ancien\u00a0!)" : ""}.`,
          ),
        ),
      );
      panel.querySelector("button")!.focus();
    }
    this.#render();
  }

  #settle(replace: boolean) {
    const pending = this.#pending;
    this.#pending = [];
    this.#part(".replace-panel").hidden = true;
    if (!replace) {
      this.#messages(["Les lignes actuelles sont gardées\u00a0; les nouveaux rapports ont été ignorés."]);
      return;
    }
    const status = this.#save((reports) => {
      for (const report of pending) reports[report.learner.key] = report;
    });
    this.#messages([
      saveProblem(status) ??
        `${pending.length} ligne${pending.length > 1 ? "s" : ""} remplacée${pending.length > 1 ? "s" : ""}.`,
    ]);
    this.#render();
  }

  #save(change: (reports: CohortReports) => void) {
    const id = this.#select.value;
    return trainerStore().update((t) => {
      const reports = { ...(Object.hasOwn(t.cohorts, id) ? t.cohorts[id] : {}) };
      change(reports);
      return { ...t, cohorts: { ...t.cohorts, [id]: reports } };
    });
  }

  #clear() {
    const id = this.#select.value;
    const status = trainerStore().update((t) => {
      const { [id]: _cleared, ...rest } = t.cohorts;
      return { ...t, cohorts: rest };
    });
    this.#messages([saveProblem(status) ?? "Le tableau a été vidé."]);
    this.#render();
  }

  #messages(lines: string[]) {
    const box = this.#part(".import-messages");
    if (lines.length === 0) return box.replaceChildren();
    const [first, ...rest] = lines;
    const list = el("ul");
    list.append(...rest.map((line) => el("li", line)));
    box.replaceChildren(el("p", first), ...(rest.length ? [list] : []));
  }

  #render() {
    const assignment = this.#assignment();
    if (!assignment) return;
    const today = localDay();
    this.#part(".cohort-facts").textContent =
      `Échéance le ${dayLabel(assignment.due)} (${dueLabel(daysLeft(assignment.due, today)).toLowerCase()}), réussite à ${assignment.passScore}\u00a0%, ${assignment.items.length} contenu${assignment.items.length > 1 ? "s" : ""}.`;
    const rows = sortRows(cohortRows(this.#reports(), assignment, today), this.#sort.key, this.#sort.direction);
    const late = rows.filter((r) => r.late).length;
    const complete = rows.filter((r) => r.completion === 100).length;
    this.#part(".cohort-summary").textContent =
      rows.length === 0
        ? "Aucun rapport importé pour cette affectation."
        : `${rows.length} apprenant${rows.length > 1 ? "s" : ""}\u00a0: ${complete} ${complete > 1 ? "ont" : "a"} tout réussi, ${late} en retard.`;
    const table = this.#part<HTMLTableElement>("table.cohort-table");
    table.hidden = rows.length === 0;
    const head = el("tr");
    const columns: [SortKey, string][] = [
      ["name", "Apprenant"],
      ["completion", "Avancement"],
      ["exportedAt", "Rapport du"],
      ...assignment.items.map((ref, index): [SortKey, string] => [index, itemTitle(this.#catalogue, ref)]),
    ];
    for (const [key, label] of columns) {
      const th = el("th");
      th.scope = "col";
      const button = el("button", label, "sort");
      button.type = "button";
      if (this.#sort.key === key) th.setAttribute("aria-sort", this.#sort.direction);
      button.addEventListener("click", () => {
        const again = this.#sort.key === key && this.#sort.direction === "ascending";
        this.#sort = { key, direction: again ? "descending" : "ascending" };
        this.#render();
        this.querySelector<HTMLElement>(
          `thead th:nth-child(${columns.findIndex(([k]) => k === key) + 1}) button`,
        )?.focus();
      });
      th.append(button);
      head.append(th);
    }
    table.tHead!.replaceChildren(head);
    table.tBodies[0]!.replaceChildren(
      ...rows.map((row) => {
        const tr = el("tr", "", row.late ? "late" : "");
        tr.dataset["learner"] = row.key;
        const name = el("th", row.name);
        name.scope = "row";
        const done = el("td", `${row.completion}\u00a0%`);
        if (row.late) done.append(" ", el("strong", "en retard"));
        tr.append(name, done, el("td", frenchDate(new Date(row.exportedAt))));
        for (const cell of row.cells) {
          const td = el("td", cellLabel(cell));
          td.dataset["state"] = cell.state;
          tr.append(td);
        }
        return tr;
      }),
    );
  }

  #csv() {
    const assignment = this.#assignment();
    if (!assignment) return;
    const rows = sortRows(cohortRows(this.#reports(), assignment, localDay()), this.#sort.key, this.#sort.direction);
    download(
      `cohorte-${slugify(assignment.cohort) || "relais"}-${localDay()}.csv`,
      cohortCsv(rows, assignment, this.#catalogue),
      "text/csv;charset=utf-8",
    );
    this.#messages([`Fichier CSV exporté (${rows.length} ligne${rows.length > 1 ? "s" : ""}).`]);
  }
}

customElements.define("relais-cohort", CohortTable);
