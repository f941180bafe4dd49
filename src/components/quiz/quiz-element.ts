// <relais-quiz>: checks the answers of a server-rendered quiz, shows the feedback
// of each option picked (and the right answer when it was missed), the explanation
// and the score against the pass mark, lets the learner redo the missed questions,
// and keeps the result in the progress store. Options are shuffled for each attempt.
import { progressStore } from "../../lib/progress/browser";
import { withQuizRecords } from "../../lib/progress/records";
import type { QuizResult } from "../../lib/progress/schema";
import { scoreQuiz, type AnswerKey, type QuestionKind } from "../../lib/quiz-scoring";
import { isSeed, newSeed, questionSeed, scrambled, seededShuffle } from "../../lib/shuffle";
import { localFrenchDate } from "../../lib/french";
import { attemptSeeds, keepAttemptSeeds } from "./quiz-attempt";
import { saveProblem } from "../../lib/progress/save-wording";

class QuestionView {
  readonly key: AnswerKey;
  readonly number: number;
  constructor(
    readonly el: HTMLFieldSetElement,
    index: number,
  ) {
    this.number = index + 1;
    this.key = {
      id: el.dataset["question"]!,
      kind: el.dataset["kind"] as QuestionKind,
      expected: (el.dataset["expected"] ?? "").split(" "),
    };
  }

  #inputs = () => [...this.el.querySelectorAll<HTMLInputElement>("input")];
  #steps = () => [...this.el.querySelectorAll<HTMLLIElement>("li[data-step]")];
  #part = (selector: string) => this.el.querySelector<HTMLElement>(selector)!;

