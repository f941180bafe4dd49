// <relais-my-assignments>: each accepted assignment with where the learner
// stands, the completion report to download and, once all is passed, the link
// to the certificate. Follows progress made in other tabs.
import * as v from "valibot";
import { nameSchema } from "../../lib/assignments/assignment-link";
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { itemTitle } from "../../lib/assignments/catalogue";
import { buildReport, reportFileName } from "../../lib/assignments/report";
import { completion, daysLeft, dueLabel, localDay, statusesOf, STATE_LABEL } from "../../lib/assignments/status";
import { progressStore } from "../../lib/progress/browser";
import type { AcceptedAssignment, Progress } from "../../lib/progress/schema";
import { frenchDay, localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, download, el } from "../dom";

class MyAssignments extends HTMLElement {
  #catalogue = pageCatalogue();
  #name = this.querySelector<HTMLInputElement>("#learner-name")!;
  #dialog = this.querySelector<HTMLDialogElement>("dialog.remove-dialog")!;
  #removing: string | undefined;
  #rendered = "";
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    const store = progressStore();
    const { learnerName, unreadLearnerName } = store.read();
    this.#name.value = learnerName ?? "";
    if (!learnerName && typeof unreadLearnerName === "string") {
      // Saved under looser rules: shown for the learner to correct, with the reason.
      this.#name.value = unreadLearnerName;
      this.#checkedName(false);
    }
    this.#name.addEventListener("change", () => this.#saveName());
    this.#dialog.addEventListener("close", () => {
      if (this.#dialog.returnValue === "remove" && this.#removing) this.#remove(this.#removing);
      this.#removing = undefined;
    });
    this.#render(store.read());
    store.subscribe((progress) => this.#render(progress));
  }

  /** The typed name if it is acceptable, else undefined after saying why. */
  #checkedName(focus = true): string | undefined {
    const result = v.safeParse(nameSchema, this.#name.value);
    if (result.success) {
      this.#name.removeAttribute("aria-invalid");
      return result.output;
    }
    this.#name.setAttribute("aria-invalid", "true");
    const why = result.issues[0].message;
    this.#nameStatus(`Votre nom ${why === "est vide" ? "est nécessaire pour le rapport" : why}.`, true);
    if (focus) this.#name.focus();
    return undefined;
  }

  #saveName() {
    if (this.#name.value.trim() === "") {
      // Emptied: a set-aside name the learner does not want back is forgotten.
      if (progressStore().read().unreadLearnerName !== undefined) {
        progressStore().update(({ unreadLearnerName: _forgotten, ...p }) => p);
        this.#nameStatus("");
        this.#name.removeAttribute("aria-invalid");
      }
      return;
    }
    const name = this.#checkedName();
    if (!name) return;
    const status = progressStore().update(({ unreadLearnerName: _replaced, ...p }) => ({ ...p, learnerName: name }));
    this.#nameStatus(saveProblem(status, "votre nom") ?? "Votre nom est enregistré sur cet appareil.");
  }

  /** Next to the name field, in a line that is always there: nothing below it moves. */
  #nameStatus(text: string, problem = false) {
    const status = this.#part(".name-status");
    status.textContent = text;
    status.classList.toggle("form-error", problem);
  }

  #notice(text: string) {
    this.#part(".assignments-notice").textContent = text;
  }

  #render(progress: Progress) {
    // Saving the name must not rebuild the cards: the button being clicked would vanish under the pointer.
    const { learnerName: _name, checklists: _checklists, ...shown } = progress;
    const signature = JSON.stringify(shown) + localDay();
    if (signature === this.#rendered) return;
    this.#rendered = signature;
    const accepted = Object.values(progress.assignments ?? {}).sort((a, b) =>
      a.assignment.due.localeCompare(b.assignment.due),
    );
    const unread = Object.keys(progress.unreadAssignments ?? {}).length;
    this.#part("section.assignments").hidden = accepted.length === 0 && unread === 0;
    this.#part(".assignment-list").replaceChildren(...accepted.map((a) => this.#card(progress, a)));
    // Set aside by the store because they failed their check: said, not silently dropped.
    this.#part(".assignments-unread").textContent =
      unread === 0
        ? ""
        : `${unread === 1 ? "Une affectation enregistrée" : `${unread}\u00a0affectations enregistrées`} sur cet appareil n’${unread === 1 ? "a" : "ont"} pas pu être lue${unread === 1 ? "" : "s"} (données abîmées ou d’une autre version de Relais)\u00a0: elle${unread === 1 ? " est gardée" : "s sont gardées"} de côté, sans effet sur votre progression. ${unread === 1 ? "Rouvrez le lien de votre formateur pour l’accepter" : "Rouvrez les liens de vos formateurs pour les accepter"} à nouveau.`;
  }

  #card(progress: Progress, { assignment, acceptedAt }: AcceptedAssignment): HTMLElement {
    const statuses = statusesOf(progress, assignment);
    const done = completion(statuses);
    const passed = statuses.filter((s) => s.state === "reussi").length;
    const days = daysLeft(assignment.due, localDay());
    const card = el("article", "", "panel assignment-card");
    card.dataset["assignment"] = assignment.id;
    const titleId = `affectation-${assignment.id}`;
    card.setAttribute("aria-labelledby", titleId);
    const title = el("h3", `Cohorte «\u00a0${assignment.cohort}\u00a0»`);
    title.id = titleId;
    const due = el("p");
    const dueText = el(done === 100 ? "span" : "strong", dueLabel(days));
    due.append(
      `Confiée par ${assignment.trainer}, acceptée le ${localFrenchDate(acceptedAt)}. À terminer le ${frenchDay(assignment.due)}\u00a0: `,
      done === 100 ? "terminée" : dueText,
      ".",
    );
    if (done < 100 && days < 0) dueText.classList.add("late-notice");
    card.append(title, due);
    if (assignment.message) card.append(el("blockquote", assignment.message));

    const meter = Object.assign(document.createElement("progress"), { max: 100, value: done });
    meter.setAttribute("aria-labelledby", `${titleId}-done`);
    const summary = el(
      "p",
      `${done}\u00a0% terminé\u00a0: ${passed} sur ${statuses.length} réussi${passed > 1 ? "s" : ""} (seuil\u00a0: ${assignment.passScore}\u00a0%).`,
      "assignment-done",
    );
    summary.id = `${titleId}-done`;
    card.append(summary, meter);

    const table = el("table", "", "data-table");
    table.append(el("caption", `Contenus de l’affectation «\u00a0${assignment.cohort}\u00a0»`, "visually-hidden"));
    const head = el("tr");
    for (const label of ["Contenu", "État", "Score", "Date"]) {
      const th = el("th", label);
      th.scope = "col";
      head.append(th);
    }
    const body = el("tbody");
    table.append(el("thead"), body);
    table.tHead!.append(head);
    for (const status of statuses) {
      const row = el("tr");
      row.dataset["item"] = status.item;
      const name = el("th");
      name.scope = "row";
      const item = this.#catalogue.get(status.item);
      name.append(
        item
          ? Object.assign(el("a", item.title), { href: this.dataset["base"] + item.path })
          : itemTitle(this.#catalogue, status.item),
      );
      const state = el(
        "td",
        STATE_LABEL[status.state] + (status.ending ? ` — fin «\u00a0${status.ending}\u00a0»` : ""),
      );
      state.dataset["state"] = status.state;
      row.append(
        name,
        state,
        el("td", status.score === null ? "—" : `${status.score}\u00a0%`),
        el("td", status.at ? localFrenchDate(status.at) : "—"),
      );
      body.append(row);
    }
    const scroll = el("div", "", "table-scroll");
    scroll.append(table);
    card.append(scroll);

    const actions = el("p", "", "actions");
    const report = el("button", "Télécharger mon rapport", "button primary");
    report.type = "button";
    report.addEventListener("click", () => this.#export(assignment.id));
    actions.append(report);
    if (done === 100) {
      actions.append(
        Object.assign(el("a", "Voir et imprimer mon certificat", "button"), {
          href: `${this.dataset["certificate"]}?affectation=${encodeURIComponent(assignment.id)}`,
        }),
      );
    }
    const remove = el("button", "Retirer de mon parcours…", "button");
    remove.type = "button";
    remove.addEventListener("click", () => {
      this.#removing = assignment.id;
      this.#part(".remove-text").textContent =
        `L’affectation «\u00a0${assignment.cohort}\u00a0» disparaîtra de cet appareil. Vos leçons lues et vos résultats restent.`;
      askInDialog(this.#dialog);
    });
    actions.append(remove);
    card.append(actions);
    return card;
  }

  #export(id: string) {
    const name = this.#checkedName();
    if (!name) return;
    const progress = progressStore().read();
    const accepted = progress.assignments?.[id];
    if (!accepted) return;
    if (progress.learnerName !== name)
      progressStore().update(({ unreadLearnerName: _replaced, ...p }) => ({ ...p, learnerName: name }));
    const report = buildReport({
      name,
      key: accepted.learnerKey,
      assignment: accepted.assignment,
      acceptedAt: accepted.acceptedAt,
      statuses: statusesOf(progress, accepted.assignment),
      now: new Date(),
    });
    download(reportFileName(report), JSON.stringify(report, null, 2), "application/json");
    this.#notice(
      `Rapport téléchargé («\u00a0${reportFileName(report)}\u00a0»). Envoyez ce fichier à ${accepted.assignment.trainer}.`,
    );
  }

  #remove(id: string) {
    const status = progressStore().update((p) => {
      const { [id]: _removed, ...rest } = p.assignments ?? {};
      return { ...p, assignments: rest };
    });
    this.#notice(saveProblem(status) ?? "L’affectation a été retirée de votre parcours.");
  }
}

customElements.define("relais-my-assignments", MyAssignments);
