// The ticks island's code: on lesson lists, a tick for a lesson read and for its quiz passed
// (« Vérifié » for an explainer's check, whose slot carries data-check),
// and « Reprendre : <leçon> » where the page offers it. Read-only and self-contained (no
// store, no schema, only its own words: a list page stays under 2 KB of script, inlined); it
// only shows what it can read for sure, and runs once the page is painted.
import { RESUME, TICK_CHECKED, TICK_QUIZ_PASSED, TICK_READ } from "../../lib/progress/ticks-wording";

// PROGRESS_KEY of lib/progress/schema.ts, written out: importing it would bring the schema.
const KEY = "relais:progress:v1";

type Entry = Record<string, unknown>;
const record = (value: unknown): Record<string, Entry> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, Entry>) : {};

function readProgress() {
  try {
    const value = record(JSON.parse(localStorage.getItem(KEY) ?? "{}"));
    return { lessons: record(value["lessons"]), quizzes: record(value["quizzes"]) };
  } catch {
    return { lessons: {}, quizzes: {} };
  }
}

const own = (entries: Record<string, Entry>, id: string) => (Object.hasOwn(entries, id) ? entries[id] : undefined);
const isRead = (entry: Entry | undefined) => typeof entry?.["readAt"] === "string";
const isPassed = (quiz: Entry | undefined) =>
  quiz?.["passed"] === true ||
  (Array.isArray(quiz?.["records"]) && (quiz["records"] as Entry[]).some((r) => r?.["passed"] === true));
const when = (entry: Entry | undefined, field: string) => Date.parse(String(entry?.[field] ?? "")) || 0;

function tick(text: string) {
  const item = document.createElement("span");
  item.className = "tick";
  const mark = document.createElement("span");
  mark.setAttribute("aria-hidden", "true");
  mark.textContent = "✓ ";
  item.append(mark, text);
  return item;
}

function show() {
  const { lessons, quizzes } = readProgress();
  for (const slot of document.querySelectorAll<HTMLElement>("[data-ticks]")) {
    const id = slot.dataset["ticks"]!;
    const read = isRead(own(lessons, id));
    const passed = isPassed(own(quizzes, id));
    const done = "check" in slot.dataset ? TICK_CHECKED : TICK_QUIZ_PASSED;
    slot.replaceChildren(...(read ? [tick(TICK_READ)] : []), ...(passed ? [tick(done)] : []));
  }
  // Where to pick up: the lesson last worked on if its quiz is not passed yet, else the next one not passed.
  for (const resume of document.querySelectorAll<HTMLElement>("[data-resume]")) {
    const items = [...resume.querySelectorAll<HTMLElement>("li[data-lesson]")];
    const ids = items.map((item) => item.dataset["lesson"]!);
    const last = ids.toSorted(
      (a, b) =>
        Math.max(when(own(lessons, b), "readAt"), when(own(quizzes, b), "at")) -
        Math.max(when(own(lessons, a), "readAt"), when(own(quizzes, a), "at")),
    )[0];
    const started = ids.some((id) => isRead(own(lessons, id)) || own(quizzes, id));
    const from = last ? ids.indexOf(last) : 0;
    const next = [...ids.slice(from), ...ids.slice(0, from)].find((id) => !isPassed(own(quizzes, id)));
    const target = items[ids.indexOf(next ?? "")];
    const line = resume.querySelector<HTMLElement>(".resume-line")!;
    resume.hidden = !started || !target;
    if (!target) continue;
    const link = target.querySelector("a")!.cloneNode(true);
    line.replaceChildren(RESUME, link);
  }
}

const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
later(() => show());
window.addEventListener("storage", (event) => {
  if (event.key === KEY || event.key === null) show();
});
