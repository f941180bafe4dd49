// <relais-simulation>: plays the server-rendered steps of a simulation as a feed.
// Each choice adds the learner's move and its consequence, then the next step's
// messages; an ending shows the score, the ending's debrief and a recap of every
// choice made, and is kept in the progress store.
import { progressStore } from "../lib/progress/browser";
import { withEndingRecords } from "../lib/progress/best";
import { saveProblem } from "./save-status";

interface Choice {
  label: string;
  next: string;
  points: number;
  consequence: string;
  debrief: string;
}
interface Step {
  messages: HTMLLIElement[];
  prompt: string;
  choices: Choice[];
  ending?: { title: string; debrief: string };
}

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? "";
const points = (n: number) => `${n}\u00a0point${Math.abs(n) > 1 ? "s" : ""}`;

function readSteps(root: Element): Map<string, Step> {
  const steps = new Map<string, Step>();
  for (const section of root.querySelectorAll<HTMLElement>(".sim-step")) {
    const ending = section.querySelector<HTMLElement>(".sim-ending");
    steps.set(section.dataset["step"]!, {
      messages: [...section.querySelectorAll<HTMLLIElement>(".message")],
      prompt: text(section, ".sim-prompt"),
      choices: [...section.querySelectorAll<HTMLLIElement>(".sim-choices > li")].map((li) => ({
        label: text(li, "a"),
        next: li.dataset["next"]!,
        points: Number(li.dataset["points"]),
        consequence: text(li, ".sim-consequence"),
        debrief: text(li, ".sim-choice-debrief"),
      })),
      ...(ending ? { ending: { title: ending.dataset["title"]!, debrief: text(ending, ".sim-debrief") } } : {}),
    });
  }
  return steps;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = content;
  return node;
}

class RelaisSimulation extends HTMLElement {
  #id = this.dataset["simulation"]!;
  #best = Number(this.dataset["best"]);
  #steps = readSteps(this);
  #made: Choice[] = [];
  #feed = el("ol", "feed sim-feed");
  #stage = el("div", "sim-stage");
  #score = el("p", "sim-score");
  #status = el("p", "sim-status");

  connectedCallback() {
    this.classList.add("is-enhanced");
    const toolbar = el("div", "sim-toolbar");
    const restart = el("button", "button", "Recommencer");
    restart.type = "button";
    restart.addEventListener("click", () => this.#start(true));
    this.#status.setAttribute("role", "status");
    toolbar.append(this.#score, restart);
    this.#feed.setAttribute("aria-label", "Fil de la simulation");
    this.append(toolbar, this.#feed, this.#stage, this.#status);
    this.#start(false);
  }

  #start(focus: boolean) {
    this.#made = [];
    this.#feed.replaceChildren();
    this.#status.textContent = "";
    this.#play(this.dataset["start"]!, focus);
  }

  #play(id: string, focus: boolean) {
    const step = this.#steps.get(id)!;
    const firstNew = step.messages.length > 0 ? this.#feed.children.length : -1;
    for (const message of step.messages) this.#feed.append(message.cloneNode(true));
    this.#updateScore();
    if (step.ending) this.#finish(id, step.ending, focus);
    else this.#ask(step, focus);
    if (focus && firstNew >= 0) (this.#feed.children[firstNew] as HTMLElement).scrollIntoView({ block: "nearest" });
  }

  #ask(step: Step, focus: boolean) {
    const heading = el("h2", "sim-prompt", step.prompt);
    heading.tabIndex = -1;
    const list = el("ul", "sim-choices");
    for (const choice of step.choices) {
      const button = el("button", "button sim-choice", choice.label);
      button.type = "button";
      button.addEventListener("click", () => this.#choose(choice));
      const item = el("li", "");
      item.append(button);
      list.append(item);
    }
    this.#stage.replaceChildren(heading, list);
    if (focus) heading.focus();
  }

  #choose(choice: Choice) {
    this.#made.push(choice);
    const mine = el("li", "message");
    mine.dataset["role"] = "vous";
    mine.append(el("p", "message-author", "Vous"), el("p", "message-text", choice.label));
    const consequence = el("li", "sim-note", choice.consequence);
    this.#feed.append(mine, consequence);
    this.#play(choice.next, true);
  }

  #total() {
    return this.#made.reduce((sum, c) => sum + c.points, 0);
  }

  #updateScore() {
    this.#score.textContent = `Score\u00a0: ${points(this.#total())}`;
  }

  #finish(id: string, ending: { title: string; debrief: string }, focus: boolean) {
    const score = this.#total();
    const heading = el("h2", "sim-ending-title", `Fin\u00a0: ${ending.title}`);
    heading.tabIndex = -1;
    const recap = el("ol", "sim-recap");
    for (const choice of this.#made) {
      const item = el("li", "");
      item.append(
        el("p", "sim-recap-choice", `${choice.label} (${choice.points > 0 ? "+" : ""}${points(choice.points)})`),
        el("p", "", choice.debrief),
      );
      recap.append(item);
    }
    this.#stage.replaceChildren(
      heading,
      el("p", "sim-final-score", `Votre score\u00a0: ${points(score)} sur ${points(this.#best)} possibles.`),
      el("p", "sim-debrief", ending.debrief),
      el("h3", "", "Vos choix, un par un"),
      recap,
    );
    if (focus) heading.focus();
    const at = new Date().toISOString();
    const status = progressStore().update((p) => ({
      ...p,
      simulations: {
        ...p.simulations,
        [this.#id]: withEndingRecords(p.simulations[this.#id], {
          ending: id,
          endingTitle: ending.title,
          score,
          best: this.#best,
          at,
        }),
      },
    }));
    this.#status.textContent = saveProblem(status) ?? "Cette fin est enregistrée dans «\u00a0Mon parcours\u00a0».";
  }
}

customElements.define("relais-simulation", RelaisSimulation);
