import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { setImmediate } from "node:timers/promises";
import * as pagefind from "pagefind";
import { PAGE_SINK, type IndexedPage, type PageSink } from "./pagefind-middleware.ts";
import { inRequestOrder, type RequestOrder } from "../lib/in-request-order.ts";
import { addOccurrences, countsOf, emptiedIgnored, indexedText, vocabularyOf } from "../lib/search/vocabulary.ts";
import { glossaryRecords, lexiconFiles, type GlossaryRecord } from "./search-lexicon.ts";
import { agree, plural } from "../lib/french.ts";

// Builds the search index with Pagefind's Node API. Pages are handed to Pagefind as Astro renders
// them (pagefind-middleware.ts): its indexer, a process of its own, works beside the rendering,
// and the index files are written while the build's last steps run. No copy of the site is made,
// no built page is read again. (Glossary links, added after the build, change no text.)
// The API reports problems in `errors` arrays instead of throwing: any of them fails the build,
// so a site never ships with a broken or missing search.

/**
 * The part of a page Pagefind reads, when it can be told: a page whose indexed text (the element
 * marked `data-pagefind-body`) is in its <main>, and none of Pagefind's marks outside <main>, is
 * given as its head and its <main> alone, each element marked `data-pagefind-ignore` emptied
 * (emptiedIgnored). Pagefind reads nothing else of it: the site header, the menu, the quiz and the
 * footer, half of a lesson's bytes, need not be encoded and sent to its process. Any other page is
 * given whole. (The index written is the same, byte for byte: tests/unit/search-indexing.test.ts.)
 */
export function indexedPart(html: string): string {
  const body = /<body\b[^>]*>/.exec(html);
  const start = html.search(/<main\b/);
  const end = html.lastIndexOf("</main>");
  if (!body || start < body.index || end < start) return html;
  const opened = body.index + body[0].length;
  const main = html.slice(start, end + "</main>".length);
  const outside = (part: string) => part.includes("data-pagefind-");
  if (!/\bdata-pagefind-body\b/.test(main) || outside(html.slice(opened, start)) || outside(html.slice(end))) {
    return html;
  }
  return `${html.slice(0, opened)}${emptiedIgnored(main)}</body></html>`;
}

/**
 * The page as Pagefind is given it: its indexed part (indexedPart). French elides with a
 * typographic apostrophe (« l’absence », « d’engagement »), which Pagefind 1.6 keeps inside the
 * word, so « absence » would not find « l’absence »: text gets the plain apostrophe, which it splits
 * on. Attributes (the titles given as metadata) keep their typography, and so does the page
 * written. Scripts and stylesheets, which Pagefind skips, are left out.
 */
export const forIndexing = (html: string) => asPagefindReads(indexedPart(html));

/** The HTML without scripts and stylesheets, its text with plain apostrophes (see forIndexing). */
export const asPagefindReads = (html: string) =>
  html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, "").replace(/>[^<]+</g, (text) => text.replace(/[’ʼ]/g, "'"));

/**
 * A page's address for Pagefind: its path without the base, as if the site were at the root (the
 * search components are told the base, base-url), as Pagefind gives a page read from the disk.
 */
export const indexedUrl = (path: string, base: string) => `/${path.slice(base.length)}`;

const fail = (step: string, errors: readonly string[]) => {
  if (errors.length > 0) throw new Error(`Pagefind (${step}) a échoué\u00a0:\n${errors.join("\n")}`);
};

/**
 * The words search reads, as written, and how often (the vocabulary of « Vouliez-vous dire » and
 * the synonyms' check): the glossary terms' and the pages' (`texts`, each page's indexed text as
 * UTF-8). Counted once the pages are rendered, not as they come: during the rendering the build's
 * processor is busy, while the index is written it waits for Pagefind (at a thousand lessons, 0.7 s
 * of the rendering's processor time). Other work (the SCORM packages) goes on every 50 pages.
 */
export async function countedWords(records: readonly GlossaryRecord[], texts: readonly Uint8Array[]) {
  const occurrences = new Map<string, number>();
  for (const record of records) addOccurrences(occurrences, record.text);
  const decoder = new TextDecoder();
  for (const [i, text] of texts.entries()) {
    addOccurrences(occurrences, decoder.decode(text));
    if (i % 50 === 49) await setImmediate();
  }
  return occurrences;
}

/**
 * An index pages are added to as they come (`add`, base included in their path), and written with
 * the number of pages read once all are in (`write`), or an error naming Pagefind's problems.
 */
