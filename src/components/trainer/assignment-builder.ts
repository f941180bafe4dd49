// <relais-assignment-builder>: turns the trainer's choices into an assignment
// link, its QR code and a printable sheet, and keeps the assignments created on
// this device for the cohort table.
import * as v from "valibot";
import {
  assignmentSchema,
  encodeAssignment,
  newId,
  type Assignment,
  type ItemRef,
} from "../../lib/assignments/assignment-link";
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { itemTitle } from "../../lib/assignments/catalogue";
import { localDay } from "../../lib/assignments/status";
import { trainerStore } from "../../lib/assignments/trainer-browser";
import { addAssignment, deleteAssignment } from "../../lib/assignments/trainer-changes";
import * as say from "../../lib/assignments/trainer-wording";
import { connectTrainerSetAside } from "./trainer-set-aside";
import { frenchDay } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog } from "../dialogs-and-files";
import { el, part } from "../dom";
import { qrSvg } from "./qr-code";

class AssignmentBuilder extends HTMLElement {
  #form = part<HTMLFormElement>(this, "form.builder");
  #result = part(this, "section.result");
  #catalogue = pageCatalogue();

  connectedCallback() {
    part(this, ".nojs").hidden = true;
    this.#form.hidden = false;
    this.#form.addEventListener("change", (event) => this.#syncModules(event.target as HTMLInputElement));
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#create();
    });
    part(this, "[data-action=copy]").addEventListener("click", () => void this.#copy());
    part(this, "[data-action=print]").addEventListener("click", () => window.print());
    // The trainer's name, as on their latest assignment: one less thing to retype.
    const latest = Object.values(trainerStore().read().assignments).sort((a, b) =>
      b.created.localeCompare(a.created),
    )[0];
    const trainer = part<HTMLInputElement>(this, "#a-trainer");
    if (latest && trainer.value === "") trainer.value = latest.trainer;
    this.#listMine();
    trainerStore().subscribe(() => this.#listMine());
    connectTrainerSetAside(this);
    const dialog = part<HTMLDialogElement>(this, "dialog.delete-dialog");
    dialog.addEventListener("close", () => {
      if (dialog.returnValue === "delete" && this.#deleting) this.#delete(this.#deleting);
      this.#deleting = undefined;
    });
  }

  /** The assignment the open confirmation is about. */
  #deleting: Assignment | undefined;

  #askDelete(assignment: Assignment) {
    this.#deleting = assignment;
    const cohorts = trainerStore().read().cohorts;
    const reports = Object.hasOwn(cohorts, assignment.id) ? Object.keys(cohorts[assignment.id]!).length : 0;
    part(this, ".delete-text").textContent = say.deleteConfirmation(assignment.cohort, reports);
    askInDialog(part<HTMLDialogElement>(this, "dialog.delete-dialog"));
  }

  #delete({ id, cohort }: Assignment) {
    const status = trainerStore().update((t) => deleteAssignment(t, id));
    if (this.#shown === id) this.#result.hidden = true;
    part(this, ".mine-notice").textContent = saveProblem(status, say.UNSAVED_DELETION) ?? say.deleted(cohort);
    // Keep the keyboard near the list; with nothing left in it, on the form's first field.
    if (part(this, "section.mine").hidden) part(this, "#a-cohort").focus();
    else part(this, "#mine-title").focus();
  }

  /** "Tout le module" ticks its items; ticking items by hand updates it (mixed state included). */
  #syncModules(target: HTMLInputElement) {
    const whole = target.dataset["whole"];
    if (whole) {
      for (const box of this.#boxesOf(whole)) box.checked = target.checked;
    }
    for (const moduleBox of this.#form.querySelectorAll<HTMLInputElement>("[data-whole]")) {
      const boxes = this.#boxesOf(moduleBox.dataset["whole"]!);
      const ticked = boxes.filter((b) => b.checked).length;
      moduleBox.checked = ticked === boxes.length;
      moduleBox.indeterminate = ticked > 0 && ticked < boxes.length;
    }
    const count = this.#form.querySelectorAll("input[name=items]:checked").length;
    part(this, "[data-count]").textContent = say.chosenCount(count);
  }

  #boxesOf = (moduleId: string) => [
    ...this.#form.querySelectorAll<HTMLInputElement>(`fieldset[data-module="${moduleId}"] input[name=items]`),
  ];

  async #create() {
    const data = new FormData(this.#form);
    const text = (name: string) => String(data.get(name) ?? "");
    for (const field of this.#form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
    const candidate = {
      id: newId(),
      cohort: text("cohort"),
      trainer: text("trainer"),
      due: text("due"),
      passScore: text("passScore") === "" ? Number.NaN : Number(text("passScore")),
      message: text("message").trim(),
      items: data.getAll("items").map(String),
      created: localDay(),
      // Left empty: the assignment asks for no review days (the key is left out of the link).
      ...(text("reviewStreak").trim() === "" ? {} : { reviewStreak: Number(text("reviewStreak")) }),
    };
    const problem = this.#problem(candidate);
    if (problem) {
      part(this, ".form-error").textContent = problem.message;
      const field = problem.field ? this.#form.querySelector<HTMLElement>(`[name="${problem.field}"]`) : null;
      field?.setAttribute("aria-invalid", "true");
      field?.focus();
      return;
    }
    part(this, ".form-error").textContent = "";
    const assignment = v.parse(assignmentSchema, candidate);
    const status = trainerStore().update((t) => addAssignment(t, assignment));
    await this.#show(assignment);
    part(this, ".notice").textContent = saveProblem(status, say.UNSAVED_ASSIGNMENT_FOR_TABLE) ?? say.LINK_READY;
  }

  /** The first thing wrong with the form, in French, and the field to fix. */
  #problem(candidate: Record<string, unknown>): { message: string; field?: string } | undefined {
    if ((candidate["items"] as string[]).length === 0) {
      return { message: say.NO_ITEMS, field: "items" };
    }
    const result = v.safeParse(assignmentSchema, candidate);
    if (!result.success) {
      const issue = result.issues[0];
      const field = v.getDotPath(issue)?.split(".")[0] ?? "";
      return { message: say.fieldProblem(field, issue.message), field };
    }
    if ((candidate["due"] as string) < localDay()) {
      return { message: say.DUE_PASSED, field: "due" };
    }
    return undefined;
  }

  #url = async (assignment: Assignment) =>
    `${location.origin}${this.dataset["target"]}#${await encodeAssignment(assignment)}`;

  /** Id of the assignment whose link, QR code and sheet are shown. */
  #shown = "";

  async #show(assignment: Assignment) {
    this.#shown = assignment.id;
    const url = await this.#url(assignment);
    part<HTMLInputElement>(this, "#a-link").value = url;
    part<HTMLAnchorElement>(this, "[data-cohort-link]").href =
      `${this.dataset["cohortPage"]}?affectation=${encodeURIComponent(assignment.id)}`;
    part(this, ".sheet-title").textContent = say.sheetTitle(assignment.cohort);
    const facts = part(this, ".sheet-facts");
    facts.replaceChildren();
    for (const [term, value] of say.sheetFacts(
      assignment.trainer,
      frenchDay(assignment.due),
      assignment.passScore,
      assignment.reviewStreak,
    )) {
      facts.append(el("dt", term), el("dd", value));
    }
    part(this, ".sheet-message").textContent = assignment.message;
    part(this, ".sheet-items").replaceChildren(
      ...assignment.items.map((ref: ItemRef) =>
        el("li", say.sheetItem(itemTitle(this.#catalogue, ref), ref.startsWith("simulation:"))),
      ),
    );
    const qr = qrSvg(url, say.qrLabel(assignment.cohort));
    part(this, ".qr-code").replaceChildren(qr ?? el("p", say.QR_TOO_LONG, "notice"));
    part(this, ".qr figcaption").hidden = !qr;
    part(this, ".sheet-link").textContent = url;
    this.#result.hidden = false;
    part(this, "#result-title").focus();
  }

  async #copy() {
    const field = part<HTMLInputElement>(this, "#a-link");
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      part(this, ".notice").textContent = say.LINK_COPIED;
    } catch {
      part(this, ".notice").textContent = say.COPY_FAILED;
    }
  }

  #listMine() {
    const assignments = Object.values(trainerStore().read().assignments).sort((a, b) => b.due.localeCompare(a.due));
    const section = part(this, "section.mine");
    section.hidden = assignments.length === 0;
    part(this, "ul.mine-list").replaceChildren(
      ...assignments.map((assignment) => {
        const item = el("li");
        const show = el("button", say.SHOW_AGAIN, "button");
        show.type = "button";
        show.addEventListener("click", () => void this.#show(assignment));
        const table = Object.assign(el("a", say.COHORT_TABLE), {
          href: `${this.dataset["cohortPage"]}?affectation=${encodeURIComponent(assignment.id)}`,
        });
        const remove = el("button", say.DELETE, "button danger");
        remove.type = "button";
        remove.setAttribute("aria-label", say.deleteLabel(assignment.cohort));
        remove.addEventListener("click", () => this.#askDelete(assignment));
        item.append(
          el("strong", assignment.cohort),
          say.mineDetails(frenchDay(assignment.due), assignment.items.length),
          table,
          " ",
          show,
          " ",
          remove,
        );
        return item;
      }),
    );
  }
}

customElements.define("relais-assignment-builder", AssignmentBuilder);
