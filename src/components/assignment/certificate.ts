// <relais-certificate>: fills the certificate of the assignment named in the
// URL, only when every item is passed; otherwise says what is missing.
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { itemTitle } from "../../lib/assignments/catalogue";
import { completion, statusesOf } from "../../lib/assignments/status";
import * as say from "../../lib/assignments/learner-wording";
import { progressStore } from "../../lib/progress/browser";
import { el, part } from "../dom";

class Certificate extends HTMLElement {
  connectedCallback() {
    part(this, ".nojs").hidden = true;
    const id = new URLSearchParams(location.search).get("affectation") ?? "";
    const progress = progressStore().read();
    const accepted = Object.hasOwn(progress.assignments ?? {}, id) ? progress.assignments![id] : undefined;
    if (!accepted) return this.#fail(say.NOT_IN_PARCOURS);
    const { assignment } = accepted;
    const statuses = statusesOf(progress, assignment);
    const done = completion(statuses);
    if (done < 100) {
      const left = statuses.filter((s) => s.state !== "reussi").length;
      return this.#fail(say.certificateNotYet(left, statuses.length, done));
    }
    if (!progress.learnerName) return this.#fail(say.NAME_FIRST);
    const catalogue = pageCatalogue();
    part(this, ".certificate-name").textContent = progress.learnerName;
    part(this, ".certificate-text").textContent = say.certificateText(assignment);
    part(this, "tbody").replaceChildren(
      ...statuses.map((status) => {
        const row = el("tr");
        const name = el("th", itemTitle(catalogue, status.item));
        name.scope = "row";
        row.append(name, el("td", say.certificateScore(status.score)), el("td", say.dateCell(status.at)));
        return row;
      }),
    );
    const last = statuses
      .map((s) => s.at ?? "")
      .sort()
      .at(-1)!;
    part(this, ".certificate-date").textContent = say.certificateDate(last, assignment.due);
    part(this, ".certificate").hidden = false;
    part(this, ".certificate-waiting").hidden = true;
    const print = part(this, "[data-action=print]");
    print.hidden = false;
    print.addEventListener("click", () => window.print());
    document.title = say.certificateTitle(progress.learnerName);
  }

  #fail(message: string) {
    const error = part(this, ".certificate-error");
    error.textContent = message;
    error.hidden = false;
  }
}

customElements.define("relais-certificate", Certificate);
