// <relais-assignment-builder>: turns the trainer's choices into an assignment
// link, its QR code and a printable sheet, and keeps the assignments created on
// this device for the cohort table. « Modifier… » opens the form filled with an assignment;
// saving makes a new version (assignment-edit.ts) with its own link, the old one marked replaced.
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
import { choicesOf, currentFirst, replacedBy } from "../../lib/assignments/assignment-edit";
import { connectInvitation, showInvitation } from "./invitation";
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
    part(this, "[data-action=cancel-edit]").addEventListener("click", () => this.#stopEditing(say.EDIT_CANCELLED));
    connectInvitation(this);
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
    const replaced = replacedBy(Object.values(trainerStore().read().assignments)).has(assignment.id);
    part(this, ".delete-text").textContent = say.deleteConfirmation(assignment.cohort, reports, replaced);
    askInDialog(part<HTMLDialogElement>(this, "dialog.delete-dialog"));
  }

  /** The assignment the form is editing: saving makes a new version that replaces it. */
  #editing: Assignment | undefined;

  /** The form filled with `assignment`, to save as a new version of it. */
  #edit(assignment: Assignment) {
    this.#form.reset();
    const choices = choicesOf(assignment);
    for (const name of ["cohort", "trainer", "due", "passScore", "message", "reviewStreak"] as const) {
      part<HTMLInputElement | HTMLTextAreaElement>(this.#form, `[name="${name}"]`).value = String(choices[name] ?? "");
    }
    const items = new Set<string>(choices.items);
    for (const box of this.#form.querySelectorAll<HTMLInputElement>("input[name=items]"))
      box.checked = items.has(box.value);
    this.#syncModules();
    this.#editing = assignment;
    part(this, ".editing-text").textContent = say.editing(assignment.cohort, assignment.created);
    part(this, ".editing").hidden = false;
    part(this.#form, "[type=submit]").textContent = say.SAVE_EDIT;
    part(this, ".form-error").textContent = "";
    part(this, ".editing-text").focus();
  }

  #stopEditing(said = "") {
    if (said) this.#form.reset();
    this.#editing = undefined;
    part(this, ".editing").hidden = true;
    part(this.#form, "[type=submit]").textContent = say.CREATE;
    if (said) {
      this.#syncModules();
      part(this, ".mine-notice").textContent = said;
      part<HTMLInputElement>(this, "#a-cohort").focus();
    }
  }

  #delete({ id, cohort }: Assignment) {
    const status = trainerStore().update((t) => deleteAssignment(t, id));
    if (this.#editing?.id === id) this.#stopEditing();
    if (this.#shown === id) this.#result.hidden = true;
    part(this, ".mine-notice").textContent = saveProblem(status, say.UNSAVED_DELETION) ?? say.deleted(cohort);
    // Keep the keyboard near the list; with nothing left in it, on the form's first field.
    if (part(this, "section.mine").hidden) part(this, "#a-cohort").focus();
    else part(this, "#mine-title").focus();
  }

  /** "Tout le module" ticks its items; ticking items by hand updates it (mixed state included). */
  #syncModules(target?: HTMLInputElement) {
    const whole = target?.dataset["whole"];
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
      ...(this.#editing ? { replaces: this.#editing.id } : {}),
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
    const edited = this.#editing !== undefined;
    this.#stopEditing();
    await this.#show(assignment);
    part(this, ".notice").textContent =
      saveProblem(status, say.UNSAVED_ASSIGNMENT_FOR_TABLE) ?? (edited ? say.EDIT_READY : say.LINK_READY);
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

  async #show(assignment: Assignment, focus = "#result-title") {
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
    const assignments = trainerStore().read().assignments;
    showInvitation(this, {
      assignment,
      url,
      titles: assignment.items.map((ref) => itemTitle(this.#catalogue, ref)),
      replaced: assignment.replaces !== undefined ? assignments[assignment.replaces] : undefined,
    });
    part(this, ".notice").textContent = "";
    this.#result.hidden = false;
    part(this, focus).focus();
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
    const all = Object.values(trainerStore().read().assignments);
    const replaced = replacedBy(all);
    const assignments = currentFirst(
      all,
      (a) => a,
      (a, b) => b.due.localeCompare(a.due),
    );
    const section = part(this, "section.mine");
    section.hidden = assignments.length === 0;
    part(this, "ul.mine-list").replaceChildren(
      ...assignments.map((assignment) => {
        const item = el("li");
        const show = el("button", say.SHOW_AGAIN, "button");
        show.type = "button";
        show.addEventListener("click", () => void this.#show(assignment));
        const invitation = el("button", say.INVITATION, "button");
        invitation.type = "button";
        invitation.setAttribute("aria-label", say.invitationLabel(assignment.cohort));
        invitation.addEventListener("click", () => void this.#show(assignment, "#invitation-title"));
        const by = replaced.get(assignment.id);
        // Only the current version is edited: editing a replaced one would fork the chain.
        const edit = el("button", say.EDIT, "button");
        edit.type = "button";
        edit.setAttribute("aria-label", say.editLabel(assignment.cohort));
        edit.addEventListener("click", () => this.#edit(assignment));
        const table = Object.assign(el("a", say.COHORT_TABLE), {
          href: `${this.dataset["cohortPage"]}?affectation=${encodeURIComponent(assignment.id)}`,
        });
        const remove = el("button", say.DELETE, "button danger");
        remove.type = "button";
        remove.setAttribute("aria-label", say.deleteLabel(assignment.cohort));
        remove.addEventListener("click", () => this.#askDelete(assignment));
        item.dataset["assignment"] = assignment.id;
        if (by) item.dataset["replaced"] = by.id;
        item.append(
          el("strong", assignment.cohort),
          say.mineDetails(frenchDay(assignment.due), assignment.items.length),
          ...(by ? [el("span", say.replacedNote(by, assignment.cohort), "replaced-note")] : []),
          table,
          " ",
          show,
          " ",
          ...(by ? [] : [edit, " "]),
          invitation,
          " ",
          remove,
        );
        return item;
      }),
    );
  }
}

customElements.define("relais-assignment-builder", AssignmentBuilder);
