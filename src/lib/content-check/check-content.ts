import type { z } from "astro/zod";
import { lessonSchema } from "../../schemas/lesson.ts";
import { moduleSchema } from "../../schemas/module.ts";
import { glossarySchema } from "../../schemas/glossary.ts";
import { simulationSchema } from "../../schemas/simulation.ts";
import { checklistSchema } from "../../schemas/checklist.ts";
import { guideSchema } from "../../schemas/guide.ts";
import { AUDIENCES } from "../../schemas/vocabulary.ts";
import { slugify } from "../slug.ts";
import type { ContentProblem } from "../course/content-problems.ts";
import { courseProblems, type Entry } from "../course/course-problems.ts";
import { checkReferences } from "../course/course-checks.ts";
import { looseReferences } from "./loose-references.ts";
import { readSynonyms } from "../search/synonym-file.ts";
import { QUOTE_LEFT_OPEN, quoteLeftOpen, readYaml, type YamlSource } from "./yaml-source.ts";
import { splitLesson } from "./frontmatter.ts";
import { bodyLinks, headingAnchors } from "./body-links.ts";
import { mdxProblems, type MdxFiles } from "./mdx-body.ts";
import { fieldsAt } from "./schema-keys.ts";
import { typographyProblems } from "./typography.ts";
import { didYouMeanName, nearest } from "./nearest.ts";
import { linkProblem, sitePages } from "./site-links.ts";
import { checklistsLinkedBySite } from "../course/site-checklists.ts";
import { agree } from "../french.ts";

// The whole content checked before Astro reads it, so that one build reports every problem, each
// where it is: « content/lessons/x.mdx:12  quiz.passScore: au plus 100 (ici : 120) ». Each file
// against its schema (dates as written: « 2026-02-30 » is refused, not moved to 2 March), the links
// of the lesson bodies against the pages the site will have, then the checks across files.

export interface ContentFile {
  /** Relative to the project: « content/lessons/alpha/x.mdx ». */
  file: string;
  text: string;
}
export interface ContentFiles {
  /** The content folder, relative to the project: « content ». */
  contentDir: string;
  lessons: readonly ContentFile[];
  modules: readonly ContentFile[];
  glossary: readonly ContentFile[];
  simulations: readonly ContentFile[];
  checklists: readonly ContentFile[];
  /** Trainer's guides, one per module, named as the module. */
  guides: readonly ContentFile[];
  /** Pages of src/pages without a parameter ("/", "/glossaire/"). */
  fixedPages: readonly string[];
  /** Files of public/ ("/favicon.svg"). */
  publicFiles: readonly string[];
  /** Where the lessons' imports are looked for; without it they are read but not looked for. */
  disk?: MdxFiles;
  /** content/synonymes.yaml, when the content has one. */
  synonyms?: ContentFile;
}

interface Parsed<Data> extends Entry<Data> {
  source: YamlSource;
}

/** « related.1 » → ["related", 1], as YamlSource.lineOf takes it. */
const fieldPath = (field: string | undefined) =>
  field?.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) ?? [];

