// <relais-assignment-offer>: reads the assignment in the link, shows it, and on
// « Accepter » adds it to the learner's progress. A broken link changes nothing;
// a different version of an assignment already accepted asks before replacing.
import * as v from "valibot";
import {
  decodeAssignment,
  newId,
  sameAssignment,
  storageKey,
  type Assignment,
} from "../../lib/assignments/assignment-link";
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { daysLeft, dueLabel, localDay } from "../../lib/assignments/status";
import { progressStore } from "../../lib/progress/browser";
import { frenchDay, localFrenchDate } from "../../lib/french";
import { saveProblem } from "../../lib/progress/save-wording";
import { el } from "../dom";

class AssignmentOffer extends HTMLElement {
  #catalogue = pageCatalogue();
  #assignment: Assignment | undefined;
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    this.#part(".nojs").hidden = true;
    this.#part("[data-action=accept]").addEventListener("click", () => this.#accept());
    void this.#open(location.hash.slice(1));
    // Another link pasted into the same tab only changes the fragment.
    window.addEventListener("hashchange", () => void this.#open(location.hash.slice(1)));
  }

  async #open(fragment: string) {
    this.#assignment = undefined;
    this.#part(".offer").hidden = true;
    this.#part(".offer-error").hidden = true;
    this.#part(".offer-notice").textContent = "";
    if (fragment === "") {
      this.#fail("Ce lien ne contient pas d’affectation. Ouvrez le lien complet que votre formateur vous a envoyé.");
      return;
    }
    const result = await decodeAssignment(fragment, new Set(this.#catalogue.keys()));
    if (!result.ok) {
      this.#fail(`${result.error} Votre parcours n’a pas été modifié.`);
      return;
    }
    this.#assignment = result.assignment;
    this.#render(result.assignment);
  }

  #fail(message: string) {
    const error = this.#part(".offer-error");
    error.textContent = message;
    error.hidden = false;
  }

  #render(assignment: Assignment) {
    this.#part("#offer-title").textContent = `Cohorte «\u00a0${assignment.cohort}\u00a0»`;
    const facts = this.#part(".offer-facts");
    facts.replaceChildren();
    const days = daysLeft(assignment.due, localDay());
    for (const [term, value] of [
      ["Confiée par", assignment.trainer],
      ["À terminer au plus tard le", `${frenchDay(assignment.due)} (${dueLabel(days).toLowerCase()})`],
      ["Réussite", `${assignment.passScore}\u00a0% ou plus à chaque quiz et simulation`],
    ] as const) {
      facts.append(el("dt", term), el("dd", value));
    }
    const message = this.#part(".offer-message");
    message.textContent = assignment.message;
    message.hidden = assignment.message === "";
    const base = this.dataset["base"]!;
    this.#part(".offer-items").replaceChildren(
      ...assignment.items.map((ref) => {
        const item = this.#catalogue.get(ref)!;
        const li = el("li");
        li.append(
          Object.assign(el("a", item.title), { href: base + item.path }),
          el("span", ref.startsWith("simulation:") ? " — simulation" : " — leçon et quiz", "kind"),
        );
        return li;
      }),
    );
    this.#part(".offer").hidden = false;
    this.#showState();
  }

  #showState() {
    const assignment = this.#assignment!;
    const accepted = progressStore().read().assignments?.[assignment.id];
    const button = this.#part<HTMLButtonElement>("[data-action=accept]");
    button.hidden = false;
    button.textContent = "Accepter l’affectation";
    let state = "";
    if (accepted && sameAssignment(accepted.assignment, assignment)) {
      state = `Vous avez accepté cette affectation le ${localFrenchDate(accepted.acceptedAt)}. Elle est dans Mon parcours.`;
      button.hidden = true;
    } else if (accepted) {
      state =
        "Vous aviez déjà accepté une version différente de cette affectation. L’accepter à nouveau la remplace (votre progression dans les leçons reste intacte).";
      button.textContent = "Remplacer par cette version";
    }
    this.#part(".offer-state").textContent = state;
  }

  #accept() {
    const assignment = this.#assignment;
    if (!assignment) return;
    const status = progressStore().update((p) => {
      const previous = p.assignments?.[assignment.id];
      // Accepted before but set aside as unreadable: its learner key, if still readable, keeps the
      // learner on one row of the trainer's table; the set-aside copy is then replaced by this one.
      const { [assignment.id]: setAside, ...otherUnread } = p.unreadAssignments ?? {};
      const oldKey = (setAside as { learnerKey?: unknown } | undefined)?.learnerKey;
      const keptKey = v.is(storageKey, oldKey) ? oldKey : undefined;
      const { unreadAssignments: _unread, ...rest } = p;
      return {
        ...rest,
        ...(Object.keys(otherUnread).length > 0 ? { unreadAssignments: otherUnread } : {}),
        assignments: {
          ...p.assignments,
          [assignment.id]: {
            assignment,
            acceptedAt: previous?.acceptedAt ?? new Date().toISOString(),
            learnerKey: previous?.learnerKey ?? keptKey ?? newId(),
          },
        },
      };
    });
    this.#part(".offer-notice").textContent =
      saveProblem(status) ?? "Affectation acceptée. Retrouvez-la en haut de Mon parcours, avec vos avancées.";
    this.#showState();
    // The button just pressed is now hidden: keep the keyboard on the next step rather than the page's top.
    this.#part<HTMLAnchorElement>(".offer .actions a").focus();
  }
}

customElements.define("relais-assignment-offer", AssignmentOffer);
