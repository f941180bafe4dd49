// <relais-quiz>: checks the answers of a server-rendered quiz, shows the feedback
// of each option picked (and the right answer when it was missed), the explanation
// and the score against the pass mark, lets the learner redo the missed questions,
// and keeps the result in the progress store. Options are shuffled for each attempt.
// What it says is in lib/quiz/quiz-wording.ts; what it records, in lib/progress/changes.ts.
import { progressStore } from "../../lib/progress/browser";
import { recordQuizAndMisses } from "../../lib/review/review-changes";
import type { QuizResult } from "../../lib/progress/schema";
import { scoreQuiz, type AnswerKey, type QuestionKind } from "../../lib/quiz/quiz-scoring";
import { isSeed, newSeed, questionSeed, scrambled, seededShuffle } from "../../lib/shuffle";
import { localFrenchDate } from "../../lib/french";
import {
  OUTCOME_TITLE,
  RESTARTED,
  optionTag,
  passMarkLabel,
  percent,
  questionVerdict,
  resultSentence,
  retryMissed,
  scoreVerdict,
  stepAtEnd,
  stepMoved,
  unanswered,
} from "../../lib/quiz/quiz-wording";
import { attemptSeeds, keepAttemptSeeds } from "./quiz-attempt";
import { saveProblem } from "../../lib/progress/save-wording";
import { el, part } from "../dom";

class QuestionView {
  readonly key: AnswerKey;
  readonly number: number;
  readonly el: HTMLFieldSetElement;
  constructor(el: HTMLFieldSetElement, index: number) {
    this.el = el;
    this.number = index + 1;
    this.key = {
      id: el.dataset["question"]!,
      kind: el.dataset["kind"] as QuestionKind,
      expected: (el.dataset["expected"] ?? "").split(" "),
    };
  }

  #inputs = () => [...this.el.querySelectorAll<HTMLInputElement>("input")];
  #steps = () => [...this.el.querySelectorAll<HTMLLIElement>("li[data-step]")];

  /** Shows the options (or steps) in the order `seed` decides; answers are kept by id. */
  arrange(seed: string): void {
    if (this.key.kind === "ordering") {
      this.setAnswer(scrambled(this.key.expected, seed));
      return;
    }
    const list = part(this.el, "ul.options");
    const items = [...list.querySelectorAll<HTMLLIElement>(":scope > li[data-option]")];
    for (const item of seededShuffle(items, seed)) list.append(item);
  }

  answer(): string[] {
    if (this.key.kind === "ordering") return this.#steps().map((li) => li.dataset["step"]!);
    return this.#inputs()
      .filter((input) => input.checked)
      .map((input) => input.value);
  }
  get answered(): boolean {
    return this.answer().length > 0;
  }
  get locked(): boolean {
    return this.el.disabled;
  }