/** The file's name without folder or extension: the entry's id (a lesson's is slugified, as its URL). */
const stem = (file: string) => file.replace(/^.*\//, "").replace(/\.[^.]*$/, "");

/** A problem at `path` of a YAML source, with the line of that field. */
const at = (file: string, source: YamlSource, path: readonly PropertyKey[], message: string): ContentProblem => ({
  file,
  line: source.lineOf(path),
  ...(path.length > 0 ? { field: path.map(String).join(".") } : {}),
  message,
});

/** A field's name with words in it: text that a quote left open made a key. */
const isSentence = (key: string) => /\s\S+\s/.test(key);

/** The files whose YAML reads but whose schema refused them, with what they hold. */
type Refused = Map<string, YamlSource>;

function parse<S extends z.ZodType>(
  schema: S,
  { file, text }: ContentFile,
  id: string,
  problems: ContentProblem[],
  refused: Refused,
  yaml = text,
  firstLine = 1,
): Parsed<z.output<S>> | undefined {
  const source = readYaml(yaml, firstLine);
  if (source.errors.length > 0) {
    problems.push(...source.errors.map((error) => ({ file, line: error.line, message: error.message })));
    return undefined;
  }
  const result = schema.safeParse(source.data);
  if (result.success) return { id, file, data: result.data, source };
  // A quote left open swallows the line breaks after it: a sentence becomes a field's name, the
  // fields it swallowed go « missing ». When a line opens a quote it does not close, that quote is
  // the one problem to say: the others follow from it.
  const swallowed = result.error.issues.some(
    (i) =>
      (i.code === "unrecognized_keys" && i.keys.some(isSentence)) ||
      (i.code === "invalid_type" && i.input === undefined),
  );
  const openQuote = swallowed ? quoteLeftOpen(yaml.split("\n")) : -1;
  if (openQuote >= 0) {
    problems.push({ file, line: firstLine + openQuote, message: `YAML illisible\u00a0: ${QUOTE_LEFT_OPEN}` });
    return undefined;
  }
  // « sumary » near « summary »: the unknown field's message names it, « summary » missing is the same mistake.
  const misspelt = new Set<string>();
  const fieldsHere = (path: readonly PropertyKey[]) => fieldsAt(schema, path);
  for (const issue of result.error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) {
      const near = nearest(key, fieldsHere(issue.path));
      if (near) misspelt.add([...issue.path, near].join("."));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === "invalid_type" && issue.input === undefined && misspelt.has(issue.path.join("."))) continue;
    // An unknown field is reported on its own line, one problem per field.
    if (issue.code === "unrecognized_keys") {
      const fields = fieldsHere(issue.path);
      for (const key of issue.keys) {
        // A sentence taken for a field's name, the quote that swallowed it not found.
        if (isSentence(key)) {
          problems.push({
            file,
            line: source.lineOf([...issue.path, key]),
            message: `texte lu comme un nom de champ («\u00a0${key.slice(0, 30).trim()}…\u00a0»)\u00a0: un guillemet ouvert plus haut n'a sans doute pas été fermé`,
          });
          continue;
        }
        const near = nearest(key, fields);
        problems.push(at(file, source, [...issue.path, key], `champ inconnu${didYouMeanName(near)}`));
      }
    } else problems.push(at(file, source, issue.path, issue.message));
  }
  refused.set(file, source);
  return undefined;
}

