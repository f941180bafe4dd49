// What the site's search needs besides Pagefind's index, written beside it at build:
// - a record per glossary term (its own result, at its anchor, with its short definition);
// - relais-lexique.json: the synonyms (content/synonymes.yaml, checked against the course's
//   words) and the number of pages, read with the first search;
// - relais-vocabulaire.json: the course's words, read only when a typed word looks mistyped.
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { existsSync } from "node:fs";
import { CORE_SCHEMA, load } from "js-yaml";
import { ContentError } from "../lib/course/content-problems.ts";
import { readSynonyms } from "../lib/search/synonym-file.ts";
import type { Vocabulary } from "../lib/search/suggest.ts";
import { audienceLabel } from "../lib/labels.ts";
import { READERS } from "../schemas/vocabulary.ts";

export interface GlossaryRecord {
  url: string;
  /** The term as a page of its own, for Pagefind: its name as the title, its short definition weighed a quarter. */
  content: string;
  /** The words of the record, for the vocabulary. */
  text: string;
  filters: Record<string, string[]>;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * One search record per glossary term (content/glossary/*.yaml), addressed as the glossary page's
 * anchor. A term is found by its name first: its short definition (what the result shows) counts
 * a quarter, so a term that merely mentions « réseaux sociaux » does not outrank the lesson about them,
 * and its long definition is left to the glossary page.
 */
export async function glossaryRecords(contentDir: string): Promise<GlossaryRecord[]> {
  const folder = join(contentDir, "glossary");
  const files = (await readdir(folder)).filter((file) => file.endsWith(".yaml")).toSorted();
  const readers = READERS.map((reader) => audienceLabel[reader]);
  return Promise.all(
    files.map(async (file) => {
      const id = file.replace(/\.yaml$/, "");
      const entry = load(await readFile(join(folder, file), "utf8"), { schema: CORE_SCHEMA }) as Record<string, string>;
      const [term, short] = [escape(entry["term"]!), escape(entry["short"]!)];
      const filters = { type: ["Glossaire"], public: readers };
      // As SearchFacets.astro writes them for pages: empty elements, nothing in the text.
      const facets = [
        `<span data-pagefind-meta="title:${term}"></span>`,
        `<span data-pagefind-meta="kind:Glossaire"></span>`,
        `<span data-pagefind-meta="short:${short}"></span>`,
        ...Object.entries(filters).flatMap(([name, values]) =>
          values.map((value) => `<span data-pagefind-filter="${name}:${escape(value)}"></span>`),
        ),
      ];
      return {
        url: `/glossaire/#${id}`,
        content: `<html lang="fr"><body><main data-pagefind-body><h1>${term}</h1><p data-pagefind-weight="0.25">${short}</p>${facets.join("")}</main></body></html>`,
        text: `${entry["term"]}. ${entry["short"]}`,
        filters,
      };
    }),
  );
}

/** A word (folded) the course holds, or a plural of it. */
const holds = (counts: ReadonlyMap<string, unknown>) => (word: string) =>
  ["", "s", "x", "e", "es"].some((ending) => counts.has(word + ending));

export async function lexiconFiles(
  outputPath: string,
  pages: number,
  counts: ReadonlyMap<string, unknown>,
  vocabulary: Vocabulary,
  contentDir: string,
  filters: ReadonlySet<string>,
) {
  // A fixture site's content may have no synonyms: its search then takes words as typed.
  const file = join(contentDir, "synonymes.yaml");
  const { groups, problems } = existsSync(file)
    ? readSynonyms(await readFile(file, "utf8"), holds(counts), relative(process.cwd(), file))
    : { groups: [], problems: [] };
  if (problems.length > 0) throw new ContentError(problems);
  await writeFile(
    join(outputPath, "relais-lexique.json"),
    JSON.stringify({ pages, synonyms: groups, filters: filterValues(filters) }),
  );
  await writeFile(join(outputPath, "relais-vocabulaire.json"), JSON.stringify(vocabulary));
}

/** « public:Proches » pairs as the dropdowns' lists: { public: [...], module: [...], type: [...] }, in French order. */
export function filterValues(pairs: ReadonlySet<string>): Record<string, string[]> {
  const lists: Record<string, string[]> = { public: [], module: [], type: [] };
  for (const pair of pairs) {
    const [name, value] = [pair.slice(0, pair.indexOf(":")), pair.slice(pair.indexOf(":") + 1)];
    (lists[name] ??= []).push(value);
  }
  for (const list of Object.values(lists)) list.sort((a, b) => a.localeCompare(b, "fr"));
  return lists;
}
