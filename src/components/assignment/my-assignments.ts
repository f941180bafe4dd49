// <relais-my-assignments>: each accepted assignment with where the learner
// stands, the completion report to download and, once all is passed, the link
// to the certificate. Follows progress made in other tabs. A version replaced by an edited one
// the learner accepted stays, below the current ones, marked replaced, its report still there.
import * as v from "valibot";
import { nameSchema, type Assignment } from "../../lib/assignments/assignment-link";
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { itemTitle } from "../../lib/assignments/catalogue";
import { buildReport, reportFileName } from "../../lib/assignments/report";
import { currentFirst, replacedBy } from "../../lib/assignments/assignment-edit";
import { lessonsWithMisses, questionTexts, withMissed, type QuestionText } from "../../lib/assignments/missed";
import { completion, daysLeft, dueLabel, localDay, statusesOf } from "../../lib/assignments/status";
import { assignmentReview } from "../../lib/review/review-streak";
import { reviewLine } from "../../lib/assignments/review-days-wording";
import * as say from "../../lib/assignments/learner-wording";
import { progressStore } from "../../lib/progress/browser";
import { forgetSetAsideName, removeAssignment, setLearnerName } from "../../lib/progress/parcours-changes";
import type { AcceptedAssignment, Progress } from "../../lib/progress/schema";
import { saveProblem } from "../../lib/progress/save-wording";
import { askInDialog, download } from "../dialogs-and-files";
import { el, part } from "../dom";

