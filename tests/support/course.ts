// The course as its content files say it is, read the way the build reads them: what the tests
// expect (titles, counts, glossary terms, lesson text) comes from here, never from the built page.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.ts";
import { lessonParts, readYaml } from "./content-files.ts";
import { answerKey, lessonFiles } from "./answer-key.ts";

const CONTENT = join(ROOT, "content");

/** Every `content/<folder>/*.yaml`, parsed, with its id (the file name). */
function yamlFiles<T>(folder: string): (T & { id: string })[] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".yaml"))
    .toSorted()
    .map((file) => ({ ...readYaml<T>(readFileSync(join(dir, file), "utf8")), id: file.replace(/\.yaml$/, "") }));
}

export interface LessonContent {
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  kind: string;
  level: string;
  module: string;
  /** Position in its module. */
  order: number;
  audiences: string[];
  keywords: string[];
  prerequisites: string[];
  related: string[];
  /** The MDX text after the frontmatter. */
  body: string;
  quiz: { questions: { id: string; kind: string; steps?: { id: string; text: string }[] }[] };
}

export const lessons = (): LessonContent[] =>
  [...lessonFiles()]
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([id, file]) => {
      const { data, body } = lessonParts<Omit<LessonContent, "id" | "body">>(readFileSync(file, "utf8"));
      const { keywords = [], prerequisites = [], related = [], objectives = [] } = data;
      return { ...data, keywords, prerequisites, related, objectives, id, body };
    });

export const modules = () => yamlFiles<{ title: string; order: number; audiences: string[] }>("modules");
/** Trainer's guides: one per module, named as the module. */
export const guides = () => yamlFiles<{ sessionMinutes: number; simulation: string }>("guides");
export const simulations = () => yamlFiles<{ title: string; module: string; audiences: string[] }>("simulations");
export const checklists = () =>
  yamlFiles<{
    title: string;
    instructions: string;
    labels: { included: string; owner: string; note: string };
    sections: { id: string; title: string; items: { id: string; label: string }[] }[];
  }>("checklists");
/** Glossary entries; the anchor of each on /glossaire/ is its id. */
export const glossary = () => yamlFiles<{ term: string; short: string }>("glossary");

/**
 * A lesson's body as a reader sees it in the text itself: no imports, no tags, no headings, no link
 * text (the glossary never links inside those), Markdown marks removed. Close enough to say which
 * words the text holds; it never guesses more words than the page has.
 */
export function readableProse(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, " ")
    .replace(/^#{1,6}\s.*$/gm, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/[*_`>|]/g, " ");
}

/** Every ordering question of the course, lesson by lesson: its steps in the right order (the file's). */
export const orderingQuestions = (): { lesson: string; question: string; solved: string[] }[] =>
  [...lessonFiles().keys()].flatMap((lesson) =>
    answerKey(lesson)
      .filter((q) => q.kind === "ordering")
      .map((q) => ({ lesson, question: q.id, solved: q.expected })),
  );
