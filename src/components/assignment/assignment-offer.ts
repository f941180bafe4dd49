// <relais-assignment-offer>: reads the assignment in the link, shows it, and on
// « Accepter » adds it to the learner's progress. A broken link changes nothing;
// a different version of an assignment already accepted asks before replacing. An edited
// assignment (`replaces`) says which one accepted earlier it replaces.
import { reviewFacts } from "../../lib/assignments/review-days-wording";
import { decodeAssignment, newId, sameAssignment, type Assignment } from "../../lib/assignments/assignment-link";
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { replacedBy } from "../../lib/assignments/assignment-edit";
import { daysLeft, dueLabel, localDay } from "../../lib/assignments/status";
import * as say from "../../lib/assignments/learner-wording";
import { progressStore } from "../../lib/progress/browser";
import { acceptAssignment } from "../../lib/progress/parcours-changes";
import { saveProblem } from "../../lib/progress/save-wording";
import { el, part } from "../dom";

class AssignmentOffer extends HTMLElement {
  #catalogue = pageCatalogue();
  #assignment: Assignment | undefined;

  connectedCallback() {
    part(this, ".nojs").hidden = true;
    part(this, "[data-action=accept]").addEventListener("click", () => this.#accept());
    void this.#open(location.hash.slice(1));
    // Another link pasted into the same tab only changes the fragment.
    window.addEventListener("hashchange", () => void this.#open(location.hash.slice(1)));
  }

  async #open(fragment: string) {
    this.#assignment = undefined;
    part(this, ".offer").hidden = true;
    part(this, ".offer-error").hidden = true;
    part(this, ".offer-notice").textContent = "";
    if (fragment === "") {
      this.#fail(say.NO_ASSIGNMENT_IN_LINK);
      return;
    }
    const result = await decodeAssignment(fragment, new Set(this.#catalogue.keys()));
    if (!result.ok) {
      this.#fail(say.linkRefused(result.error, result.damaged));
      return;
    }
    this.#assignment = result.assignment;
    this.#render(result.assignment);
  }

  #fail(message: string) {
    const error = part(this, ".offer-error");
    error.textContent = message;
    error.hidden = false;
  }

  #render(assignment: Assignment) {
    part(this, "#offer-title").textContent = say.cohortTitle(assignment.cohort);
    const facts = part(this, ".offer-facts");
    facts.replaceChildren();
    for (const [term, value] of [
      ...say.offerFacts(assignment, dueLabel(daysLeft(assignment.due, localDay()))),
      ...reviewFacts(assignment),
    ]) {
      facts.append(el("dt", term), el("dd", value));
    }
    const message = part(this, ".offer-message");
    message.textContent = assignment.message;
    message.hidden = assignment.message === "";
    const base = this.dataset["base"]!;
    part(this, ".offer-items").replaceChildren(
      ...assignment.items.map((ref) => {
        const item = this.#catalogue.get(ref)!;
        const li = el("li");
        li.append(
          Object.assign(el("a", item.title), { href: base + item.path }),
          el("span", say.itemKind(ref), "kind"),
        );
        return li;
      }),
    );
    part(this, ".offer").hidden = false;
    this.#showState();
  }

  #showState() {
    const assignment = this.#assignment!;
    const all = progressStore().read().assignments ?? {};
    const accepted = all[assignment.id];
    // The version this one replaces, when the learner accepted it; the newer one they accepted, if any.
    const older = assignment.replaces === undefined ? undefined : all[assignment.replaces];
    const newer = replacedBy(Object.values(all).map((a) => a.assignment)).get(assignment.id);
    const button = part<HTMLButtonElement>(this, "[data-action=accept]");
    button.hidden = false;
    button.textContent = say.ACCEPT;
    let state = "";
    if (accepted && sameAssignment(accepted.assignment, assignment)) {
      state = say.alreadyAccepted(accepted.acceptedAt);
      button.hidden = true;
    } else if (accepted) {
      state = say.OTHER_VERSION_ACCEPTED;
      button.textContent = say.REPLACE;
    } else if (older) {
      state = say.replacesAccepted(older.assignment.cohort, older.acceptedAt);
    }
    if (newer) state = `${say.replacedByAccepted(newer.cohort, all[newer.id]!.acceptedAt)} ${state}`.trim();
    part(this, ".offer-state").textContent = state;
  }

  #accept() {
    const assignment = this.#assignment;
    if (!assignment) return;
    // Accepting again keeps the learner key (even one read back from a set-aside copy): see acceptAssignment.
    const status = progressStore().update((p) => acceptAssignment(p, assignment, new Date(), newId()));
    part(this, ".offer-notice").textContent = saveProblem(status) ?? say.ACCEPTED;
    this.#showState();
    // The button just pressed is now hidden: keep the keyboard on the next step rather than the page's top.
    part<HTMLAnchorElement>(this, ".offer .actions a").focus();
  }
}

customElements.define("relais-assignment-offer", AssignmentOffer);