export function checkContent(files: ContentFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refused: Refused = new Map();
  const lessonIds = new Map<string, string>();
  const lessons = files.lessons.flatMap((lessonFile) => {
    const id = slugify(stem(lessonFile.file));
    const earlier = lessonIds.get(id);
    if (earlier) {
      problems.push({
        file: lessonFile.file,
        line: 1,
        message: `même adresse /lecons/${id}/ que ${earlier}\u00a0: renommer l'un des deux fichiers`,
      });
    }
    lessonIds.set(id, lessonFile.file);
    const parts = splitLesson(lessonFile.text);
    if (!parts) {
      problems.push({
        file: lessonFile.file,
        line: 1,
        message: /^---[ \t]*\r?\n/.test(lessonFile.text)
          ? "l'en-tête n'est pas fermé\u00a0: ajouter une ligne «\u00a0---\u00a0» après son dernier champ"
          : "la leçon doit commencer par son en-tête, entre deux lignes «\u00a0---\u00a0»",
      });
      // Still a lesson of the course: its page exists, and links and references to it are no problem.
      return [{ id, file: lessonFile.file, entry: undefined, body: lessonFile.text, bodyLine: 1 }];
    }
    const entry = parse(lessonSchema, lessonFile, id, problems, refused, parts.yaml, 2);
    for (const problem of mdxProblems(lessonFile.file, lessonFile.text, files.disk)) {
      problems.push({ file: lessonFile.file, ...problem });
    }
    // Imports and components aside, a lesson has words to read.
    if (!/\p{L}/u.test(parts.body.replace(/^import\s.*$/gm, "").replace(/<[A-Z][\s\S]*?\/>/g, ""))) {
      problems.push({
        file: lessonFile.file,
        line: parts.bodyLine,
        message: "la leçon n'a pas de texte après son en-tête\u00a0: écrire le texte à partir de cette ligne",
      });
    }
    return [{ id, file: lessonFile.file, entry, body: parts.body, bodyLine: parts.bodyLine }];
  });
  const yamlEntries = <S extends z.ZodType>(schema: S, list: readonly ContentFile[]) =>
    list.map((file) => ({
      id: stem(file.file),
      file: file.file,
      entry: parse(schema, file, stem(file.file), problems, refused),
    }));
  const modules = yamlEntries(moduleSchema, files.modules);
  const glossary = yamlEntries(glossarySchema, files.glossary);
  const simulations = yamlEntries(simulationSchema, files.simulations);
  const checklists = yamlEntries(checklistSchema, files.checklists);
  const guides = yamlEntries(guideSchema, files.guides);

  // The checklists the site's own pages link to (footer, doors): one missing is a dead link on every page.
  for (const [id, from] of checklistsLinkedBySite()) {
    if (checklists.some((checklist) => checklist.id === id)) continue;
    problems.push({
      file: `${files.contentDir}/checklists/${id}.yaml`,
      message: `fiche manquante\u00a0: ${from.join(" et ")} ${agree(from.length, "y mène", "y mènent")} (/fiches/${id}/)`,
    });
  }

  // French typography, in every file a reader's text comes from.
  const everyFile = [files.lessons, files.modules, files.glossary, files.simulations, files.checklists, files.guides];
  for (const file of everyFile.flat()) {
    for (const problem of typographyProblems(file.text)) problems.push({ file: file.file, ...problem });
  }

  const site = sitePages({
    lessons: lessons.map((l) => ({ id: l.id, anchors: headingAnchors(l.body) })),
    modules: modules.map((m) => m.id),
    glossary: glossary.map((g) => g.id),
    simulations: simulations.map((s) => s.id),
    checklists: checklists.map((c) => c.id),
    guides: guides.map((g) => g.id),
    audiences: AUDIENCES,
    fixedPages: files.fixedPages,
    publicFiles: files.publicFiles,
  });
  for (const lesson of lessons) {
    for (const link of bodyLinks(lesson.body, lesson.bodyLine)) {
      const problem = linkProblem(link.href, `/lecons/${lesson.id}/`, site);
      if (problem) problems.push({ file: lesson.file, line: link.line, message: problem });
    }
  }

  const parsed = <D>(list: readonly { entry?: Parsed<D> | undefined }[]) =>
    list.flatMap((x) => (x.entry ? [x.entry] : []));
  const entries = {
    lessons: parsed(lessons),
    modules: parsed(modules),
    glossary: parsed(glossary),
    simulations: parsed(simulations),
    guides: parsed(guides),
  };
  const everyFileParsed = [lessons, modules, glossary, simulations, guides].every((list) => list.every((x) => x.entry));
  const known = {
    lessons: new Set(lessons.map((l) => l.id)),
    modules: new Set(modules.map((m) => m.id)),
    terms: new Set(glossary.map((g) => g.id)),
    simulations: new Set(simulations.map((s) => s.id)),
    guides: new Set(guides.map((g) => g.id)),
  };
  const sources = new Map(
    [...entries.lessons, ...entries.modules, ...entries.glossary, ...entries.simulations, ...entries.guides].map(
      (e) => [e.file, e.source],
    ),
  );
  const across = courseProblems(entries, everyFileParsed ? undefined : { known }).problems;
  for (const problem of across) {
    const source = sources.get(problem.file);
    problems.push(source ? { ...problem, line: source.lineOf(fieldPath(problem.field)) } : problem);
  }
  // The search's synonyms: their form now, with the rest; whether the course's text holds each
  // group is known once the pages are written (src/integrations/search-lexicon.ts).
  if (files.synonyms) problems.push(...readSynonyms(files.synonyms.text, () => true, files.synonyms.file).problems);

  // A file its schema refused still names other files: those names are checked too, so its author
  // fixes a mistyped `related` with its other problems, not in a second build.
  const loose = looseReferences(refused, { lessons, glossary, simulations, guides });
  for (const problem of checkReferences(loose, known)) {
    const source = refused.get(problem.file)!;
    problems.push({ ...problem, line: source.lineOf(fieldPath(problem.field)) });
  }
  return problems.toSorted((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
