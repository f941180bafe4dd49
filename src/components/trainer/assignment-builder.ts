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
import { connectTrainerSetAside } from "./trainer-set-aside";
import { withoutReplacedUnread } from "../../lib/assignments/trainer-store";
import { frenchDay } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, el } from "../dom";
import { qrSvg } from "./qr-code";

const FIELD_LABEL: Record<string, string> = {
  cohort: "Nom de la cohorte",
  trainer: "Votre nom",
  due: "Date limite",
  passScore: "Score de réussite",
  message: "Message",
};

class AssignmentBuilder extends HTMLElement {
  #form = this.querySelector<HTMLFormElement>("form.builder")!;
  #result = this.querySelector<HTMLElement>("section.result")!;
  #catalogue = pageCatalogue();
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    this.#part(".nojs").hidden = true;
    this.#form.hidden = false;
    this.#form.addEventListener("change", (event) => this.#syncModules(event.target as HTMLInputElement));
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#create();
    });
    this.#part("[data-action=copy]").addEventListener("click", () => void this.#copy());
    this.#part("[data-action=print]").addEventListener("click", () => window.print());
    // The trainer's name, as on their latest assignment: one less thing to retype.
    const latest = Object.values(trainerStore().read().assignments).sort((a, b) =>
      b.created.localeCompare(a.created),
    )[0];
    const trainer = this.#part<HTMLInputElement>("#a-trainer");
    if (latest && trainer.value === "") trainer.value = latest.trainer;
    this.#listMine();
    trainerStore().subscribe(() => this.#listMine());
    connectTrainerSetAside(this);
    const dialog = this.#part<HTMLDialogElement>("dialog.delete-dialog");
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
    this.#part(".delete-text").textContent =
      `L’affectation «\u00a0${assignment.cohort}\u00a0»${reports === 0 ? " sera effacée" : reports === 1 ? " et le rapport importé seront effacés" : ` et les ${reports}\u00a0rapports importés seront effacés`} de cet appareil. Les apprenants qui l’ont acceptée la gardent\u00a0; si vous avez gardé son lien, vous pourrez la rajouter dans le tableau de cohorte.`;
    askInDialog(this.#part<HTMLDialogElement>("dialog.delete-dialog"));
  }

  #delete({ id, cohort }: Assignment) {
    const status = trainerStore().update((t) => {
      const { [id]: _assignment, ...assignments } = t.assignments;
      const { [id]: _reports, ...cohorts } = t.cohorts;
      return withoutReplacedUnread({ ...t, assignments, cohorts }, id, "everything");
    });
    if (this.#shown === id) this.#result.hidden = true;
    this.#part(".mine-notice").textContent =
      saveProblem(status, "cette suppression") ??
      `L’affectation «\u00a0${cohort}\u00a0» a été supprimée de cet appareil.`;
    // Keep the keyboard near the list; with nothing left in it, on the form's first field.
    if (this.#part("section.mine").hidden) this.#part("#a-cohort").focus();
    else this.#part("#mine-title").focus();
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
    this.#part("[data-count]").textContent =
      count === 0 ? "" : `${count}\u00a0contenu${count > 1 ? "s" : ""} choisi${count > 1 ? "s" : ""}.`;
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
    };
    const problem = this.#problem(candidate);
    if (problem) {
      this.#part(".form-error").textContent = problem.message;
      const field = problem.field ? this.#form.querySelector<HTMLElement>(`[name="${problem.field}"]`) : null;
      field?.setAttribute("aria-invalid", "true");
      field?.focus();
      return;
    }
    this.#part(".form-error").textContent = "";
    const assignment = v.parse(assignmentSchema, candidate);
    const status = trainerStore().update((t) => ({
      ...t,
      assignments: { ...t.assignments, [assignment.id]: assignment },
    }));
    await this.#show(assignment);
    this.#part(".notice").textContent =
      saveProblem(status, "cette affectation pour le tableau de cohorte") ??
      "Le lien est prêt. Gardez cette page\u00a0: l’affectation est enregistrée sur cet appareil pour le tableau de cohorte.";
  }

  /** The first thing wrong with the form, in French, and the field to fix. */
  #problem(candidate: Record<string, unknown>): { message: string; field?: string } | undefined {
    if ((candidate["items"] as string[]).length === 0) {
      return { message: "Choisissez au moins une leçon ou une simulation à faire.", field: "items" };
    }
    const result = v.safeParse(assignmentSchema, candidate);
    if (!result.success) {
      const issue = result.issues[0];
      const field = v.getDotPath(issue)?.split(".")[0] ?? "";
      const label = FIELD_LABEL[field] ?? field;
      const detail =
        field === "due"
          ? "choisissez une date"
          : field === "passScore"
            ? "un nombre entier de 0 à 100"
            : issue.message.startsWith("Invalid")
              ? "valeur incorrecte"
              : issue.message;
      return { message: `${label}\u00a0: ${detail}.`, field };
    }
    if ((candidate["due"] as string) < localDay()) {
      return { message: "Date limite\u00a0: elle est déjà passée, choisissez aujourd’hui ou plus tard.", field: "due" };
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
    this.#part<HTMLInputElement>("#a-link").value = url;
    this.#part<HTMLAnchorElement>("[data-cohort-link]").href =
      `${this.dataset["cohortPage"]}?affectation=${encodeURIComponent(assignment.id)}`;
    this.#part(".sheet-title").textContent = `Affectation «\u00a0${assignment.cohort}\u00a0»`;
    const facts = this.#part(".sheet-facts");
    facts.replaceChildren();
    for (const [term, value] of [
      ["Formateur ou formatrice", assignment.trainer],
      ["À terminer au plus tard le", frenchDay(assignment.due)],
      ["Score de réussite", `${assignment.passScore}\u00a0% à chaque quiz et simulation`],
    ] as const) {
      facts.append(el("dt", term), el("dd", value));
    }
    this.#part(".sheet-message").textContent = assignment.message;
    this.#part(".sheet-items").replaceChildren(
      ...assignment.items.map((ref: ItemRef) =>
        el("li", `${itemTitle(this.#catalogue, ref)}${ref.startsWith("simulation:") ? " (simulation)" : ""}`),
      ),
    );
    const qr = qrSvg(url, `QR code du lien d’affectation «\u00a0${assignment.cohort}\u00a0»`);
    this.#part(".qr-code").replaceChildren(
      qr ??
        el(
          "p",
          "Ce lien est trop long pour tenir dans un QR code\u00a0: envoyez le lien lui-même, ou raccourcissez le message ou la liste des contenus pour obtenir un QR code.",
          "notice",
        ),
    );
    this.#part(".qr figcaption").hidden = !qr;
    this.#part(".sheet-link").textContent = url;
    this.#result.hidden = false;
    this.#part("#result-title").focus();
  }

  async #copy() {
    const field = this.#part<HTMLInputElement>("#a-link");
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      this.#part(".notice").textContent = "Lien copié dans le presse-papiers.";
    } catch {
      this.#part(".notice").textContent =
        "Copie impossible ici\u00a0: sélectionnez le lien dans le champ et copiez-le.";
    }
  }

  #listMine() {
    const assignments = Object.values(trainerStore().read().assignments).sort((a, b) => b.due.localeCompare(a.due));
    const section = this.#part("section.mine");
    section.hidden = assignments.length === 0;
    this.#part("ul.mine-list").replaceChildren(
      ...assignments.map((assignment) => {
        const item = el("li");
        const show = el("button", "Revoir le lien et le QR code", "button");
        show.type = "button";
        show.addEventListener("click", () => void this.#show(assignment));
        const table = Object.assign(el("a", "Tableau de cohorte"), {
          href: `${this.dataset["cohortPage"]}?affectation=${encodeURIComponent(assignment.id)}`,
        });
        const remove = el("button", "Supprimer…", "button danger");
        remove.type = "button";
        remove.setAttribute("aria-label", `Supprimer l’affectation «\u00a0${assignment.cohort}\u00a0»…`);
        remove.addEventListener("click", () => this.#askDelete(assignment));
        item.append(
          el("strong", assignment.cohort),
          ` — à terminer le ${frenchDay(assignment.due)}, ${assignment.items.length}\u00a0contenu${assignment.items.length > 1 ? "s" : ""}. `,
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