class MyAssignments extends HTMLElement {
  #catalogue = pageCatalogue();
  #name = part<HTMLInputElement>(this, "#learner-name");
  #dialog = part<HTMLDialogElement>(this, "dialog.remove-dialog");
  #removing: string | undefined;
  #rendered = "";

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
    this.#nameStatus(say.nameProblem(result.issues[0].message), true);
    if (focus) this.#name.focus();
    return undefined;
  }

  #saveName() {
    if (this.#name.value.trim() === "") {
      // Emptied: a set-aside name the learner does not want back is forgotten.
      if (progressStore().read().unreadLearnerName !== undefined) {
        progressStore().update(forgetSetAsideName);
        this.#nameStatus("");
        this.#name.removeAttribute("aria-invalid");
      }
      return;
    }
    const name = this.#checkedName();
    if (!name) return;
    const status = progressStore().update((p) => setLearnerName(p, name));
    this.#nameStatus(saveProblem(status, say.UNSAVED_NAME) ?? say.NAME_SAVED);
  }

  /** Next to the name field, in a line that is always there: nothing below it moves. */
  #nameStatus(text: string, problem = false) {
    const status = part(this, ".name-status");
    status.textContent = text;
    status.classList.toggle("form-error", problem);
  }

  #notice(text: string) {
    part(this, ".assignments-notice").textContent = text;
  }

  #render(progress: Progress) {
    // Saving the name must not rebuild the cards: the button being clicked would vanish under the pointer.
    const { learnerName: _name, checklists: _checklists, ...shown } = progress;
    const signature = JSON.stringify(shown) + localDay();
    if (signature === this.#rendered) return;
    this.#rendered = signature;
    const accepted = currentFirst(
      Object.values(progress.assignments ?? {}),
      (a) => a.assignment,
      (a, b) => a.assignment.due.localeCompare(b.assignment.due),
    );
    const replaced = replacedBy(accepted.map((a) => a.assignment));
    const unread = Object.keys(progress.unreadAssignments ?? {}).length;
    part(this, "section.assignments").hidden = accepted.length === 0 && unread === 0;
    part(this, ".assignment-list").replaceChildren(
      ...accepted.map((a) => this.#card(progress, a, replaced.get(a.assignment.id))),
    );
    // Set aside by the store because they failed their check: said, not silently dropped.
    part(this, ".assignments-unread").textContent = say.unreadAssignments(unread);
  }

  #card(progress: Progress, accepted: AcceptedAssignment, by?: Assignment): HTMLElement {
    const { assignment, acceptedAt } = accepted;
    const statuses = statusesOf(progress, assignment);
    const done = completion(statuses);
    const passed = statuses.filter((s) => s.state === "reussi").length;
    const days = daysLeft(assignment.due, localDay());
    const card = el("article", "", "panel assignment-card");
    card.dataset["assignment"] = assignment.id;
    const titleId = `affectation-${assignment.id}`;
    card.setAttribute("aria-labelledby", titleId);
    const title = el("h3", say.cohortTitle(assignment.cohort));
    title.id = titleId;
    if (by) {
      card.dataset["replaced"] = by.id;
      title.append(el("span", say.REPLACED_BADGE, "replaced-badge"));
    }
    const due = el("p");
    const dueText = el(done === 100 ? "span" : "strong", dueLabel(days));
    due.append(say.cardDue(assignment, acceptedAt), done === 100 ? say.DONE : dueText, ".");
    if (done < 100 && days < 0) dueText.classList.add("late-notice");
    card.append(title, ...(by ? [el("p", say.replacedCard(by), "notice replaced-card")] : []), due);
    if (assignment.message) card.append(el("blockquote", assignment.message));

    const meter = Object.assign(document.createElement("progress"), { max: 100, value: done });
    meter.setAttribute("aria-labelledby", `${titleId}-done`);
    const summary = el("p", say.completionLine(done, passed, statuses.length, assignment.passScore), "assignment-done");
    summary.id = `${titleId}-done`;
    card.append(summary, meter);
    const review = assignmentReview(progress, accepted);
    if (review && assignment.reviewStreak !== undefined)
      card.append(el("p", reviewLine(review, assignment.reviewStreak), "assignment-review"));

    const table = el("table", "", "data-table");
    table.append(el("caption", say.contentsCaption(assignment.cohort), "visually-hidden"));
    const head = el("tr");
    for (const label of say.ITEM_COLUMNS) {
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
      const state = el("td", say.stateCell(status));
      state.dataset["state"] = status.state;
      row.append(name, state, el("td", say.scoreCell(status.score)), el("td", say.dateCell(status.at)));
      body.append(row);
    }
    const scroll = el("div", "", "table-scroll");
    scroll.append(table);
    card.append(scroll);

    const actions = el("p", "", "actions");
    const report = el("button", say.DOWNLOAD_REPORT, "button primary");
    report.type = "button";
    report.addEventListener("click", () => void this.#export(assignment.id));
    actions.append(report);
    if (done === 100) {
      actions.append(
        Object.assign(el("a", say.SEE_CERTIFICATE, "button"), {
          href: `${this.dataset["certificate"]}?affectation=${encodeURIComponent(assignment.id)}`,
        }),
      );
    }
    const remove = el("button", say.REMOVE, "button");
    remove.type = "button";
    remove.addEventListener("click", () => {
      this.#removing = assignment.id;
      part(this, ".remove-text").textContent = say.removeQuestion(assignment.cohort);
      askInDialog(this.#dialog);
    });
    actions.append(remove);
    card.append(actions);
    return card;
  }

  /** The text of each lesson's questions, fetched for the lessons with a question wrong (explainers have none). */
  async #questions(progress: Progress, assignment: Assignment): Promise<Map<string, QuestionText[]>> {
    const ids = lessonsWithMisses(progress, assignment).filter((id) => !this.#catalogue.get(`lecon:${id}`)?.explainer);
    const fetched = await Promise.all(
      ids.map((id) =>
        fetch(`${this.dataset["base"]}revisions/lecons/${id}.json`)
          .then((response) => (response.ok ? response.json() : undefined))
          .then((json) => [id, questionTexts(json)] as const)
          // Offline without the file cached: the report goes without that lesson's list.
          .catch(() => [id, undefined] as const),
      ),
    );
    return new Map(fetched.filter((entry): entry is [string, QuestionText[]] => entry[1] !== undefined));
  }

  async #export(id: string) {
    const name = this.#checkedName();
    if (!name) return;
    const progress = progressStore().read();
    const accepted = progress.assignments?.[id];
    if (!accepted) return;
    if (progress.learnerName !== name) progressStore().update((p) => setLearnerName(p, name));
    const report = buildReport({
      name,
      key: accepted.learnerKey,
      assignment: accepted.assignment,
      acceptedAt: accepted.acceptedAt,
      statuses: withMissed(
        statusesOf(progress, accepted.assignment),
        progress,
        await this.#questions(progress, accepted.assignment),
      ),
      now: new Date(),
      review: assignmentReview(progress, accepted),
    });
    download(reportFileName(report), JSON.stringify(report, null, 2), "application/json");
    this.#notice(say.reportDownloaded(reportFileName(report), accepted.assignment.trainer));
  }

  #remove(id: string) {
    const status = progressStore().update((p) => removeAssignment(p, id));
    this.#notice(saveProblem(status) ?? say.REMOVED);
  }
}

customElements.define("relais-my-assignments", MyAssignments);
