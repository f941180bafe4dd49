import { afterAll, expect, test, vi } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { AstroIntegration } from "astro";
import {
  asPagefindReads,
  forIndexing,
  indexedPart,
  indexedUrl,
  pageIndex,
  pagefindIndex,
} from "../../src/integrations/pagefind.ts";
import { PAGE_SINK, onRequest, type IndexedPage, type PageSink } from "../../src/integrations/pagefind-middleware.ts";
import { inRequestOrder } from "../../src/lib/in-request-order.ts";
import { glossaryRecords } from "../../src/integrations/search-lexicon.ts";
import { indexedText } from "../../src/lib/search/vocabulary.ts";

test("text gets plain apostrophes so «\u00a0l’absence\u00a0» is found by «\u00a0absence\u00a0»; attributes keep theirs", () => {
  expect(forIndexing(`<p data-pagefind-meta="title:Bad buzz pendant l’absence">Pendant l’absence d’Inès</p>`)).toBe(
    `<p data-pagefind-meta="title:Bad buzz pendant l’absence">Pendant l'absence d'Inès</p>`,
  );
});

test("scripts and stylesheets, which Pagefind skips, are not handed to it", () => {
  expect(
    forIndexing(
      `<head><style>p::after{content:"’"}</style><script>boot()</script></head>` +
        `<body><script type="module" src="/x.js"></script><p>L’index</p><script type="text/pagefind-template"><li>{{ t }}</li></script></body>`,
    ),
  ).toBe(`<head></head><body><p>L'index</p></body>`);
});

