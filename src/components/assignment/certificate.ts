// <relais-certificate>: fills the certificate of the assignment named in the
// URL, only when every item is passed; otherwise says what is missing.
import { pageCatalogue } from "../../lib/assignments/page-catalogue";
import { itemTitle } from "../../lib/assignments/catalogue";
import { completion, statusesOf } from "../../lib/assignments/status";
import { progressStore } from "../../lib/progress/browser";
import { frenchDay, localFrenchDate } from "../../lib/french";
import { el } from "../dom";

class Certificate extends HTMLElement {
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    this.#part(".nojs").hidden = true;
    const id = new URLSearchParams(location.search).get("affectation") ?? "";
    const progress = progressStore().read();
    const accepted = Object.hasOwn(progress.assignments ?? {}, id) ? progress.assignments![id] : undefined;
    if (!accepted) return this.#fail("Cette affectation n’est pas dans votre parcours sur cet appareil.");
    const { assignment } = accepted;
    const statuses = statusesOf(progress, assignment);
    const done = completion(statuses);
    if (done < 100) {
      const left = statuses.filter((s) => s.state !== "reussi").length;
      return this.#fail(
        `Le certificat sera disponible quand tout sera réussi\u00a0: il reste ${left} contenu${left > 1 ? "s" : ""} sur ${statuses.length} (${done}\u00a0% terminé).`,
      );
    }
    if (!progress.learnerName) return this.#fail("Indiquez d’abord votre nom dans Mon parcours, puis revenez ici.");
    const catalogue = pageCatalogue();
    this.#part(".certificate-name").textContent = progress.learnerName;
    this.#part(".certificate-text").textContent =
      `a réussi l’ensemble de l’affectation «\u00a0${assignment.cohort}\u00a0» confiée par ${assignment.trainer}, avec au moins ${assignment.passScore}\u00a0% à chaque quiz et simulation.`;
    this.#part("tbody").replaceChildren(
      ...statuses.map((status) => {
        const row = el("tr");
        const name = el("th", itemTitle(catalogue, status.item));
        name.scope = "row";
        row.append(
          name,
          el("td", `${status.score ?? 100}\u00a0%`),
          el("td", status.at ? localFrenchDate(status.at) : "—"),
        );
        return row;
      }),
    );
    const last = statuses
      .map((s) => s.at ?? "")
      .sort()
      .at(-1)!;
    this.#part(".certificate-date").textContent =
      `Terminé le ${localFrenchDate(last)}, pour une échéance au ${frenchDay(assignment.due)}.`;
    this.#part(".certificate").hidden = false;
    this.#part(".certificate-waiting").hidden = true;
    const print = this.#part("[data-action=print]");
    print.hidden = false;
    print.addEventListener("click", () => window.print());
    document.title = `Certificat — ${progress.learnerName} — Relais`;
  }

  #fail(message: string) {
    const error = this.#part(".certificate-error");
    error.textContent = message;
    error.hidden = false;
  }
}

customElements.define("relais-certificate", Certificate);
