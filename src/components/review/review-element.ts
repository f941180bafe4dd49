// <relais-review>: the « Révisions » page. Reads the questions the learner missed from the progress
// store, brings the course's current questions (pages/revisions/*.json), drops or resets those that
// changed (saying so), and runs a session of up to ten due questions: options shuffled, the lesson's
// feedback and explanation, a link back to the lesson; each answer moves the question's schedule
// (lib/review/schedule.ts, ts-fsrs) and is saved at once. The end says what comes back when.
import { progressStore } from "../../lib/progress/browser";
import { saveProblem } from "../../lib/progress/save-wording";
import { aheadQueue, dueQueue, upcoming } from "../../lib/review/schedule";
import { answerInReview, courseChanges, openReviews } from "../../lib/review/review-session";
import type { Progress } from "../../lib/progress/schema";
import type { ReviewLesson, ReviewQuestion } from "../../lib/review/review-data";
import { isRight } from "../../lib/quiz/quiz-scoring";
import { newSeed, seededShuffle } from "../../lib/shuffle";
import * as say from "../../lib/review/review-page-wording";
import { reconcileNotice, sessionSummary, upcomingSentence } from "../../lib/review/review-wording";
import { el, part } from "../dom";

/** Tells the header's count (review-count.ts) that reviews changed in this tab. */
const announce = () => document.dispatchEvent(new Event("relais:revisions"));

class RelaisReview extends HTMLElement {
  #status = part(this, ".review-status");
  #stage = part(this, ".review-stage");
  #base = this.dataset["base"] ?? "/";
  #lessons = new Map<string, Promise<ReviewLesson>>();

