// <relais-cohort>: imports learners' reports into the table of one assignment (hundreds at
// once, read in batches with their progress said), never overwriting a row without asking;
// sorts, then shows the rows a page at a time; opens one learner's view; exports CSV; clears.
import { streakMet } from "../../lib/review/review-streak";
import { decodeAssignment, sameAssignment, type Assignment } from "../../lib/assignments/assignment-link";
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { itemTitle, shortTitles } from "../../lib/assignments/catalogue";
import type { Report } from "../../lib/assignments/report";
import { readReportFiles } from "../../lib/assignments/cohort-import";
import { pageHolding, pageOfRows } from "../../lib/assignments/cohort-pages";
import * as scale from "../../lib/assignments/cohort-wording";
import { learnerView } from "../../lib/assignments/learner-view";
import {
  cellLabel,
  cohortCsv,
  cohortCsvName,
  cohortRows,
  sortRows,
  triageReports,
  type CohortReports,
  type CohortRow,
  type SortKey,
} from "../../lib/assignments/cohort";
import { daysLeft, dueLabel, localDay } from "../../lib/assignments/status";
import { trainerStore } from "../../lib/assignments/trainer-browser";
import { addAssignment, addReports, clearCohort } from "../../lib/assignments/trainer-changes";
import * as say from "../../lib/assignments/trainer-wording";
import { frenchDay, localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, download, onFileDrop } from "../dialogs-and-files";
import { el, part } from "../dom";
import { drawGlance } from "./glance-drawing";
import { fillLearnerDialog } from "./learner-dialog";

/** The address of one learner's view: `#apprenant=<key>`. */
const LEARNER_HASH = /^#apprenant=([a-z0-9]{8,24})$/;

class CohortTable extends HTMLElement {
  #catalogue = pageCatalogue();
  #select = part<HTMLSelectElement>(this, "#c-assignment");
  #sort: { key: SortKey; direction: "ascending" | "descending" } = { key: "name", direction: "ascending" };
  /** Reports waiting for the trainer's answer, per learner key, and the assignment they belong to. */
  #pending = new Map<string, { current: Report; incoming: Report }>();
  #pendingFor = "";
  /** The page of rows shown, from 1; every row while printing. */
  #page = 1;
  #printing = false;
  #learner = part<HTMLDialogElement>(this, "dialog.learner-view");

