// Search in French (Pagefind's index, our query layer): the words readers use find the right page
// in the first three results; sentences, typos, glossary terms and sheets; filters narrow, in the
// dialog too; Ctrl+K and Escape; keyboard only; whole searched words highlighted on the page opened.
// The relevance suite written from the readers' side is search-relevance.test.ts.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { DIALOG_SEARCH, PAGE_SEARCH, resultLinks, resultTitles } from "../support/search-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { lessons, readableProse } from "../support/course.ts";

const s = useSite();
/** Titles compared as written, whatever the spaces and apostrophes. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

const QUERIES: { q: string; expect: string; why: string }[] = [
  { q: "malade", expect: "Les signes d’une page sans CM", why: "continuité, synonyme" },
  { q: "epuisement", expect: "Un CM est un être humain", why: "continuité, sans accents" },
  { q: "boss", expect: "Le patron qui publie seul", why: "direction, mot-clé anglais" },
  { q: "mot de passe", expect: "L’hygiène des accès", why: "direction, dirigeants" },
  { q: "ROI", expect: "« Quel est le ROI d’un CM ? »", why: "expliquer, dirigeants, sigle" },
  { q: "clash", expect: "Quand un pro vous attaque", why: "CM contre CM" },
  { q: "bad buzz", expect: "Bad buzz pendant l’absence", why: "simulation, expression" },
  { q: "procédure de crise", expect: "Les six temps d’une crise", why: "crise, formateurs" },
  { q: "signal faible", expect: "Repérer un signal faible", why: "crise" },
  { q: "preuves", expect: "Garder des preuves", why: "crise, fiche réflexe" },
  { q: "moderation", expect: "Modération", why: "glossaire, sans accents" },
  { q: "moderer des commentaires", expect: "Modérer sans censurer", why: "métier, sans accents" },
  { q: "empathie", expect: "Ce que fait vraiment un community manager", why: "métier, qualités" },
  { q: "métier de CM", expect: "Ce que le métier de CM n’est pas", why: "expliquer, sigle" },
  { q: "vrai metier", expect: "CM, c'est un vrai métier ?", why: "proches, sans accents" },
  { q: "parents", expect: "CM, c'est un vrai métier ?", why: "proches" },
  { q: "pitch", expect: "Le pitch d’une minute", why: "expliquer, CM débutants" },
  { q: "troll", expect: "Le troll du dimanche", why: "simulation" },
  { q: "double post", expect: "Le double post du patron", why: "simulation" },
  { q: "absence bad buzz", expect: "Bad buzz pendant l’absence", why: "simulation, élision « l’absence »" },
  { q: "engagement", expect: "Engagement", why: "glossaire, élision « d’engagement »" },
  { q: "astroturfing", expect: "Astroturfing", why: "glossaire" },
  { q: "plan de continuité", expect: "Plan de continuité", why: "fiche, formateurs" },
  { q: "repérer une crise qui commence", expect: "Repérer un signal faible", why: "phrase entière" },
];

test.each(QUERIES)("« $q » ($why) finds « $expect » in the first three results", async ({ q, expect: title }) => {
  const { page, context, trouble } = await s.open(`/recherche/?q=${encodeURIComponent(q)}`);
  const titles = await resultTitles(page);
  expect(
    titles.slice(0, 3).some((t) => plain(t).startsWith(plain(title))),
    `results: ${titles.join(" | ")}`,
  ).toBe(true);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

// Words found only in a lesson's text (its MDX body), never in what else the index holds of it:
// its title, summary, objectives or keywords. They find the lesson only if its text is indexed.
const BODY_QUERIES: { q: string; lesson: string }[] = [
  { q: "vernissage", lesson: "le-calendrier-editorial" },
  { q: "chronometre", lesson: "le-pitch-d-une-minute" },
  { q: "horloge", lesson: "garder-des-preuves" },
  { q: "racistes homophobes", lesson: "moderer-sans-censurer" },
  { q: "épeautre", lesson: "une-semaine-de-cm" },
  { q: "titulaire", lesson: "le-plan-de-releve" },
  { q: "pourcentage", lesson: "mesurer-la-valeur" },
  { q: "loyauté", lesson: "la-solidarite-entre-cm" },
];
/** Lower case, no accents, typographic apostrophes plain: how the words are compared. */
const folded = (text: string) =>
  text.toLocaleLowerCase("fr").normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'");
const course = lessons();
const lessonOf = (id: string) => course.find((lesson) => lesson.id === id)!;

test.each(BODY_QUERIES)(
  "« $q » is in the text of $lesson only, not in its title, summary, objectives or keywords",
  ({ q, lesson }) => {
    const { title, summary, objectives, keywords, body } = lessonOf(lesson);
    const besides = folded([title, summary, ...objectives, ...keywords].join(" "));
    for (const word of folded(q).split(" ")) {
      expect(folded(readableProse(body))).toMatch(new RegExp(`\\b${word}\\b`));
      // Not even a word of the same stem (the index stems French words).
      expect(besides).not.toContain(word.slice(0, 6));
    }
  },
);