  connectedCallback() {
    part(this, ".review-nojs").hidden = true;
    this.#status.textContent = say.LOADING;
    void this.#start().catch(() => {
      this.#status.textContent = say.COULD_NOT_LOAD;
    });
  }

  #save(change: (progress: Progress) => Progress) {
    const status = progressStore().update(change);
    announce();
    return saveProblem(status);
  }

  async #start() {
    const fingerprints = (await (await fetch(`${this.#base}revisions/empreintes.json`)).json()) as Record<
      string,
      string
    >;
    const now = new Date();
    const course = new Map(Object.entries(fingerprints));
    const changed = courseChanges(progressStore().read(), course, now);
    const problem = this.#save((p) => openReviews(p, course, now));
    this.#overview(reconcileNotice(changed), problem);
  }

  #reviews = () => progressStore().read().reviews ?? {};

  /** What is due now, and the button to start; or when the next questions come back. */
  #overview(...notes: (string | null)[]) {
    const now = new Date();
    const due = dueQueue(this.#reviews(), now, Infinity).length;
    this.#status.textContent = [...notes.filter(Boolean), say.dueToday(due)].join(" ");
    const next = el("p", upcomingSentence(upcoming(this.#reviews(), now)), "review-upcoming");
    this.#stage.replaceChildren(next);
    // Nothing due but questions under review: they can be practised ahead (each counts as a review).
    const ahead = due > 0 ? 0 : aheadQueue(this.#reviews(), now, 10).length;
    if (due > 0 || ahead > 0) {
      const start = el(
        "button",
        due > 0 ? say.startLabel(Math.min(due, 10)) : say.aheadLabel(ahead),
        "button review-start",
      );
      start.type = "button";
      const pick = due > 0 ? dueQueue : aheadQueue;
      start.addEventListener("click", () => void this.#session(pick(this.#reviews(), new Date(), 10)));
      this.#stage.prepend(start);
    }
  }

  #lesson(id: string) {
    let lesson = this.#lessons.get(id);
    if (!lesson) {
      lesson = fetch(`${this.#base}revisions/lecons/${id}.json`).then((r) => r.json() as Promise<ReviewLesson>);
      this.#lessons.set(id, lesson);
    }
    return lesson;
  }

  async #session(keys: string[]) {
    const reviews = this.#reviews();
    const items = await Promise.all(
      keys.map(async (key) => {
        const lesson = await this.#lesson(reviews[key]!.lesson);
        return { lesson, question: lesson.questions.find((q) => q.key === key)! };
      }),
    );
    let right = 0;
    for (const [i, item] of items.entries()) {
      if (await this.#ask(item.lesson, item.question, i + 1, items.length)) right++;
    }
    this.#overview(sessionSummary(right, items.length));
    // The summary is read first: focus goes to the status line that says it.
    this.#status.focus();
  }

  /** One question: resolves with whether it was answered right, once the learner moves on. */
  #ask(lesson: ReviewLesson, question: ReviewQuestion, at: number, of: number): Promise<boolean> {
    return new Promise((resolve) => {
      const seed = newSeed();
      const form = el("form", "", "review-question question");
      form.dataset["lesson"] = lesson.lesson;
      form.dataset["question"] = question.id;
      const heading = el("h2", say.progressLabel(at, of), "review-progress");
      heading.tabIndex = -1;
      const fieldset = el("fieldset");
      fieldset.append(el("legend", question.prompt));
      if (question.situation) fieldset.append(el("p", question.situation, "situation"));
      fieldset.append(el("p", say.hintFor(question.kind), "hint"));
      const answer =
        question.kind === "ordering" ? this.#steps(question, seed, fieldset) : this.#options(question, seed, fieldset);
      const message = el("p", "", "review-message");
      message.setAttribute("role", "alert");
      const check = el("button", say.CHECK, "button");
      check.type = "submit";
      form.append(heading, fieldset, message, check);
      this.#stage.replaceChildren(form);
      this.#status.textContent = "";
      heading.focus();
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const picked = answer();
        if (picked.length === 0) {
          message.textContent = say.PICK_FIRST;
          return;
        }
        const expected =
          question.kind === "ordering"
            ? question.steps.map((s) => s.id)
            : question.options.filter((o) => o.correct).map((o) => o.id);
        const correct = isRight({ id: question.id, kind: question.kind, expected }, picked);
        const problem = this.#save((p) => answerInReview(p, question.key, correct, new Date()));
        fieldset.disabled = true;
        check.remove();
        this.#reveal(form, question, lesson, correct, problem);
        const next = el("button", at === of ? say.FINISH : say.NEXT, "button review-next");
        next.type = "button";
        next.addEventListener("click", () => resolve(correct));
        form.append(next);
        next.focus();
      });
    });
  }

  #options(question: ReviewQuestion, seed: string, into: HTMLElement): () => string[] {
    const list = el("ul", "", "options");
    for (const option of seededShuffle(question.options, seed)) {
      const item = el("li");
      item.dataset["option"] = option.id;
      const input = el("input");
      input.type = question.kind === "multiple" ? "checkbox" : "radio";
      input.name = `revision-${question.id}`;
      input.id = `revision-${question.id}-${option.id}`;
      input.value = option.id;
      const label = el("label", option.text);
      label.htmlFor = input.id;
      const feedback = el("p", "", "option-feedback");
      feedback.append(el("strong", say.feedbackLead(option.correct)), option.feedback);
      feedback.hidden = true;
      item.append(input, label, feedback);
      list.append(item);
    }
    into.append(list);
    return () => [...list.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value);
  }

  #steps(question: ReviewQuestion, seed: string, into: HTMLElement): () => string[] {
    const list = el("ol", "", "steps");
    let order = seededShuffle(question.steps, seed);
    // Never shown already in order: a question must not come solved.
    if (order.every((step, i) => step.id === question.steps[i]!.id)) order = [...order.slice(1), order[0]!];
    const live = el("p", "", "visually-hidden");
    live.setAttribute("aria-live", "polite");
    for (const step of order) {
      const item = el("li");
      item.dataset["step"] = step.id;
      item.append(el("span", step.text, "step-text"));
      for (const [offset, label, arrow] of [
        [-1, say.moveUp(step.text), "↑"],
        [1, say.moveDown(step.text), "↓"],
      ] as const) {
        const move = el("button", arrow, "move");
        move.type = "button";
        move.setAttribute("aria-label", label);
        move.dataset["move"] = String(offset);
        move.addEventListener("click", () => {
          const sibling = offset < 0 ? item.previousElementSibling : item.nextElementSibling;
          if (!sibling) return;
          if (offset < 0) list.insertBefore(item, sibling);
          else list.insertBefore(sibling, item);
          move.focus();
          live.textContent = say.stepAt(step.text, [...list.children].indexOf(item) + 1, list.children.length);
        });
        item.append(move);
      }
      list.append(item);
    }
    into.append(list, live);
    return () => [...list.children].map((li) => (li as HTMLElement).dataset["step"]!);
  }

  #reveal(form: HTMLElement, question: ReviewQuestion, lesson: ReviewLesson, correct: boolean, problem: string | null) {
    form.dataset["result"] = correct ? "right" : "wrong";
    for (const feedback of form.querySelectorAll<HTMLElement>(".option-feedback")) {
      const item = feedback.closest("li")!;
      const picked = item.querySelector<HTMLInputElement>("input")!.checked;
      const isCorrect = question.options.find((o) => o.id === item.dataset["option"])!.correct;
      feedback.hidden = !picked && !isCorrect;
    }
    const after = el("div", "", "review-after");
    after.append(el("p", say.verdict(correct), "question-verdict"));
    if (question.kind === "ordering") {
      after.append(el("p", say.RIGHT_ORDER));
      const order = el("ol");
      order.append(...question.steps.map((s) => el("li", s.text)));
      after.append(order);
    }
    after.append(el("p", question.explanation, "explanation"));
    const back = el("a", say.backToLesson(lesson.title), "review-lesson");
    back.href = lesson.url;
    after.append(el("p", "", ""), back);
    if (problem) after.append(el("p", problem, "notice"));
    form.append(after);
  }
}

customElements.define("relais-review", RelaisReview);
