// <relais-simulation>: plays the server-rendered steps of a simulation as a feed.
// Each choice adds the learner's move and its consequence, then the next step's
// messages; a route step leads on by the score so far; an ending shows the score,
// the ending's debrief, every choice made with its points and, for each weak one,
// the better choice and why; then what to do next. Every play is kept in the
// progress store. Choices are shuffled for each play. What it says is in
// lib/simulation/simulation-wording.ts; what it records, in lib/progress/changes.ts.
import { progressStore } from "../../lib/progress/browser";
import { recordSimulation } from "../../lib/progress/changes";
import { routeTarget, type Outcome } from "../../lib/simulation/simulation-graph";
import {
  CHOICES_HEADING,
  FEED_LABEL,
  RESTART,
  SAVED,
  YOU,
  betterChoice,
  choiceWorth,
  endingHeading,
  finalScore,
  outcomeLine,
  runningScore,
} from "../../lib/simulation/simulation-wording";
import { newSeed, questionSeed, seededShuffle } from "../../lib/shuffle";
import { saveProblem } from "../../lib/progress/save-wording";
import { el, part } from "../dom";

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
  route?: { minScore?: number; next: string }[];
  ending?: { title: string; debrief: string; outcome: Outcome };
}
/** A choice made, with the others offered at the same step. */
interface Move {
  choice: Choice;
  offered: Choice[];
}

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? "";

function readSteps(root: Element): Map<string, Step> {
  const steps = new Map<string, Step>();
  for (const section of root.querySelectorAll<HTMLElement>(".sim-step")) {
    const ending = section.querySelector<HTMLElement>(".sim-ending");
    const route = [...section.querySelectorAll<HTMLLIElement>(".sim-route li")].map((li) => ({
      next: li.dataset["next"]!,
      ...(li.dataset["minScore"] === undefined ? {} : { minScore: Number(li.dataset["minScore"]) }),
    }));
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
      ...(route.length > 0 ? { route } : {}),
      ...(ending
        ? {
            ending: {
              title: ending.dataset["title"]!,
              debrief: text(ending, ".sim-debrief"),
              outcome: ending.dataset["outcome"] as Outcome,
            },
          }
        : {}),
    });
  }
  return steps;
}

class RelaisSimulation extends HTMLElement {
  #id = this.dataset["simulation"]!;
  #best = Number(this.dataset["best"]);
  #passScore = Number(this.dataset["pass"]);
  #steps = readSteps(this);
  #next = part(this, ".sim-next");
  #made: Move[] = [];
  #seed = newSeed();
  #feed = el("ol", "", "feed sim-feed");
  #stage = el("div", "", "sim-stage");
  #score = el("p", "", "sim-score");
  #status = el("p", "", "sim-status");

  connectedCallback() {
    this.classList.add("is-enhanced");
    const toolbar = el("div", "", "sim-toolbar");
    const restart = el("button", RESTART, "button");
    restart.type = "button";
    restart.addEventListener("click", () => this.#start(true));
    const replay = part<HTMLButtonElement>(this.#next, "[data-action=replay]");
    replay.closest("li")!.hidden = false;
    replay.addEventListener("click", () => this.#start(true));
    this.#status.setAttribute("role", "status");
    toolbar.append(this.#score, restart);
    this.#feed.setAttribute("aria-label", FEED_LABEL);
    this.insertBefore(toolbar, this.#next);
    this.insertBefore(this.#feed, this.#next);
    this.insertBefore(this.#stage, this.#next);
    this.append(this.#status);
    this.#start(false);
  }

  #start(focus: boolean) {
    this.#made = [];
    this.#seed = newSeed(); // a new play, a new order of choices
    this.#feed.replaceChildren();
    this.#status.textContent = "";
    this.#next.hidden = true;
    this.#play(this.dataset["start"]!, focus);
  }

  #play(id: string, focus: boolean): void {
    const step = this.#steps.get(id)!;
    const firstNew = step.messages.length > 0 ? this.#feed.children.length : -1;
    for (const message of step.messages) this.#feed.append(message.cloneNode(true));
    this.#updateScore();
    if (step.route) {
      // A route's own messages come first; the next step scrolls to them if it brings none.
      this.#play(routeTarget(step.route, this.#total()), focus);
    } else if (step.ending) this.#finish(id, step.ending, focus);
    else this.#ask(id, step, focus);
    if (focus && firstNew >= 0) (this.#feed.children[firstNew] as HTMLElement).scrollIntoView({ block: "nearest" });
  }

  #ask(id: string, step: Step, focus: boolean) {
    const heading = el("h2", step.prompt, "sim-prompt");
    heading.tabIndex = -1;
    const list = el("ul", "", "sim-choices");
    for (const choice of seededShuffle(step.choices, questionSeed(this.#seed, id))) {
      const button = el("button", choice.label, "button sim-choice");
      button.type = "button";
      button.addEventListener("click", () => this.#choose(choice, step.choices));
      const item = el("li");
      item.append(button);
      list.append(item);
    }
    this.#stage.replaceChildren(heading, list);
    this.#stage.dataset["step"] = id;
    delete this.#stage.dataset["outcome"];
    if (focus) heading.focus();
  }

  #choose(choice: Choice, offered: Choice[]) {
    this.#made.push({ choice, offered });
    const mine = el("li", "", "message");
    mine.dataset["role"] = "vous";
    mine.append(el("p", YOU, "message-author"), el("p", choice.label, "message-text"));
    const consequence = el("li", choice.consequence, "sim-note");
    this.#feed.append(mine, consequence);
    this.#play(choice.next, true);
  }

  #total() {
    return this.#made.reduce((sum, move) => sum + move.choice.points, 0);
  }

  #updateScore() {
    this.#score.textContent = runningScore(this.#total());
  }

  /** Each choice made with its points; for a weak one, the best choice offered at that step and why. */
  #recap(): HTMLOListElement {
    const recap = el("ol", "", "sim-recap");
    for (const { choice, offered } of this.#made) {
      const best = offered.reduce((a, b) => (b.points > a.points ? b : a));
      const weak = choice.points < best.points;
      const item = el("li", "", weak ? "is-weak" : "");
      item.append(el("p", choiceWorth(choice.label, choice.points), "sim-recap-choice"), el("p", choice.debrief));
      if (weak) {
        const better = el("div", "", "sim-better");
        better.append(el("p", betterChoice(best.label, best.points), "sim-better-choice"), el("p", best.debrief));
        item.append(better);
      }
      recap.append(item);
    }
    return recap;
  }

  #finish(id: string, ending: NonNullable<Step["ending"]>, focus: boolean) {
    const score = this.#total();
    const heading = el("h2", endingHeading(ending.title), "sim-ending-title");
    heading.tabIndex = -1;
    this.#stage.replaceChildren(
      heading,
      el("p", outcomeLine(ending.outcome), "sim-outcome-line"),
      el("p", finalScore(score, this.#best, this.#passScore), "sim-final-score"),
      el("p", ending.debrief, "sim-debrief"),
      el("h3", CHOICES_HEADING),
      this.#recap(),
    );
    this.#stage.dataset["outcome"] = ending.outcome;
    this.#stage.dataset["step"] = id;
    this.#next.hidden = false;
    if (focus) heading.focus();
    const play = { ending: id, endingTitle: ending.title, score, best: this.#best, at: new Date().toISOString() };
    const status = progressStore().update((p) => recordSimulation(p, this.#id, play));
    this.#status.textContent = saveProblem(status) ?? SAVED;
  }
}

customElements.define("relais-simulation", RelaisSimulation);