export function pageIndex(base: string, records: readonly GlossaryRecord[] = [], contentDir = "./content") {
  let index: Promise<pagefind.PagefindIndex | undefined> | undefined;
  // The text search reads of each page, read in the part Pagefind reads (the same text, from a
  // third of the bytes), kept as UTF-8 until the index is written, when its words are counted
  // (countedWords): some 6 KB a page, outside V8's heap (6.4 MB at a thousand lessons).
  const texts: Buffer[] = [];
  // The filters' values, as the pages give them: the search's dropdowns offer them.
  const filters = new Set<string>(
    records.flatMap((record) =>
      Object.entries(record.filters).flatMap(([name, values]) => values.map((v) => `${name}:${v}`)),
    ),
  );
  // Errors are kept, not thrown, until the index is written: nothing is left unhandled meanwhile.
  const added: Promise<string[]>[] = [];
  const problems: string[] = [];
  const add = (path: string, html: string) => {
    index ??= pagefind.createIndex({ forceLanguage: "fr" }).then(({ index, errors }) => {
      problems.push(...errors);
      return index;
    });
    const url = indexedUrl(path, base);
    const part = indexedPart(html);
    texts.push(Buffer.from(indexedText(part)));
    for (const [, name, value] of part.matchAll(/data-pagefind-filter="(\w+):([^"]*)"/g))
      filters.add(`${name}:${value}`);
    const content = asPagefindReads(part);
    added.push(
      index
        .then((ready) => ready?.addHTMLFile({ url, content }))
        .then(
          (result) => result?.errors.map((error) => `${url}\u00a0: ${error}`) ?? [],
          (error: unknown) => [`${url}\u00a0: ${String(error)}`],
        ),
    );
  };
  const write = async (outputPath: string) => {
    const errors = (await Promise.all(added)).flat();
    fail("création de l'index", problems);
    fail("lecture des pages", errors);
    const ready = await index;
    if (!ready || added.length === 0) fail("lecture des pages", ["aucune page à indexer"]);
    // Each glossary term is a result of its own, at its anchor, with its short definition. Sent
    // all at once, in this order (one after the other, a round trip to Pagefind's process each,
    // they cost the real course's build a third of a second).
    const termErrors = await Promise.all(
      records.map((record) => ready!.addHTMLFile({ url: record.url, content: forIndexing(record.content) })),
    );
    termErrors.forEach(({ errors }, i) => fail(`terme ${records[i]!.url}`, errors));
    // Pagefind writes in its process while the words are counted here (its failure, meanwhile,
    // is not left unhandled: it is thrown below).
    const writing = ready!.writeFiles({ outputPath });
    writing.catch(() => {});
    const counts = countsOf(await countedWords(records, texts.splice(0)));
    const vocabulary = vocabularyOf(counts);
    fail("écriture de l'index", (await writing).errors);
    await lexiconFiles(outputPath, added.length + records.length, counts, vocabulary, contentDir, filters);
    return added.length + records.length;
  };
  return { add, write };
}

export function pagefindIndex(contentDir: string): AstroIntegration {
  let base = "/";
  let pages: ReturnType<typeof pageIndex> | undefined;
  let order: RequestOrder<IndexedPage> | undefined;
  let written: Promise<number> | undefined;
  const shared = globalThis as { [PAGE_SINK]?: PageSink };
  return {
    name: "relais:pagefind",
    hooks: {
      "astro:config:setup": ({ command, addMiddleware }) => {
        if (command === "build") {
          addMiddleware({ entrypoint: new URL("./pagefind-middleware.ts", import.meta.url), order: "pre" });
        }
      },
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:start": async () => {
        const index = pageIndex(base, await glossaryRecords(contentDir), contentDir);
        pages = index;
        order = inRequestOrder<IndexedPage>(([path, html]) => index.add(path, html));
        shared[PAGE_SINK] = order.take;
      },
      // Every page is in: the index is written while Astro and the other steps finish (it reads
      // no built file, and only the service worker, later, reads what it writes).
      "astro:build:generated": ({ dir }) => {
        delete shared[PAGE_SINK];
        const held = order!.waiting();
        written =
          held > 0
            ? Promise.reject(
                new Error(
                  `Pagefind\u00a0: ${plural(held, "page rendue", "pages rendues")} ${agree(held, "n'est jamais arrivée", "ne sont jamais arrivées")} à l'index`,
                ),
              )
            : pages!.write(join(fileURLToPath(dir), "pagefind"));
        // Awaited, and its error thrown, in astro:build:done.
        written.catch(() => {});
      },
      "astro:build:done": async ({ logger }) => {
        try {
          logger.info(`${await written!} pages et termes lus pour la recherche`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