  connectedCallback() {
    part(this, ".nojs").hidden = true;
    const wanted = new URLSearchParams(location.search).get("affectation");
    this.#fillSelect(wanted);
    this.#select.addEventListener("change", () => {
      const url = new URL(location.href);
      url.searchParams.set("affectation", this.#select.value);
      history.replaceState(null, "", url);
      this.#pending.clear();
      part(this, ".replace-panel").hidden = true;
      this.#messages([]);
      this.#page = 1;
      this.#render();
    });
    const input = part<HTMLInputElement>(this, "#c-files");
    input.addEventListener("change", () => {
      void this.#import([...(input.files ?? [])]);
      input.value = "";
    });
    onFileDrop(part(this, ".dropzone"), (files) => void this.#import(files));
    part(this, "[data-action=replace]").addEventListener("click", () => this.#settle(true));
    part(this, "[data-action=keep]").addEventListener("click", () => this.#settle(false));
    part(this, "[data-action=csv]").addEventListener("click", () => this.#csv());
    const dialog = part<HTMLDialogElement>(this, "dialog.clear-dialog");
    part(this, "[data-action=ask-clear]").addEventListener("click", () => {
      part(this, ".clear-text").textContent = say.clearConfirmation(
        this.#assignment()?.cohort ?? "",
        this.#rowsCount(),
      );
      askInDialog(dialog);
    });
    dialog.addEventListener("close", () => {
      if (dialog.returnValue === "clear") this.#clear();
    });
    const adopt = part(this, "details.adopt");
    adopt.hidden = false;
    adopt.querySelector("form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#adopt(part<HTMLInputElement>(this, "#c-adopt").value.trim());
    });
    trainerStore().subscribe(() => {
      this.#fillSelect(this.#select.value);
      this.#render();
    });
    // The charts are drawn at their width; the hint shows while the table is wider than its frame.
    let width = 0;
    new ResizeObserver(() => {
      const now = part(this, ".glance-chart").clientWidth;
      if (now !== width && now > 0) this.#drawGlance();
      width = now;
      this.#showScrollHint();
    }).observe(part(this, ".glance-chart"));
    new ResizeObserver(() => this.#showScrollHint()).observe(part(this, "table.cohort-table"));
    for (const button of this.querySelectorAll<HTMLButtonElement>(".pager button"))
      button.addEventListener("click", () => this.#turn(button.dataset["page"]!));
    // On paper, every row: the pages are for the screen.
    addEventListener("beforeprint", () => ((this.#printing = true), this.#render()));
    addEventListener("afterprint", () => ((this.#printing = false), this.#render()));
    part(this, "[data-action=close-learner]").addEventListener("click", () => this.#learner.close());
    part(this, "[data-action=print-learner]").addEventListener("click", () => print());
    this.#learner.addEventListener("close", () => this.#learnerClosed());
    addEventListener("hashchange", () => this.#openFromAddress());
    this.#render();
    this.#openFromAddress();
  }

  /** What the charts were last drawn from: a sort or a page turn leaves them as they are. */
  #drawn: { reports: CohortReports; assignment: Assignment; width: number } | undefined;

  #drawGlance() {
    const assignment = this.#assignment();
    const glance = part(this, ".glance");
    if (!assignment || glance.hidden) return;
    const reports = this.#reports();
    const width = part(glance, ".glance-chart").clientWidth;
    const drawn = this.#drawn;
    // The store hands out a new table object on every change: the same object is the same cohort.
    if (drawn && drawn.reports === reports && drawn.assignment === assignment && drawn.width === width) return;
    this.#drawn = { reports, assignment, width };
    drawGlance(glance, reports, assignment, this.#catalogue, width);
  }

  #showScrollHint() {
    const frame = part(this, ".table-scroll");
    const hint = part(this, ".scroll-hint");
    hint.hidden = frame.hidden || frame.scrollWidth <= frame.clientWidth;
    // Said to screen readers too, and only while it is true.
    if (hint.hidden) frame.removeAttribute("aria-describedby");
    else frame.setAttribute("aria-describedby", hint.id);
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
    part(this, ".cohort-empty").hidden = assignments.length > 0;
    part(this, ".cohort-ui").hidden = assignments.length === 0;
    const shared = (a: Assignment) => assignments.some((b) => b.id !== a.id && b.cohort === a.cohort);
    this.#select.replaceChildren(
      ...assignments.map((a) =>
        Object.assign(
          el("option", say.assignmentOption(a.cohort, frenchDay(a.due), shared(a) ? frenchDay(a.created) : undefined)),
          { value: a.id },
        ),
      ),
    );
    if (wanted && assignments.some((a) => a.id === wanted)) this.#select.value = wanted;
  }

  /** Adds an assignment made on another device, from its link, so its reports can be imported here. */
  async #adopt(link: string) {
    const status = part(this, ".adopt-status");
    const fragment = link.includes("#") ? link.slice(link.indexOf("#") + 1) : "";
    const result = fragment
      ? await decodeAssignment(fragment, new Set(this.#catalogue.keys()))
      : { ok: false as const, error: say.NOT_A_LINK, damaged: false };
    if (!result.ok) {
      status.textContent = say.notAdded(result.error, result.damaged);
      return;
    }
    const { assignment } = result;
    const known = trainerStore().read().assignments;
    const existing = Object.hasOwn(known, assignment.id) ? known[assignment.id] : undefined;
    if (existing && !sameAssignment(existing, assignment)) {
      status.textContent = say.OTHER_VERSION;
      return;
    }
    const saved = existing ? undefined : trainerStore().update((t) => addAssignment(t, assignment));
    this.#fillSelect(assignment.id);
    this.#render();
    status.textContent =
      (saved && saveProblem(saved, say.UNSAVED_ASSIGNMENT)) ??
      (existing ? say.alreadyHere(assignment.cohort) : say.added(assignment.cohort));
  }

  async #import(files: File[]) {
    // Files are read asynchronously: everything below belongs to the assignment selected now.
    const id = this.#select.value;
    const assignment = this.#assignment();
    if (!assignment || files.length === 0) return;
    const said = part(this, ".import-progress");
    const bar = part<HTMLProgressElement>(this, "progress.import-bar");
    bar.max = files.length;
    bar.value = 0;
    bar.hidden = false;
    const read = await readReportFiles(files, assignment, {
      progress: (done, total) => {
        bar.value = done;
        said.textContent = scale.importProgress(done, total);
      },
      // The trainer switched tables while the files were read: nothing is added to either.
      wanted: () => this.#select.value === id,
    });
    bar.hidden = true;
    said.textContent = "";
    if (read.cancelled) {
      this.#messages([say.IMPORT_CANCELLED]);
      return;
    }
    const { parsed, problems } = read;
    const triage = triageReports(this.#reports(), parsed);
    problems.push(...triage.refused);
    // One save for the whole import, however many files.
    const status = trainerStore().update((t) => addReports(t, id, triage.added));
    const lines = [say.importSummary(triage.added.length, files.length), ...problems];
    const problem =
      !status.saved && status.reason === "quota" && triage.added.length > 0
        ? scale.tableFull(triage.added.length)
        : saveProblem(status, say.UNSAVED_TABLE);
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
    // No render here: the store's update above has re-drawn the table (subscribe), once.
    this.#askReplace();
  }

  #askReplace() {
    const panel = part(this, ".replace-panel");
    const waiting = [...this.#pending.values()];
    panel.hidden = waiting.length === 0;
    if (waiting.length === 0) return;
    part(this, ".replace-text").textContent = say.replaceQuestion(waiting.length);
    part(this, ".replace-list").replaceChildren(
      ...waiting.map(({ current, incoming }) =>
        el(
          "li",
          say.replaceLine(
            incoming.learner.name,
            localFrenchDate(current.exportedAt),
            localFrenchDate(incoming.exportedAt),
            incoming.exportedAt < current.exportedAt,
          ),
        ),
      ),
    );
    // The safe answer first under the keyboard: Enter keeps what is there.
    part(this, "[data-action=keep]").focus();
  }

  #settle(replace: boolean) {
    const pending = [...this.#pending.values()].map((waiting) => waiting.incoming);
    this.#pending.clear();
    part(this, ".replace-panel").hidden = true;
    if (!replace) {
      this.#messages([say.KEPT]);
      return;
    }
    const id = this.#pendingFor;
    const status = trainerStore().update((t) => addReports(t, id, pending));
    this.#messages([saveProblem(status, say.UNSAVED_TABLE) ?? say.replaced(pending.length)]);
    this.#render();
  }

  #clear() {
    const id = this.#select.value;
    const status = trainerStore().update((t) => clearCohort(t, id));
    this.#messages([saveProblem(status, say.UNSAVED_TABLE) ?? say.CLEARED]);
    this.#render();
  }

  #messages(lines: string[]) {
    const box = part(this, ".import-messages");
    if (lines.length === 0) return box.replaceChildren();
    const [first, ...rest] = lines;
    const list = el("ul");
    list.append(...rest.map((line) => el("li", line)));
    box.replaceChildren(el("p", first), ...(rest.length ? [list] : []));
  }

  #render() {
    // Set aside by the store because they failed their check: said, not silently dropped.
    part(this, ".cohort-unread").textContent = say.cohortUnread(trainerStore().read().unread?.length ?? 0);
    const assignment = this.#assignment();
    if (!assignment) return;
    const today = localDay();
    part(this, ".cohort-facts").textContent = say.cohortFacts(
      frenchDay(assignment.due),
      dueLabel(daysLeft(assignment.due, today)),
      assignment.passScore,
      assignment.items.length,
    );
    const rows = sortRows(cohortRows(this.#reports(), assignment, today), this.#sort.key, this.#sort.direction);
    const shown = this.#printing ? rows : this.#pager(rows);
    const late = rows.filter((r) => r.late).length;
    const complete = rows.filter((r) => r.completion === 100).length;
    part(this, ".cohort-summary").textContent =
      rows.length === 0 ? say.NO_REPORT : say.cohortSummary(rows.length, complete, late);
    const table = part<HTMLTableElement>(this, "table.cohort-table");
    part(this, ".table-scroll").hidden = rows.length === 0;
    part(this, ".glance").hidden = rows.length === 0;
    this.#drawGlance();
    const head = el("tr");
    const asked = assignment.reviewStreak;
    const titles = assignment.items.map((ref) => itemTitle(this.#catalogue, ref));
    const shorts = shortTitles(titles);
    // [key, full title, short title]: an item's column shows its short title, the full one in a tooltip.
    const columns: [SortKey, string, string?][] = [
      ["name", say.COLUMN.name],
      ["completion", say.COLUMN.completion],
      ["exportedAt", say.COLUMN.exportedAt],
      ...(asked === undefined ? [] : [["review", say.COLUMN.review] as [SortKey, string]]),
      ...titles.map((title, index): [SortKey, string, string] => [index, title, shorts[index]!]),
    ];
    for (const [key, label, short] of columns) {
      const th = el("th");
      th.scope = "col";
      const button = el("button", short ? "" : label, "sort");
      if (short) {
        // Seen: the short title, the full one on hover; heard: the full title.
        const abbr = el("abbr", short);
        abbr.title = label;
        abbr.ariaHidden = "true";
        button.append(abbr, el("span", label, "visually-hidden"));
      }
      button.type = "button";
      if (this.#sort.key === key) th.setAttribute("aria-sort", this.#sort.direction);
      button.addEventListener("click", () => {
        const again = this.#sort.key === key && this.#sort.direction === "ascending";
        this.#sort = { key, direction: again ? "descending" : "ascending" };
        // Sorted over every row: the top of the new order is on the first page.
        this.#page = 1;
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
      ...shown.map((row) => {
        const tr = el("tr", "", row.late ? "late" : "");
        tr.dataset["learner"] = row.key;
        const name = el("th");
        name.scope = "row";
        const link = el("a", row.name);
        link.href = `#apprenant=${row.key}`;
        link.addEventListener("click", (event) => {
          event.preventDefault();
          this.#openLearner(row.key);
        });
        name.append(link);
        const done = el("td", say.percent(row.completion));
        if (row.late) done.append(" ", el("strong", say.LATE));
        tr.append(name, done, el("td", localFrenchDate(row.exportedAt)));
        if (asked !== undefined) {
          const review = el("td", say.reviewCell(row.review, asked));
          if (row.review && streakMet(row.review, asked)) review.dataset["state"] = "reussi";
          tr.append(review);
        }
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

  /** The rows of the page shown, and the pager set for it (hidden when one page holds them all). */
  #pager(rows: CohortRow[]): CohortRow[] {
    const page = pageOfRows(rows, this.#page);
    this.#page = page.page;
    const pager = part(this, ".pager");
    pager.hidden = page.pages < 2;
    part(pager, ".pager-status").textContent =
      page.pages < 2 ? "" : scale.pageStatus(page.page, page.pages, page.first, page.last, page.total);
    // aria-disabled rather than disabled: a button pressed to the end keeps the focus.
    const ends: Record<string, boolean> = {
      first: page.page === 1,
      previous: page.page === 1,
      next: page.page === page.pages,
      last: page.page === page.pages,
    };
    for (const button of pager.querySelectorAll<HTMLButtonElement>("button"))
      button.setAttribute("aria-disabled", String(ends[button.dataset["page"]!]));
    return page.rows;
  }

  #turn(to: string) {
    const pages = pageOfRows(Object.keys(this.#reports()), 1).pages;
    const next = { first: 1, previous: this.#page - 1, next: this.#page + 1, last: pages }[to] ?? this.#page;
    if (next < 1 || next > pages || next === this.#page) return;
    this.#page = next;
    this.#render();
  }

  /** One learner's view, over the table, at its own address. */
  #openLearner(key: string) {
    const assignment = this.#assignment();
    const reports = this.#reports();
    if (!assignment || !Object.hasOwn(reports, key)) return;
    fillLearnerDialog(
      this.#learner,
      learnerView(reports[key]!, assignment, this.#catalogue, localDay(), localFrenchDate),
    );
    history.replaceState(null, "", `#apprenant=${key}`);
    if (!this.#learner.open) this.#learner.showModal();
  }

  /** An address naming a learner (a bookmark, a link shared, the back button) opens their view on their page. */
  #openFromAddress() {
    const key = LEARNER_HASH.exec(location.hash)?.[1];
    const assignment = this.#assignment();
    if (!key || !assignment) return;
    const rows = sortRows(cohortRows(this.#reports(), assignment, localDay()), this.#sort.key, this.#sort.direction);
    const page = pageHolding(rows, (row) => row.key === key);
    if (page === undefined) return;
    this.#page = page;
    this.#render();
    this.#openLearner(key);
  }

  /** The address loses the learner; the focus goes back to their name in the table. */
  #learnerClosed() {
    const key = this.#learner.dataset["learner"];
    history.replaceState(null, "", location.pathname + location.search);
    this.querySelector<HTMLElement>(`tr[data-learner="${key}"] th a`)?.focus();
  }

  #csv() {
    const assignment = this.#assignment();
    if (!assignment) return;
    const rows = sortRows(cohortRows(this.#reports(), assignment, localDay()), this.#sort.key, this.#sort.direction);
    download(
      cohortCsvName(assignment.cohort, localDay()),
      cohortCsv(rows, assignment, this.#catalogue),
      "text/csv;charset=utf-8",
    );
    this.#messages([say.csvExported(rows.length)]);
  }
}

customElements.define("relais-cohort", CohortTable);
