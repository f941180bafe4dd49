// <relais-quiz>: checks the answers of a server-rendered quiz, shows the feedback
// of each option picked, the explanation and the score, lets the learner redo the
// missed questions, and keeps the result in the progress store.
import { progressStore } from "../lib/progress/browser";
import { withQuizRecords } from "../lib/progress/best";
import type { QuizResult } from "../lib/progress/schema";
import { scoreQuiz, type AnswerKey, type QuestionKind } from "../lib/quiz-scoring";
import { localFrenchDate } from "../lib/labels";
import { saveProblem } from "./save-status";

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
    this.#initialOrder = this.#steps().map((li) => li.dataset["step"]!);
  }
  #initialOrder: string[];

  #inputs = () => [...this.el.querySelectorAll<HTMLInputElement>("input")];
  #steps = () => [...this.el.querySelectorAll<HTMLLIElement>("li[data-step]")];
  #part = (selector: string) => this.el.querySelector<HTMLElement>(selector)!;

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
    } else for (const input of this.#inputs()) input.checked = ids.includes(input.value);
  }

  /** Marks the question right or wrong and shows what the learner needs to read. */
  show(right: boolean): void {
    this.el.disabled = true;
    this.el.dataset["result"] = right ? "right" : "wrong";
    const verdict = this.#part(".question-verdict");
    verdict.textContent = right ? "Bonne réponse." : "Réponse incorrecte.";
    verdict.hidden = false;
    this.#part(".explanation").hidden = false;
    if (this.key.kind === "ordering") return;
    for (const input of this.#inputs()) {
      const feedback = input.parentElement!.querySelector<HTMLElement>(".option-feedback")!;
      const shouldPick = this.key.expected.includes(input.value);
      const reveal = input.checked || (this.key.kind === "multiple" && shouldPick && !right);
      feedback.hidden = !reveal;
      if (!reveal) continue;
      const label = input.checked ? (shouldPick ? "Bon choix" : "Mauvais choix") : "À cocher aussi";
      let tag = feedback.querySelector("strong");
      if (!tag) feedback.prepend((tag = document.createElement("strong")));
      tag.textContent = `${label}\u00a0: `;
      feedback.dataset["verdict"] = input.checked === shouldPick ? "right" : "wrong";
    }
  }

  /** Back to unanswered, ready to try again. */
  clear(): void {
    this.el.disabled = false;
    delete this.el.dataset["result"];
    for (const part of this.el.querySelectorAll<HTMLElement>(".question-verdict, .explanation, .option-feedback"))
      part.hidden = true;
    this.setAnswer(this.key.kind === "ordering" ? this.#initialOrder : []);
  }

  focus(): void {
    this.el.querySelector<HTMLElement>("input, button.move")?.focus();
  }
}

class RelaisQuiz extends HTMLElement {
  #lesson = this.dataset["lesson"]!;
  #passScore = Number(this.dataset["pass"]);
  #form = this.querySelector("form")!;
  #questions = [...this.querySelectorAll<HTMLFieldSetElement>("fieldset.question")].map(
    (el, i) => new QuestionView(el, i),
  );
  #result = this.querySelector<HTMLElement>(".quiz-result")!;
  #warning = this.querySelector<HTMLElement>(".save-warning")!;
  #live = this.querySelector<HTMLElement>("[data-live]")!;
  #button = (action: string) => this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

  connectedCallback() {
    this.classList.add("is-enhanced");
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
    if (saved) this.#restore(saved);
  }

  #check() {
    const open = this.#questions.filter((q) => !q.locked);
    const blank = open.filter((q) => !q.answered);
    if (blank.length > 0) {
      this.#result.textContent = `Il reste ${blank.length === 1 ? "une question" : `${blank.length} questions`} sans réponse\u00a0: ${blank.map((q) => `question ${q.number}`).join(", ")}.`;
      blank[0]!.focus();
      return;
    }
    const answers = Object.fromEntries(this.#questions.map((q) => [q.key.id, q.answer()]));
    const score = scoreQuiz(
      this.#questions.map((q) => q.key),
      answers,
      this.#passScore,
    );
    const result: QuizResult = { answers, ...score, at: new Date().toISOString() };
    this.#display(result);
    const status = progressStore().update((p) => ({
      ...p,
      lessons: { ...p.lessons, [this.#lesson]: p.lessons[this.#lesson] ?? { readAt: result.at } },
      quizzes: { ...p.quizzes, [this.#lesson]: withQuizRecords(p.quizzes[this.#lesson], result) },
    }));
    const problem = saveProblem(status);
    this.#warning.textContent = problem ?? "";
    this.#warning.hidden = !problem;
  }

  #display(result: Pick<QuizResult, "answers" | "correct" | "total" | "percent" | "passed">, when?: string) {
    for (const q of this.#questions) q.show(result.correct.includes(q.key.id));
    const right = result.correct.length;
    const missed = result.total - right;
    this.#result.textContent =
      `${when ? `Dernier résultat, le ${when}\u00a0: ` : "Résultat\u00a0: "}${right} bonne${right > 1 ? "s" : ""} réponse${right > 1 ? "s" : ""} sur ${result.total} (${result.percent}\u00a0%). ` +
      (result.passed
        ? "Quiz réussi\u202f!"
        : `Il faut ${this.#passScore}\u00a0% pour réussir\u00a0: refaites ${missed > 1 ? "les questions manquées" : "la question manquée"}.`);
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
    this.#display({ answers: saved.answers, ...score }, localFrenchDate(saved.at));
  }

  #retry() {
    const missed = this.#questions.filter((q) => q.el.dataset["result"] === "wrong");
    for (const q of missed) q.clear();
    this.#button("check").hidden = false;
    this.#button("retry").hidden = true;
    this.#result.textContent = `Refaites ${missed.length > 1 ? `les ${missed.length} questions manquées` : "la question manquée"}, puis vérifiez.`;
    missed[0]?.focus();
  }

  #restart() {
    for (const q of this.#questions) q.clear();
    this.#button("check").hidden = false;
    this.#button("retry").hidden = true;
    this.#button("restart").hidden = true;
    this.#result.textContent = "Le quiz est remis à zéro.";
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
      button.focus();
    }
    const position = [...list.children].indexOf(item) + 1;
    this.#live.textContent = sibling
      ? `«\u00a0${text}\u00a0» est maintenant en position ${position} sur ${list.children.length}.`
      : `«\u00a0${text}\u00a0» est déjà en ${offset < 0 ? "première" : "dernière"} position.`;
  }
}

customElements.define("relais-quiz", RelaisQuiz);
