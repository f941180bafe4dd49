// The right answers of a lesson's quiz, read from its content file, never from the
// page: a test that took the key from the page would check the page against itself.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.ts";
import { lessonParts } from "./content-files.ts";

export interface KeyedQuestion {
  id: string;
  kind: "single" | "multiple" | "scenario" | "ordering";
  /** Right option ids in file order, or step ids in the right order. */
  expected: string[];
  /** Every option (or step) id, in file order. */
  ids: string[];
  /** Option or step texts by id. */
  texts: Record<string, string>;
}

const LESSONS = join(ROOT, "content/lessons");

/** Every lesson's file, by its id (the file name). */
export const lessonFiles = (): Map<string, string> =>
  new Map(
    readdirSync(LESSONS, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => [f.replace(/^.*\//, "").replace(/\.mdx$/, ""), join(LESSONS, f)]),
  );

export function answerKey(lesson: string): KeyedQuestion[] {
  const file = lessonFiles().get(lesson);
  if (!file) throw new Error(`aucune leçon « ${lesson} » dans content/lessons`);
  const { data } = lessonParts<{ quiz: { questions: any[] } }>(readFileSync(file, "utf8"));
  return data.quiz.questions.map((q: any) => {
    const items: { id: string; text: string; correct?: boolean }[] = q.kind === "ordering" ? q.steps : q.options;
    return {
      id: q.id,
      kind: q.kind,
      expected: q.kind === "ordering" ? items.map((i) => i.id) : items.filter((i) => i.correct).map((i) => i.id),
      ids: items.map((i) => i.id),
      texts: Object.fromEntries(items.map((i) => [i.id, i.text])),
    };
  });
}