test("words found only in a lesson's text find it in the first three results", async () => {
  const { page, context, trouble } = await s.open(`/recherche/?q=${encodeURIComponent(BODY_QUERIES[0]!.q)}`);
  const input = page.locator(`${PAGE_SEARCH} input[type=search]`);
  const missed: string[] = [];
  for (const [i, { q, lesson }] of BODY_QUERIES.entries()) {
    if (i > 0) await input.fill(q);
    const titles = await resultTitles(page);
    if (!titles.slice(0, 3).some((t) => plain(t) === plain(lessonOf(lesson).title))) {
      missed.push(`« ${q} » → ${titles.join(" | ")}`);
    }
  }
  expect(missed).toEqual([]);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("results show an excerpt with the words marked, the module, audiences and reading time", async () => {
  const { page, context } = await s.open("/recherche/?q=malade");
  await resultTitles(page);
  const first = page.locator(`${PAGE_SEARCH} .search-result`).filter({ hasText: "Les signes d’une page sans CM" });
  expect(await first.locator(".search-result-excerpt mark").count()).toBeGreaterThan(0);
  expect(await first.locator(".search-result-meta").textContent()).toMatch(
    /^Leçon · .+ · pour .+ · \d+\u00a0min de lecture$/,
  );
  // A result is a link, and looks like one.
  const title = first.locator("a.search-result-title");
  expect(await title.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("underline");
  await context.close();
});

/** The count the status line gives (after resultTitles). */
const resultCount = async (page: import("playwright-core").Page, scope: string) => {
  const text = (await page.locator(`${scope} .search-status`).textContent()) ?? "";
  return /^Aucun/.test(text) ? 0 : Number(/^(\d+)/.exec(text)?.[1]);
};

test("a filter narrows the results, and the address keeps the query and the filters", async () => {
  const { page, context } = await s.open("/recherche/?q=CM");
  await resultTitles(page);
  const all = await resultCount(page, PAGE_SEARCH);
  expect(all).toBeGreaterThan(3);
  await page.locator(PAGE_SEARCH).getByLabel("Public").selectOption("Proches");
  await expect.poll(() => new URL(page.url()).searchParams.get("public")).toBe("Proches");
  await resultTitles(page);
  const narrowed = await resultCount(page, PAGE_SEARCH);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const meta of await page.locator(`${PAGE_SEARCH} .search-result-meta`).allTextContents())
    expect(meta).toMatch(/ · pour (.+ · )?Proches( · |$)|^Glossaire$/);

  await page.locator(`${PAGE_SEARCH} input[type=search]`).fill("patron");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("patron");
  // The address opens on the same search, filter included.
  const shared = new URL(page.url());
  expect(shared.searchParams.get("public")).toBe("Proches");
  await page.goto(shared.href);
  await resultTitles(page);
  expect(await page.locator(PAGE_SEARCH).getByLabel("Public").inputValue()).toBe("Proches");
  expect(await page.locator(`${PAGE_SEARCH} input[type=search]`).inputValue()).toBe("patron");
  await context.close();
});

test("the filters are in the Ctrl+K dialog too", async () => {
  const { page, context } = await s.open("/");
  await page.keyboard.press("Control+k");
  await page.locator(`${DIALOG_SEARCH} input[type=search]`).waitFor();
  await page.keyboard.type("crise");
  await resultTitles(page, DIALOG_SEARCH);
  const all = await resultCount(page, DIALOG_SEARCH);
  await page.locator("#search-dialog").getByLabel("Type").selectOption("Simulation");
  await expect
    .poll(async () => {
      await resultTitles(page, DIALOG_SEARCH);
      return page.locator(`${DIALOG_SEARCH} .search-result-meta`).allTextContents();
    })
    .toSatisfy((metas: string[]) => metas.length > 0 && metas.every((m) => m.startsWith("Simulation")));
  expect(await resultCount(page, DIALOG_SEARCH)).toBeLessThan(all);
  await context.close();
});

test("a sentence with stop words finds pages holding most of its meaningful words", async () => {
  const { page, context } = await s.open(
    `/recherche/?q=${encodeURIComponent("que faire quand notre community manager est malade et que personne ne le remplace")}`,
  );
  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(3);
  expect(titles.slice(0, 3).map(plain), titles.join(" | ")).toContainEqual(
    expect.stringMatching(/sans CM|relève|continuité/i),
  );
  await context.close();
});

test("a typo gets « Vouliez-vous dire … ? » from the course's words, and its results already", async () => {
  const { page, context } = await s.open(`/recherche/?q=${encodeURIComponent("harcelment")}`);
  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  const suggestion = page.locator(`${PAGE_SEARCH} .search-suggestion`);
  expect(await suggestion.textContent()).toBe("Vouliez-vous dire «\u00a0harcèlement\u00a0»\u00a0?");
  await suggestion.click();
  await expect.poll(() => page.locator(`${PAGE_SEARCH} input[type=search]`).inputValue()).toBe("harcèlement");
  await resultTitles(page);
  expect(await suggestion.isVisible()).toBe(false);
  await context.close();
});

test("a glossary term is a result of its own, with its short definition, and opens at its anchor", async () => {
  const { page, context } = await s.open("/recherche/?q=pharos");
  const titles = await resultTitles(page);
  expect(titles.slice(0, 3)).toContain("Pharos");
  const result = page
    .locator(`${PAGE_SEARCH} .search-result`)
    .filter({ has: page.getByRole("link", { name: "Pharos", exact: true }) });
  expect(await result.locator(".search-result-excerpt").textContent()).toMatch(/^Le portail officiel du ministère/);
  // The glossary is no longer one big result.
  expect(titles).not.toContain("Glossaire");
  await result.getByRole("link", { name: "Pharos", exact: true }).click();
  await page.waitForURL(/\/glossaire\/\?surligner=pharos#pharos$/);
  await expect.poll(() => page.locator("#pharos mark").count()).toBeGreaterThan(0);
  await context.close();
});

test("the search page with results has no accessibility violation, in both themes", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const { page, context } = await s.open("/recherche/?q=crise", { colorScheme });
    await resultTitles(page);
    await expectNoAxeViolations(page, { label: colorScheme });
    await context.close();
  }
});

test("the open search dialog with results has no accessibility violation, in both themes", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const { page, context } = await s.open("/", { colorScheme });
    await page.keyboard.press("Control+k");
    await page.locator(`${DIALOG_SEARCH} input[type=search]`).waitFor();
    await page.keyboard.type("crise");
    await resultTitles(page, DIALOG_SEARCH);
    await expectNoAxeViolations(page, { label: colorScheme });
    await context.close();
  }
});