  /** Shows the options (or steps) in the order `seed` decides; answers are kept by id. */
  arrange(seed: string): void {
    if (this.key.kind === "ordering") {
      this.setAnswer(scrambled(this.key.expected, seed));
      return;
    }
    const list = this.#part("ul.options");
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
      const list = this.#part("ol.steps");
      const byId = new Map(this.#steps().map((li) => [li.dataset["step"], li]));
      if (ids.length === byId.size && ids.every((id) => byId.has(id))) ids.forEach((id) => list.append(byId.get(id)!));
      this.numberSteps();
    } else for (const input of this.#inputs()) input.checked = ids.includes(input.value);
  }

  /** Writes each step's position, 1 for the first, after any move. */
  numberSteps(): void {
    this.#steps().forEach((li, i) => (li.querySelector(".step-position")!.textContent = `${i + 1}.`));
  }

  /** Marks the question right or wrong and shows what the learner needs to read, the right answer included. */
  show(right: boolean): void {
    this.el.disabled = true;
    this.el.dataset["result"] = right ? "right" : "wrong";
    const verdict = this.#part(".question-verdict");
    verdict.textContent = right ? "Bonne réponse." : "Réponse incorrecte.";
    verdict.hidden = false;
    this.#part(".explanation").hidden = false;
    if (this.key.kind === "ordering") {
      this.#part(".right-order").hidden = right;
      return;
    }
    for (const input of this.#inputs()) {
      const feedback = input.parentElement!.querySelector<HTMLElement>(".option-feedback")!;
      const shouldPick = this.key.expected.includes(input.value);
      // A missed right answer is always shown: nobody should leave a question without knowing it.
      const reveal = input.checked || (shouldPick && !right);
      feedback.hidden = !reveal;
      input.parentElement!.classList.toggle("is-answer", shouldPick && !right);
      if (!reveal) continue;
      const label = input.checked
        ? shouldPick
          ? "Bon choix"
          : "Mauvais choix"
        : this.key.kind === "multiple"
          ? "À cocher aussi"
          : "La bonne réponse";
      let tag = feedback.querySelector("strong");
      if (!tag) feedback.prepend((tag = document.createElement("strong")));
      tag.textContent = `${label}\u00a0: `;
      feedback.dataset["verdict"] = input.checked === shouldPick ? "right" : shouldPick ? "answer" : "wrong";
    }
  }

  /** Back to unanswered, ready to try again (in the order of the attempt's seed). */
  clear(seed: string): void {
    this.el.disabled = false;
    delete this.el.dataset["result"];
    for (const part of this.el.querySelectorAll<HTMLElement>(
      ".question-verdict, .explanation, .option-feedback, .right-order",
    ))
      part.hidden = true;
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
  const card = Object.assign(document.createElement("div"), { className: "quiz-outcome", tabIndex: -1, hidden: true });
  card.setAttribute("role", "group");
  card.setAttribute("aria-labelledby", "quiz-outcome-title");
  card.setAttribute("aria-describedby", "quiz-outcome-text");
  const part = (tag: string, className: string, text = "") =>
    Object.assign(document.createElement(tag), { className, textContent: text });
  const title = part("h3", "visually-hidden", "Résultat du quiz");
  title.id = "quiz-outcome-title";
  const score = part("p", "quiz-score");
  score.append(part("span", "quiz-score-percent"), " ", part("span", "quiz-score-verdict"));
  const bar = part("div", "quiz-score-bar");
  bar.append(part("span", "quiz-score-fill"), part("span", "quiz-score-mark"));
  const scale = part("p", "quiz-score-scale");
  scale.append(
    part("span", "", "0\u00a0%"),
    part("span", "quiz-score-mark-label", `seuil\u00a0: ${passScore}\u00a0%`),
    part("span", "", "100\u00a0%"),
  );
  for (const hidden of [score, bar, scale]) hidden.setAttribute("aria-hidden", "true");
  const sentence = part("p", "quiz-result");
  sentence.id = "quiz-outcome-text";
  card.append(title, score, bar, scale, sentence);
  return card;
}

class RelaisQuiz extends HTMLElement {
  #lesson = this.dataset["lesson"]!;
  #passScore = Number(this.dataset["pass"]);
  #form = this.querySelector("form")!;
  #questions = [...this.querySelectorAll<HTMLFieldSetElement>("fieldset.question")].map(
    (el, i) => new QuestionView(el, i),
  );
  #message = this.querySelector<HTMLElement>(".quiz-message")!;
  #outcome = outcomeCard(this.#passScore);
  #warning = this.querySelector<HTMLElement>(".save-warning")!;
  #live = this.querySelector<HTMLElement>("[data-live]")!;
  /** The attempt each question was last shuffled in (its seed is questionSeed(attempt, question)). */
  #seeds: Record<string, string> = {};
  #button = (action: string) => this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

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
      this.#message.textContent = `Il reste ${blank.length === 1 ? "une question" : `${blank.length} questions`} sans réponse\u00a0: ${blank.map((q) => `question ${q.number}`).join(", ")}.`;
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
    const status = progressStore().update((p) => ({
      ...p,
      lessons: { ...p.lessons, [this.#lesson]: p.lessons[this.#lesson] ?? { readAt: result.at } },
      quizzes: { ...p.quizzes, [this.#lesson]: withQuizRecords(p.quizzes[this.#lesson], result) },
    }));
    const problem = saveProblem(status);
    this.#warning.textContent = problem ?? "";
    this.#warning.hidden = !problem;
  }

  #display(result: Pick<QuizResult, "correct" | "total" | "percent" | "passed">, when?: string) {
    for (const q of this.#questions) q.show(result.correct.includes(q.key.id));
    const right = result.correct.length;
    const missed = result.total - right;
    const part = (selector: string) => this.#outcome.querySelector<HTMLElement>(selector)!;
    this.#outcome.hidden = false;
    this.#outcome.dataset["passed"] = String(result.passed);
    // Set through the CSSOM: the page's CSP allows no inline style attribute.
    this.#outcome.style.setProperty("--score", `${result.percent}%`);
    this.#outcome.style.setProperty("--pass", `${this.#passScore}%`);
    part(".quiz-score-percent").textContent = `${result.percent}\u00a0%`;
    part(".quiz-score-verdict").textContent = result.passed ? "✓ Quiz réussi" : "Pas encore réussi";
    part(".quiz-result").textContent =
      `${when ? `Dernier résultat, le ${when}\u00a0: ` : "Résultat\u00a0: "}${right} bonne${right > 1 ? "s" : ""} réponse${right > 1 ? "s" : ""} sur ${result.total} (${result.percent}\u00a0%). ` +
      (result.passed
        ? `Quiz réussi\u202f! Le seuil était de ${this.#passScore}\u00a0%.${missed > 0 ? ` Relisez ${missed > 1 ? "les réponses manquées" : "la réponse manquée"} ci-dessus.` : ""}`
        : `Il faut ${this.#passScore}\u00a0% pour réussir\u00a0: lisez les bonnes réponses ci-dessus, puis refaites ${missed > 1 ? "les questions manquées" : "la question manquée"}.`);
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
    this.#message.textContent = `Refaites ${missed.length > 1 ? `les ${missed.length} questions manquées` : "la question manquée"}, puis vérifiez.`;
    missed[0]?.focus();
  }

  #restart() {
    this.#reshuffle(this.#questions);
    this.#hideOutcome();
    this.#button("check").hidden = false;
    this.#button("retry").hidden = true;
    this.#button("restart").hidden = true;
    this.#message.textContent = "Le quiz est remis à zéro.";
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
    this.#live.textContent = sibling
      ? `«\u00a0${text}\u00a0» est maintenant en position ${position} sur ${list.children.length}.`
      : `«\u00a0${text}\u00a0» est déjà en ${offset < 0 ? "première" : "dernière"} position.`;
  }
}

customElements.define("relais-quiz", RelaisQuiz);
