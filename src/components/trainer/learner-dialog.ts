// One learner's view in the cohort table's dialog: facts, then a row per item with its
// questions missed. Text only, as everywhere (names and questions come from files).
import type { LearnerView } from "../../lib/assignments/learner-view";
import { el, part } from "../dom";

export function fillLearnerDialog(dialog: HTMLDialogElement, view: LearnerView): void {
  dialog.dataset["learner"] = view.key;
  part(dialog, ".learner-title").textContent = view.title;
  part(dialog, ".learner-facts").replaceChildren(
    ...view.facts.flatMap(([term, value]) => [el("dt", term), el("dd", value)]),
  );
  part<HTMLTableElement>(dialog, "table.learner-items").tBodies[0]!.replaceChildren(
    ...view.items.map((item) => {
      const row = el("tr");
      row.dataset["item"] = item.ref;
      const title = el("th", item.title);
      title.scope = "row";
      const state = el("td", item.stateLine);
      state.dataset["state"] = item.state;
      const missed = el("td", typeof item.missed === "string" ? item.missed : "");
      if (typeof item.missed !== "string") {
        const list = el("ul");
        list.append(...item.missed.map((question) => el("li", question)));
        missed.append(list);
      }
      row.append(title, state, el("td", item.score), el("td", item.date, "date"), missed);
      return row;
    }),
  );
}
