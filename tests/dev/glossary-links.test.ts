// `npm run dev` shows the glossary links the build ships: they are made where Markdown is rendered
// (src/markdown/glossary-links.ts), not after the build. A real `astro dev` serves a copy of the
// site (so a test may add a term); the lesson and its terms are chosen from the content files.
import { afterAll, beforeAll, expect, test } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { copySite, startDevServer, type DevServer } from "../support/dev-server.ts";
import { expectedLinks, spellings, terms } from "../support/glossary-expectations.ts";
import { lessons, readableProse } from "../support/course.ts";

const lesson = expectedLinks().find(({ terms: used }) => used.size > 0);
const site = copySite();
let server: DevServer | undefined;

beforeAll(async () => {
  server = await startDevServer(site);
});
afterAll(async () => {
  await server?.stop();
  rmSync(site, { recursive: true, force: true });
});

/** The glossary links of a lesson's text, as the dev server renders it now. */
async function glossaryLinks(id: string) {
  // A first request compiles the page: well within this bound even on a loaded machine.
  const response = await fetch(`${server!.url}lecons/${id}/`, { signal: AbortSignal.timeout(60_000) });
  expect(response.status, server!.output().slice(-2000)).toBe(200);
  return parse(await response.text()).querySelectorAll(".lesson-body a.glossary-link");
}

test("a lesson links the glossary terms its text uses, as the build does", async () => {
  expect(lesson, "a lesson that uses a glossary term").toBeDefined();
  const links = await glossaryLinks(lesson!.lesson);
  expect(links.map((a) => a.getAttribute("href")).toSorted()).toEqual(
    [...lesson!.terms].map((term) => `/glossaire/#${term}`).toSorted(),
  );
  for (const link of links) {
    const term = terms.find((t) => `/glossaire/#${t.id}` === link.getAttribute("href"));
    expect(link.getAttribute("title")).toBe(term?.short);
  }
});

test("a term added to the glossary while the server runs is linked at the next request", async () => {
  // A long word of the lesson's text that no term of the glossary covers yet.
  const prose = readableProse(lessons().find(({ id }) => id === lesson!.lesson)!.body);
  const word = prose
    .match(/\p{L}{9,}/gu)
    ?.find((w) => !spellings.some(({ spelling }) => spelling.toLowerCase().includes(w.toLowerCase())));
  expect(word, "a word to make a term of").toBeDefined();
  const short = "Un terme ajouté pendant que le serveur tourne.";
  writeFileSync(
    join(site, "content/glossary/terme-ajoute.yaml"),
    `term: ${word}\nshort: "${short}"\nlong: "${short}"\n`,
  );
  await expect
    .poll(
      async () =>
        (await glossaryLinks(lesson!.lesson)).map((a) => `${a.getAttribute("href")} ${a.getAttribute("title")}`),
      {
        timeout: 30_000,
        interval: 200,
      },
    )
    .toContain(`/glossaire/#terme-ajoute ${short}`);
});