  setAnswer(ids: readonly string[]): void {
    if (this.key.kind === "ordering") {
      const list = part(this.el, "ol.steps");
      const byId = new Map(this.#steps().map((li) => [li.dataset["step"], li]));
      if (ids.length === byId.size && ids.every((id) => byId.has(id))) ids.forEach((id) => list.append(byId.get(id)!));
      this.numberSteps();
    } else for (const input of this.#inputs()) input.checked = ids.includes(input.value);
  }

  /** Writes each step's position, 1 for the first, after any move. */
  numberSteps(): void {
    this.#steps().forEach((li, i) => (part(li, ".step-position").textContent = `${i + 1}.`));
  }

  /** Marks the question right or wrong and shows what the learner needs to read, the right answer included. */
  show(right: boolean): void {
    this.el.disabled = true;
    this.el.dataset["result"] = right ? "right" : "wrong";
    const verdict = part(this.el, ".question-verdict");
    verdict.textContent = questionVerdict(right);
    verdict.hidden = false;
    part(this.el, ".explanation").hidden = false;
    if (this.key.kind === "ordering") {
      part(this.el, ".right-order").hidden = right;
      return;
    }
    for (const input of this.#inputs()) {
      const feedback = part(input.parentElement!, ".option-feedback");
      const shouldPick = this.key.expected.includes(input.value);
      // A missed right answer is always shown: nobody should leave a question without knowing it.
      const reveal = input.checked || (shouldPick && !right);
      feedback.hidden = !reveal;
      input.parentElement!.classList.toggle("is-answer", shouldPick && !right);
      if (!reveal) continue;
      let tag = feedback.querySelector("strong");
      if (!tag) feedback.prepend((tag = document.createElement("strong")));
      tag.textContent = optionTag(input.checked, shouldPick, this.key.kind === "multiple");
      feedback.dataset["verdict"] = input.checked === shouldPick ? "right" : shouldPick ? "answer" : "wrong";
    }
  }

  /** Back to unanswered, ready to try again (in the order of the attempt's seed). */
  clear(seed: string): void {
    this.el.disabled = false;
    delete this.el.dataset["result"];
    for (const shown of this.el.querySelectorAll<HTMLElement>(
      ".question-verdict, .explanation, .option-feedback, .right-order",
    ))
      shown.hidden = true;
    for (const item of this.el.querySelectorAll(".is-answer")) item.classList.remove("is-answer");
    this.setAnswer([]);
    this.arrange(seed);
  }

  focus(): void {
    this.el.querySelector<HTMLElement>("input, button.move")?.focus();
  }
}

/**
 * The result card, made here rather than in the page (only the interactive quiz shows it):
 * the score and the bar are for the eyes, the sentence under them is what is read aloud.
 */
function outcomeCard(passScore: number): HTMLElement {
  const card = Object.assign(el("div", "", "quiz-outcome"), { tabIndex: -1, hidden: true });
  card.setAttribute("role", "group");
  card.setAttribute("aria-labelledby", "quiz-outcome-title");
  card.setAttribute("aria-describedby", "quiz-outcome-text");
  const title = el("h3", OUTCOME_TITLE, "visually-hidden");
  title.id = "quiz-outcome-title";
  const score = el("p", "", "quiz-score");
  score.append(el("span", "", "quiz-score-percent"), " ", el("span", "", "quiz-score-verdict"));
  const bar = el("div", "", "quiz-score-bar");
  bar.append(el("span", "", "quiz-score-fill"), el("span", "", "quiz-score-mark"));
  const scale = el("p", "", "quiz-score-scale");
  scale.append(
    el("span", percent(0)),
    el("span", passMarkLabel(passScore), "quiz-score-mark-label"),
    el("span", percent(100)),
  );
  for (const hidden of [score, bar, scale]) hidden.setAttribute("aria-hidden", "true");
  const sentence = el("p", "", "quiz-result");
  sentence.id = "quiz-outcome-text";
  card.append(title, score, bar, scale, sentence);
  return card;
}

class RelaisQuiz extends HTMLElement {
  #lesson = this.dataset["lesson"]!;
  #passScore = Number(this.dataset["pass"]);
  #form = part<HTMLFormElement>(this, "form");
  #questions = [...this.querySelectorAll<HTMLFieldSetElement>("fieldset.question")].map(
    (fieldset, i) => new QuestionView(fieldset, i),
  );
  #message = part(this, ".quiz-message");
  #outcome = outcomeCard(this.#passScore);
  #warning = part(this, ".save-warning");
  #live = part(this, "[data-live]");
  /** The attempt each question was last shuffled in (its seed is questionSeed(attempt, question)). */
  #seeds: Record<string, string> = {};
  #button = (action: string) => part<HTMLButtonElement>(this, `[data-action="${action}"]`);

  connectedCallback() {
    this.classList.add("is-enhanced");
    this.#message.after(this.#outcome);
    for (const hidden of this.querySelectorAll<HTMLElement>(".quiz-actions, .step-moves, .quiz-saved-note"))
      hidden.hidden = false;
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#check();
    });
    this.#form.addEventListener("click", (event) => {
      const move = (event.target as HTMLElement).closest<HTMLButtonElement>("button.move");
      if (move) this.#move(move);
    });
    this.#button("retry").addEventListener("click", () => this.#retry());
    this.#button("restart").addEventListener("click", () => this.#restart());
    const saved = progressStore().read().quizzes[this.#lesson];
    // A saved result shows as it was answered; a reload in the middle of an attempt keeps its order.
    this.#arrange(saved ? (saved.seeds ?? {}) : (attemptSeeds(this.#lesson) ?? {}));
    if (saved) this.#restore(saved);
  }

  /** On load: orders every question by its seed, making one for a question that has none yet. */
  #arrange(seeds: Readonly<Record<string, string>>) {
    const attempt = newSeed();
    for (const q of this.#questions) {
      this.#seeds[q.key.id] = isSeed(seeds[q.key.id]) ? seeds[q.key.id]! : attempt;
      q.arrange(questionSeed(this.#seeds[q.key.id]!, q.key.id));
    }
    keepAttemptSeeds(this.#lesson, this.#seeds);
  }

  /** Clears these questions for a new try, each in a new order; the others stay as answered. */
  #reshuffle(questions: readonly QuestionView[]) {
    const attempt = newSeed();
    for (const q of questions) {
      this.#seeds[q.key.id] = attempt;
      q.clear(questionSeed(attempt, q.key.id));
    }
    keepAttemptSeeds(this.#lesson, this.#seeds);
  }

  #check() {
    const open = this.#questions.filter((q) => !q.locked);
    const blank = open.filter((q) => !q.answered);
    if (blank.length > 0) {
      this.#message.textContent = unanswered(blank.map((q) => q.number));
      blank[0]!.focus();
      return;
    }
    const answers = Object.fromEntries(this.#questions.map((q) => [q.key.id, q.answer()]));
    const score = scoreQuiz(
      this.#questions.map((q) => q.key),
      answers,
      this.#passScore,
    );
    const result: QuizResult = { answers, ...score, at: new Date().toISOString(), seeds: { ...this.#seeds } };
    this.#display(result);
    this.#message.textContent = "";
    // The learner's eyes and focus go to the score, wherever the button was.
    this.#outcome.focus({ preventScroll: true });
    this.#outcome.scrollIntoView({ block: "center" });
    // A lesson's quiz (not an explainer's check) sends what was missed to « Révisions ».
    const missed = this.dataset["some"]
      ? []
      : this.#questions
          .filter((q) => score.missed.includes(q.key.id))
          .map((q) => ({ id: q.key.id, fingerprint: q.el.dataset["fingerprint"] ?? "" }));
    const status = progressStore().update((p) => recordQuizAndMisses(p, this.#lesson, result, missed));
    const problem = saveProblem(status);
    this.#warning.textContent = problem ?? "";
    this.#warning.hidden = !problem;
  }

  #display(result: Pick<QuizResult, "correct" | "total" | "percent" | "passed">, when?: string) {
    for (const q of this.#questions) q.show(result.correct.includes(q.key.id));
    const right = result.correct.length;
    const missed = result.total - right;
    const show = (selector: string, text: string) => (part(this.#outcome, selector).textContent = text);
    this.#outcome.hidden = false;
    this.#outcome.dataset["passed"] = String(result.passed);
    // Set through the CSSOM: the page's CSP allows no inline style attribute.
    this.#outcome.style.setProperty("--score", `${result.percent}%`);
    this.#outcome.style.setProperty("--pass", `${this.#passScore}%`);
    show(".quiz-score-percent", percent(result.percent));
    show(".quiz-score-verdict", scoreVerdict(result.passed));
    // An explainer's check (Quiz.astro, forReader) brings its own sentences: no score, no pass mark.
    const said = this.dataset[missed ? "some" : "all"];
    show(".quiz-result", said ?? resultSentence({ ...result, right }, this.#passScore, when));
    this.#button("check").hidden = true;
    this.#button("retry").hidden = missed === 0;
    this.#button("restart").hidden = false;
  }

  #restore(saved: QuizResult) {
    for (const q of this.#questions) q.setAnswer(saved.answers[q.key.id] ?? []);
    const score = scoreQuiz(
      this.#questions.map((q) => q.key),
      saved.answers,
      this.#passScore,
    );
    this.#display(score, localFrenchDate(saved.at));
  }

  #hideOutcome() {
    this.#outcome.hidden = true;
  }

  #retry() {
    const missed = this.#questions.filter((q) => q.el.dataset["result"] === "wrong");
    this.#reshuffle(missed);
    this.#hideOutcome();
    this.#button("check").hidden = false;
    this.#button("retry").hidden = true;
    this.#message.textContent = retryMissed(missed.length);
    missed[0]?.focus();
  }

  #restart() {
    this.#reshuffle(this.#questions);
    this.#hideOutcome();
    this.#button("check").hidden = false;
    this.#button("retry").hidden = true;
    this.#button("restart").hidden = true;
    this.#message.textContent = RESTARTED;
    this.#questions[0]?.focus();
  }

  /** Moves an ordering step up or down, keeping focus on the same button. */
  #move(button: HTMLButtonElement) {
    const item = button.closest("li")!;
    const list = item.parentElement!;
    const offset = Number(button.dataset["move"]);
    const sibling = offset < 0 ? item.previousElementSibling : item.nextElementSibling;
    const text = item.querySelector(".step-text")!.textContent;
    if (sibling) {
      if (offset < 0) list.insertBefore(item, sibling);
      else list.insertBefore(sibling, item);
      this.#questions.find((q) => q.el.contains(list))?.numberSteps();
      button.focus();
    }
    const position = [...list.children].indexOf(item) + 1;
    this.#live.textContent = sibling ? stepMoved(text, position, list.children.length) : stepAtEnd(text, offset < 0);
  }
}

customElements.define("relais-quiz", RelaisQuiz);
