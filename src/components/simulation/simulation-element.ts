// <relais-simulation>: plays the server-rendered steps of a simulation as a feed.
// Each choice adds the learner's move and its consequence, then the next step's
// messages; a route step leads on by the score so far; an ending shows the score,
// the ending's debrief, every choice made with its points and, for each weak one,
// the better choice and why; then what to do next. Every play is kept in the
// progress store. Choices are shuffled for each play.
import { progressStore } from "../../lib/progress/browser";
import { withEndingRecords } from "../../lib/progress/records";
import { routeTarget, reachesPassMark, type Outcome } from "../../lib/simulation-graph";
import { OUTCOME_LABEL, points, signedPoints } from "../../lib/simulation-wording";
import { newSeed, questionSeed, seededShuffle } from "../../lib/shuffle";
import { saveProblem } from "../../lib/progress/save-wording";

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

/** An element with a class and its text (as text, never HTML). */
function node<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  content = "",
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = content;
  return made;
}

class RelaisSimulation extends HTMLElement {
  #id = this.dataset["simulation"]!;
  #best = Number(this.dataset["best"]);
  #passScore = Number(this.dataset["pass"]);
  #steps = readSteps(this);
  #next = this.querySelector<HTMLElement>(".sim-next")!;
  #made: Move[] = [];
  #seed = newSeed();
  #feed = node("ol", "feed sim-feed");
  #stage = node("div", "sim-stage");
  #score = node("p", "sim-score");
  #status = node("p", "sim-status");

  connectedCallback() {
    this.classList.add("is-enhanced");
    const toolbar = node("div", "sim-toolbar");
    const restart = node("button", "button", "Recommencer");
    restart.type = "button";
    restart.addEventListener("click", () => this.#start(true));
    const replay = this.#next.querySelector<HTMLButtonElement>("[data-action=replay]")!;
    replay.closest("li")!.hidden = false;
    replay.addEventListener("click", () => this.#start(true));
    this.#status.setAttribute("role", "status");
    toolbar.append(this.#score, restart);
    this.#feed.setAttribute("aria-label", "Fil de la simulation");
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
    const heading = node("h2", "sim-prompt", step.prompt);
    heading.tabIndex = -1;
    const list = node("ul", "sim-choices");
    for (const choice of seededShuffle(step.choices, questionSeed(this.#seed, id))) {
      const button = node("button", "button sim-choice", choice.label);
      button.type = "button";
      button.addEventListener("click", () => this.#choose(choice, step.choices));
      const item = node("li", "");
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
    const mine = node("li", "message");
    mine.dataset["role"] = "vous";
    mine.append(node("p", "message-author", "Vous"), node("p", "message-text", choice.label));
    const consequence = node("li", "sim-note", choice.consequence);
    this.#feed.append(mine, consequence);
    this.#play(choice.next, true);
  }

  #total() {
    return this.#made.reduce((sum, move) => sum + move.choice.points, 0);
  }

  #updateScore() {
    this.#score.textContent = `Score\u00a0: ${points(this.#total())}`;
  }

  /** Each choice made with its points; for a weak one, the best choice offered at that step and why. */
  #recap(): HTMLOListElement {
    const recap = node("ol", "sim-recap");
    for (const { choice, offered } of this.#made) {
      const best = offered.reduce((a, b) => (b.points > a.points ? b : a));
      const weak = choice.points < best.points;
      const item = node("li", weak ? "is-weak" : "");
      item.append(
        node("p", "sim-recap-choice", `${choice.label} (${signedPoints(choice.points)})`),
        node("p", "", choice.debrief),
      );
      if (weak) {
        const better = node("div", "sim-better");
        better.append(
          node(
            "p",
            "sim-better-choice",
            `Meilleur choix à cette étape\u00a0: ${best.label} (${signedPoints(best.points)})`,
          ),
          node("p", "", best.debrief),
        );
        item.append(better);
      }
      recap.append(item);
    }
    return recap;
  }

  #finish(id: string, ending: NonNullable<Step["ending"]>, focus: boolean) {
    const score = this.#total();
    const heading = node("h2", "sim-ending-title", `Fin\u00a0: ${ending.title}`);
    heading.tabIndex = -1;
    const outcome = node("p", "sim-outcome-line", `Issue\u00a0: ${OUTCOME_LABEL[ending.outcome]}.`);
    const mark = Math.ceil((this.#passScore * this.#best) / 100);
    const passed = reachesPassMark(score, this.#best, this.#passScore);
    this.#stage.replaceChildren(
      heading,
      outcome,
      node(
        "p",
        "sim-final-score",
        `Votre score\u00a0: ${points(score)} sur ${points(this.#best)} possibles (seuil de réussite\u00a0: ${points(mark)})${passed ? "." : ", pas encore atteint."}`,
      ),
      node("p", "sim-debrief", ending.debrief),
      node("h3", "", "Vos choix, un par un"),
      this.#recap(),
    );
    this.#stage.dataset["outcome"] = ending.outcome;
    this.#stage.dataset["step"] = id;
    this.#next.hidden = false;
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
    this.#status.textContent = saveProblem(status) ?? "Cette partie est enregistrée dans «\u00a0Mon parcours\u00a0».";
  }
}

customElements.define("relais-simulation", RelaisSimulation);