/** A lesson as the build writes it: the site's header and footer around <main>, a quiz, scripts. */
const builtLesson = (extra = "") =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>L’absence · Relais</title>` +
  `<style>main{color:red}</style><script>boot()</script></head><body>` +
  `<header class="site-header"><a href="/">Relais</a><nav>Catalogue Parcours Glossaire</nav></header>` +
  `<main id="contenu"><nav class="breadcrumbs" data-pagefind-ignore><a href="/">Accueil</a></nav>` +
  `<article data-pagefind-body><h1>L’absence du CM</h1><ul class="meta" data-pagefind-ignore><li>4 min</li></ul>` +
  `<span hidden data-pagefind-meta="title:L’absence du CM"></span><span hidden data-pagefind-filter="type:Cas"></span>` +
  `<h2 id="avant">Avant de partir</h2><p>Un relais nommé, des accès<span data-pagefind-ignore> (voir plus bas)</span> partagés.</p>` +
  `<aside data-pagefind-ignore><p>Prérequis</p><span hidden data-pagefind-filter="public:Dirigeants"></span></aside>` +
  `<h2 id="apres">Au retour</h2><p>Le bilan d’une semaine.</p>` +
  `<relais-quiz><section class="quiz" data-pagefind-ignore><h2 id="quiz">Quiz</h2><p>Réponse secrète</p></section></relais-quiz>` +
  `<script type="module" src="/_astro/lesson.js"></script></article>${extra}</main>` +
  `<footer class="site-footer"><p>Aucune donnée ne quitte votre appareil.</p></footer></body></html>`;

test("a page indexed in <main> is given as its head and its <main>, ignored parts emptied", () => {
  const part = indexedPart(builtLesson());
  expect(part).toMatch(
    /^<!DOCTYPE html><html lang="fr"><head>.*<\/head><body><main id="contenu">.*<\/main><\/body><\/html>$/,
  );
  expect(part).not.toMatch(/Catalogue|Aucune donnée|Réponse secrète|Accueil|4 min|voir plus bas/);
  // An ignored element holding a filter is kept whole: Pagefind reads the filter.
  expect(part).toContain(
    `<aside data-pagefind-ignore><p>Prérequis</p><span hidden data-pagefind-filter="public:Dirigeants">`,
  );
  // The vocabulary's words and the filters, read in the part, are the whole page's.
  for (const page of [builtLesson(), builtLesson(`<nav data-pagefind-ignore>Leçon suivante</nav>`)]) {
    expect(indexedText(indexedPart(page))).toBe(indexedText(page));
    const filtersOf = (html: string) => [...html.matchAll(/data-pagefind-filter="([^"]*)"/g)].map((m) => m[1]);
    expect(filtersOf(indexedPart(page))).toEqual(filtersOf(page));
  }
});

test("a page with Pagefind's marks outside <main>, or none inside, is given whole", () => {
  const markedOutside = builtLesson().replace("<footer", `<footer data-pagefind-meta="footer:oui"`);
  expect(indexedPart(markedOutside)).toBe(markedOutside);
  const unmarked = builtLesson().replace(" data-pagefind-body", "");
  expect(indexedPart(unmarked)).toBe(unmarked);
  expect(indexedPart("<p>Sans main</p>")).toBe("<p>Sans main</p>");
});

test("the index written from the pages' indexed part is the one written from the whole pages, byte for byte", async () => {
  const pages = [
    ["/lecons/absence/", builtLesson()],
    ["/lecons/suite/", builtLesson(`<nav class="prev-next" data-pagefind-ignore>Leçon suivante</nav>`)],
    ["/", builtLesson().replace(" data-pagefind-body", "")],
  ] as const;
  const written = async (give: (html: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), "relais-index-part-"));
    const { index } = await pagefind.createIndex({ forceLanguage: "fr" });
    for (const [url, html] of pages)
      expect((await index!.addHTMLFile({ url, content: give(html) })).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([]);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .toSorted();
    const read = new Map(files.map((file) => [file.slice(dir.length), readFileSync(file)]));
    rmSync(dir, { recursive: true, force: true });
    return read;
  };
  const whole = await written(asPagefindReads);
  const part = await written(forIndexing);
  expect([...part.keys()]).toEqual([...whole.keys()]);
  for (const [file, bytes] of whole) expect(part.get(file)?.equals(bytes), file).toBe(true);
});

test("a page is indexed at its address without the base, as if read from the built site", () => {
  expect(indexedUrl("/lecons/x/", "/")).toBe("/lecons/x/");
  expect(indexedUrl("/relais/lecons/x/", "/relais/")).toBe("/lecons/x/");
  expect(indexedUrl("/relais/", "/relais/")).toBe("/");
});

type Context = Parameters<typeof onRequest>[0];
const context = { url: new URL("http://localhost/relais/lecons/x/") } as Context;
const shared = globalThis as { [PAGE_SINK]?: PageSink };
const lesson = `<html><body><article data-pagefind-body><h1>L’absence</h1></article></body></html>`;

/** A sink that takes the pages in the order they began, as the integration's does. */
const orderedSink = (seen: IndexedPage[]) => inRequestOrder<IndexedPage>((page) => seen.push(page)).take;

test("in the build, each rendered page goes to the index as written, and is still written", async () => {
  const seen: IndexedPage[] = [];
  shared[PAGE_SINK] = orderedSink(seen);
  try {
    const rendered = new Response(lesson, { status: 200, headers: { "content-type": "text/html" } });
    const written = (await onRequest(context, () => Promise.resolve(rendered))) as Response;
    expect(await written.text()).toBe(lesson);
    const manifest = new Response("{}", { headers: { "content-type": "application/manifest+json" } });
    await onRequest(context, () => Promise.resolve(manifest));
    expect(seen).toEqual([["/relais/lecons/x/", lesson]]);
  } finally {
    delete shared[PAGE_SINK];
  }
});

test("pages rendered side by side reach the index in the order they began, a failed one not holding the others", async () => {
  const seen: IndexedPage[] = [];
  shared[PAGE_SINK] = orderedSink(seen);
  const at = (path: string) => ({ url: new URL(`http://localhost${path}`) }) as Context;
  const page = (text: string) => new Response(text, { headers: { "content-type": "text/html" } });
  try {
    const finish: Record<string, (response: Response) => void> = {};
    const pending = (name: string) => new Promise<Response>((resolve) => (finish[name] = resolve));
    const first = onRequest(at("/a/"), () => pending("a"));
    const broken = onRequest(at("/b/"), () => Promise.reject(new Error("rendu impossible")));
    const third = onRequest(at("/c/"), () => pending("c"));
    await expect(broken).rejects.toThrow("rendu impossible");
    finish["c"]!(page("<p>C</p>"));
    await third;
    // /c/ is rendered, but /a/ began before it.
    expect(seen).toEqual([]);
    finish["a"]!(page("<p>A</p>"));
    await first;
    expect(seen).toEqual([
      ["/a/", "<p>A</p>"],
      ["/c/", "<p>C</p>"],
    ]);
  } finally {
    delete shared[PAGE_SINK];
  }
});

