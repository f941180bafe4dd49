// <relais-cohort>: imports learners' reports into the table of one assignment,
// never overwriting a row without asking; sorts; exports CSV; clears.
import { decodeAssignment, sameAssignment, type Assignment } from "../../lib/assignments/assignment-link";
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { itemTitle } from "../../lib/assignments/catalogue";
import { parseReport, MAX_REPORT_BYTES, type Report } from "../../lib/assignments/report";
import {
  cellLabel,
  cohortCsv,
  cohortRows,
  sortRows,
  triageReports,
  type CohortReports,
  type SortKey,
} from "../../lib/assignments/cohort";
import { daysLeft, dueLabel, localDay } from "../../lib/assignments/status";
import { trainerStore } from "../../lib/assignments/trainer-browser";
import { withoutReplacedUnread } from "../../lib/assignments/trainer-store";
import { frenchDay, localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, download, el, onFileDrop } from "../dom";
import { slugify } from "../../lib/slug";

class CohortTable extends HTMLElement {
  #catalogue = pageCatalogue();
  #select = this.querySelector<HTMLSelectElement>("#c-assignment")!;
  #sort: { key: SortKey; direction: "ascending" | "descending" } = { key: "name", direction: "ascending" };
  /** Reports waiting for the trainer's answer, per learner key, and the assignment they belong to. */
  #pending = new Map<string, { current: Report; incoming: Report }>();
  #pendingFor = "";
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    this.#part(".nojs").hidden = true;
    const wanted = new URLSearchParams(location.search).get("affectation");
    this.#fillSelect(wanted);
    this.#select.addEventListener("change", () => {
      const url = new URL(location.href);
      url.searchParams.set("affectation", this.#select.value);
      history.replaceState(null, "", url);
      this.#pending.clear();
      this.#part(".replace-panel").hidden = true;
      this.#messages([]);
      this.#render();
    });
    const input = this.#part<HTMLInputElement>("#c-files");
    input.addEventListener("change", () => {
      void this.#import([...(input.files ?? [])]);
      input.value = "";
    });
    onFileDrop(this.#part(".dropzone"), (files) => void this.#import(files));
    this.#part("[data-action=replace]").addEventListener("click", () => this.#settle(true));
    this.#part("[data-action=keep]").addEventListener("click", () => this.#settle(false));
    this.#part("[data-action=csv]").addEventListener("click", () => this.#csv());
    const dialog = this.#part<HTMLDialogElement>("dialog.clear-dialog");
    this.#part("[data-action=ask-clear]").addEventListener("click", () => {
      const count = this.#rowsCount();
      const what =
        count === 1 ? "Le rapport importé" : count === 0 ? "Les rapports importés" : `Les ${count} rapports importés`;
      this.#part(".clear-text").textContent =
        `${what} pour «\u00a0${this.#assignment()?.cohort}\u00a0» ${count === 1 ? "sera effacé" : "seront effacés"} de cet appareil. L’affectation elle-même reste\u00a0; vous pourrez réimporter les fichiers.`;
      askInDialog(dialog);
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
        Object.assign(el("option", `${a.cohort} — échéance le ${frenchDay(a.due)}`), { value: a.id }),
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
      : trainerStore().update((t) =>
          withoutReplacedUnread(
            { ...t, assignments: { ...t.assignments, [assignment.id]: assignment } },
            assignment.id,
            "assignment",
          ),
        );
    this.#fillSelect(assignment.id);
    this.#render();
    status.textContent =
      (saved && saveProblem(saved, "cette affectation")) ??
      (existing
        ? `L’affectation «\u00a0${assignment.cohort}\u00a0» est déjà sur cet appareil\u00a0: elle est sélectionnée.`
        : `L’affectation «\u00a0${assignment.cohort}\u00a0» est ajoutée\u00a0: vous pouvez importer ses rapports.`);
  }

  async #import(files: File[]) {
    // Files are read asynchronously: everything below belongs to the assignment selected now.
    const id = this.#select.value;
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
    if (this.#select.value !== id) {
      // The trainer switched tables while the files were read: nothing is added to either.
      this.#messages([
        `Import annulé\u00a0: vous avez changé de tableau pendant la lecture des fichiers. Déposez-les à nouveau sur le tableau voulu.`,
      ]);
      return;
    }
    const triage = triageReports(this.#reports(), parsed);
    problems.push(...triage.refused);
    const status = this.#save(id, (reports) => {
      for (const report of triage.added) reports[report.learner.key] = report;
    });
    const lines = [
      `${triage.added.length} rapport${triage.added.length > 1 ? "s" : ""} ajouté${triage.added.length > 1 ? "s" : ""} sur ${files.length} fichier${files.length > 1 ? "s" : ""}.`,
      ...problems,
    ];
    const problem = saveProblem(status, "ce tableau");
    if (problem) lines.push(problem);
    this.#messages(lines);
    // A second import while the question is open adds to it; a learner's newest waiting report wins.
    if (this.#pendingFor !== id) this.#pending.clear();
    this.#pendingFor = id;
    for (const replacing of triage.replacing) {
      const waiting = this.#pending.get(replacing.incoming.learner.key);
      if (!waiting || replacing.incoming.exportedAt > waiting.incoming.exportedAt)
        this.#pending.set(replacing.incoming.learner.key, replacing);
    }
    this.#askReplace();
    this.#render();
  }

  #askReplace() {
    const panel = this.#part(".replace-panel");
    const waiting = [...this.#pending.values()];
    panel.hidden = waiting.length === 0;
    if (waiting.length === 0) return;
    this.#part(".replace-text").textContent =
      `${waiting.length === 1 ? "Un apprenant a" : `${waiting.length} apprenants ont`} déjà une ligne dans le tableau, avec un autre rapport. Remplacer ${waiting.length === 1 ? "sa ligne" : "leur ligne"} par le nouveau rapport\u00a0?`;
    this.#part(".replace-list").replaceChildren(
      ...waiting.map(({ current, incoming }) =>
        el(
          "li",
          `${incoming.learner.name}\u00a0: rapport du ${localFrenchDate(current.exportedAt)} dans le tableau, nouveau rapport du ${localFrenchDate(incoming.exportedAt)}${incoming.exportedAt < current.exportedAt ? " (plus ancien\u00a0!)" : ""}.`,
        ),
      ),
    );
    // The safe answer first under the keyboard: Enter keeps what is there.
    this.#part("[data-action=keep]").focus();
  }

  #settle(replace: boolean) {
    const pending = [...this.#pending.values()].map((waiting) => waiting.incoming);
    this.#pending.clear();
    this.#part(".replace-panel").hidden = true;
    if (!replace) {
      this.#messages(["Les lignes actuelles sont gardées\u00a0; les nouveaux rapports ont été ignorés."]);
      return;
    }
    const status = this.#save(this.#pendingFor, (reports) => {
      for (const report of pending) reports[report.learner.key] = report;
    });
    this.#messages([
      saveProblem(status, "ce tableau") ??
        `${pending.length} ligne${pending.length > 1 ? "s" : ""} remplacée${pending.length > 1 ? "s" : ""}.`,
    ]);
    this.#render();
  }

  #save(id: string, change: (reports: CohortReports) => void) {
    return trainerStore().update((t) => {
      const before = Object.hasOwn(t.cohorts, id) ? t.cohorts[id]! : {};
      const reports = { ...before };
      change(reports);
      const learners = Object.keys(reports).filter((key) => reports[key] !== before[key]);
      return withoutReplacedUnread({ ...t, cohorts: { ...t.cohorts, [id]: reports } }, id, learners);
    });
  }

  #clear() {
    const id = this.#select.value;
    const status = trainerStore().update((t) => {
      const { [id]: _cleared, ...rest } = t.cohorts;
      return { ...t, cohorts: rest };
    });
    this.#messages([saveProblem(status, "ce tableau") ?? "Le tableau a été vidé."]);
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
    // Set aside by the store because they failed their check: said, not silently dropped.
    const unread = trainerStore().read().unread?.length ?? 0;
    this.#part(".cohort-unread").textContent =
      unread === 0
        ? ""
        : `${unread === 1 ? "Une affectation ou un rapport enregistré" : `${unread}\u00a0affectations ou rapports enregistrés`} sur cet appareil n’${unread === 1 ? "a" : "ont"} pas pu être relu${unread === 1 ? "" : "s"} (données abîmées ou d’une autre version de Relais)\u00a0: ${unread === 1 ? "il est gardé" : "ils sont gardés"} de côté, hors du tableau. Réimportez les rapports concernés, ou ajoutez l’affectation depuis son lien.`;
    const assignment = this.#assignment();
    if (!assignment) return;
    const today = localDay();
    this.#part(".cohort-facts").textContent =
      `Échéance le ${frenchDay(assignment.due)} (${dueLabel(daysLeft(assignment.due, today)).toLowerCase()}), réussite à ${assignment.passScore}\u00a0%, ${assignment.items.length} contenu${assignment.items.length > 1 ? "s" : ""}.`;
    const rows = sortRows(cohortRows(this.#reports(), assignment, today), this.#sort.key, this.#sort.direction);
    const late = rows.filter((r) => r.late).length;
    const complete = rows.filter((r) => r.completion === 100).length;
    this.#part(".cohort-summary").textContent =
      rows.length === 0
        ? "Aucun rapport importé pour cette affectation."
        : `${rows.length} apprenant${rows.length > 1 ? "s" : ""}\u00a0: ${complete === 0 ? "personne n’a" : complete === 1 ? "1 a" : `${complete} ont`} tout réussi, ${late} en retard.`;
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
        tr.append(name, done, el("td", localFrenchDate(row.exportedAt)));
        for (const cell of row.cells) {
          const td = el("td", cellLabel(cell));
          td.dataset["state"] = cell.state;
          if (cell.afterDue) td.dataset["afterDue"] = "";
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