test("Ctrl+K opens the search dialog from any page and Escape closes it", async () => {
  const { page, context, trouble } = await s.open("/glossaire/");
  await page.keyboard.press("Control+k");
  const input = page.locator(`${DIALOG_SEARCH} input[type=search]`);
  await input.waitFor();
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(() => input.isVisible()).toBe(false);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("by keyboard alone: open, type, arrows through results, Enter, and only whole meaningful words highlighted", async () => {
  const { page, context } = await s.open("/");
  await page.getByRole("link", { name: /Rechercher/ }).focus();
  await page.keyboard.press("Enter");
  const input = page.locator(`${DIALOG_SEARCH} input[type=search]`);
  await input.waitFor();
  await page.keyboard.type("c'est quoi la modération");
  const titles = await resultTitles(page, DIALOG_SEARCH);
  expect(titles.length).toBeGreaterThan(1);
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  await page.keyboard.press("ArrowDown");
  expect(await focused()).toBe(titles[0]);
  await page.keyboard.press("ArrowDown");
  expect(await focused()).toBe(titles[1]);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("ArrowDown");
  const [href] = await resultLinks(page, DIALOG_SEARCH);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === new URL(href!, page.url()).pathname);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("surligner")).not.toContain("est");
  const marks = page.locator("main mark");
  await expect.poll(() => marks.count()).toBeGreaterThan(0);
  // Whole words only, forms of « modération » (modérer, modérez…): never « est » nor part of a word.
  for (const mark of await marks.allTextContents()) expect(mark.toLowerCase()).toMatch(/^mod[ée]r/);
  const cut = await page.evaluate(
    () =>
      [...document.querySelectorAll("main mark")].filter((mark) =>
        /[\p{L}]/u.test(
          (mark.previousSibling?.textContent ?? "").slice(-1) + (mark.nextSibling?.textContent ?? "").slice(0, 1),
        ),
      ).length,
  );
  expect(cut).toBe(0);
  await context.close();
});

test("the role checklist and the continuity plan are found", async () => {
  const { page, context } = await s.open(
    `/recherche/?q=${encodeURIComponent("liste des tâches du CM à cocher avec son responsable")}`,
  );
  await resultTitles(page);
  expect(await resultLinks(page)).toContainEqual(expect.stringMatching(/^\/fiches\/role-du-cm\//));
  await page.locator(`${PAGE_SEARCH} input[type=search]`).fill("plan de continuité");
  await resultTitles(page);
  expect((await resultLinks(page)).slice(0, 3)).toContainEqual(
    expect.stringMatching(/^\/fiches\/plan-de-continuite\//),
  );
  await context.close();
});

test("without JavaScript the header search is a link to the search page", async () => {
  const { page, context } = await s.open("/", { javaScriptEnabled: false });
  await page.getByRole("link", { name: /Rechercher/ }).click();
  await page.waitForURL(/\/recherche\/$/);
  await context.close();
});