type SetupOptions = Parameters<NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>>[0];
test("pages go to the index in the build only, not in astro dev", async () => {
  const added = async (command: SetupOptions["command"]) => {
    const addMiddleware = vi.fn();
    await pagefindIndex("content").hooks["astro:config:setup"]!({ command, addMiddleware } as unknown as SetupOptions);
    return addMiddleware.mock.calls.map(([{ entrypoint }]) => String(entrypoint).replace(/.*\//, ""));
  };
  expect(await added("build")).toEqual(["pagefind-middleware.ts"]);
  expect(await added("dev")).toEqual([]);
});

test("outside the build (no index waiting for pages) the response goes through untouched", async () => {
  const rendered = new Response(lesson, { headers: { "content-type": "text/html" } });
  expect(await onRequest(context, () => Promise.resolve(rendered))).toBe(rendered);
});

const out = mkdtempSync(join(tmpdir(), "relais-index-test-"));
// One glossary term, with characters that must stay text.
mkdirSync(join(out, "content", "glossary"), { recursive: true });
writeFileSync(
  join(out, "content", "glossary", "absence.yaml"),
  'term: Absence\nshort: "Quand le CM n’est pas là & <b>jamais</b> seul."\nlong: "Long texte."\n',
);
afterAll(async () => {
  await pagefind.close();
  rmSync(out, { recursive: true, force: true });
});

test("pages handed over are indexed under the base-free address and the index is written", async () => {
  // A content folder with no synonyms file (`out`): words are searched as typed.
  const terms = await glossaryRecords(join(out, "content"));
  const index = pageIndex("/relais/", terms, out);
  index.add("/relais/lecons/x/", lesson);
  index.add("/relais/404/", "<html><body><p>Page introuvable</p></body></html>");
  expect(await index.write(out)).toBe(3);
  // Only pages with data-pagefind-body are searchable, and each glossary term is a record of its
  // own: a fragment each, holding its address.
  const fragments = readdirSync(join(out, "fragment")).map((file) =>
    JSON.parse(
      gunzipSync(readFileSync(join(out, "fragment", file)))
        .toString()
        .replace(/^pagefind_dcd/, ""),
    ),
  );
  expect(fragments.map((f) => f.url).toSorted()).toEqual(["/glossaire/#absence", "/lecons/x/"]);
  expect(fragments.find((f) => f.url === "/lecons/x/")).toMatchObject({ content: "L'absence." });
  expect(fragments.find((f) => f.url === "/glossaire/#absence")).toMatchObject({
    meta: { title: "Absence", kind: "Glossaire", short: "Quand le CM n’est pas là & <b>jamais</b> seul." },
    filters: { type: ["Glossaire"], public: ["CM débutant", "Proches", "Dirigeants"] },
  });
  // Beside the index: the lexicon (pages, synonyms, filters' values) and the vocabulary.
  const lexicon = JSON.parse(readFileSync(join(out, "relais-lexique.json"), "utf8"));
  expect(lexicon).toMatchObject({ pages: 3, synonyms: [] });
  expect(lexicon.filters.type).toContain("Glossaire");
  expect(JSON.parse(readFileSync(join(out, "relais-vocabulaire.json"), "utf8"))).toEqual([["absence", 2]]);
});

test("every page's words and filters reach the vocabulary and the lexicon, counted once the pages are in", async () => {
  // More pages than are counted between two pauses (countedWords lets other work run every 50).
  const names = Array.from(
    { length: 120 },
    (_, n) => `mot${String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26))}`,
  );
  const index = pageIndex("/", [], out);
  for (const [n, name] of names.entries()) {
    index.add(
      `/lecons/${name}/`,
      `<html lang="fr"><head><title>${name}</title></head><body><main><article data-pagefind-body>` +
        `<p>${name} pour la communauté, ${name}.</p><aside data-pagefind-ignore>ignoré${n}` +
        `<span hidden data-pagefind-filter="theme:${name}"></span></aside></article></main></body></html>`,
    );
  }
  expect(await index.write(out)).toBe(names.length);
  const vocabulary = new Map(JSON.parse(readFileSync(join(out, "relais-vocabulaire.json"), "utf8")));
  expect(names.filter((name) => vocabulary.get(name) !== 2)).toEqual([]);
  expect(vocabulary.get("communauté")).toBe(names.length);
  expect([...vocabulary.keys()].filter((word) => String(word).startsWith("ignor"))).toEqual([]);
  const lexicon = JSON.parse(readFileSync(join(out, "relais-lexique.json"), "utf8"));
  expect(lexicon.filters.theme.toSorted()).toEqual(names);
});

test("an index no page reached stops the build", async () => {
  await expect(pageIndex("/", [], out).write(out)).rejects.toThrow("aucune page à indexer");
});

test("a page begun and never handed over stops the build, counted, instead of an index without it", async () => {
  const integration = pagefindIndex(join(out, "content"));
  const hooks = integration.hooks;
  await hooks["astro:build:start"]!({} as never);
  const take = shared[PAGE_SINK]!;
  take()(["/lecons/x/", lesson]);
  take();
  hooks["astro:build:generated"]!({ dir: new URL(`file://${out}/`) } as never);
  expect(shared[PAGE_SINK]).toBeUndefined();
  await expect(hooks["astro:build:done"]!({ logger: { info: () => {} } } as never)).rejects.toThrow(
    "Pagefind\u00a0: 1\u00a0page rendue n'est jamais arrivée à l'index",
  );
});
