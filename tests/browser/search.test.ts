// Search in French with Pagefind: the words readers use find the right page in
// the first three results; filters narrow; Ctrl+K and Escape; keyboard only;
// the searched words are highlighted on the page opened.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { resultTitles } from "../support/search-driver.ts";
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
  { q: "moderation", expect: "Modérer sans censurer", why: "métier, sans accents" },
  { q: "empathie", expect: "Ce que fait vraiment un community manager", why: "métier, qualités" },
  { q: "métier de CM", expect: "Ce que le métier de CM n’est pas", why: "expliquer, sigle" },
  { q: "reseaux sociaux", expect: "CM, c'est un vrai métier ?", why: "proches, sans accents" },
  { q: "vrai metier", expect: "CM, c'est un vrai métier ?", why: "proches, sans accents" },
  { q: "parents", expect: "CM, c'est un vrai métier ?", why: "proches" },
  { q: "pitch", expect: "Le pitch d’une minute", why: "expliquer, CM débutants" },
  { q: "troll", expect: "Le troll du dimanche", why: "simulation" },
  { q: "double post", expect: "Le double post du patron", why: "simulation" },
  { q: "absence bad buzz", expect: "Bad buzz pendant l’absence", why: "simulation, élision « l’absence »" },
  { q: "engagement", expect: "Glossaire", why: "glossaire, élision « d’engagement »" },
  { q: "astroturfing", expect: "Glossaire", why: "glossaire" },
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
  const input = page.locator("relais-search-page pagefind-input input");
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
  const first = page.locator("pagefind-results .relais-result").filter({ hasText: "Les signes d’une page sans CM" });
  expect(await first.locator(".relais-result-excerpt mark").count()).toBeGreaterThan(0);
  expect(await first.locator(".relais-result-meta").textContent()).toMatch(
    /^Leçon · .+ · pour .+ · \d+ min de lecture$/,
  );
  await context.close();
});

test("a filter narrows the results, and typing updates the address", async () => {
  const { page, context } = await s.open("/recherche/?q=CM");
  await resultTitles(page);
  // Results load as they scroll into view: count them from the summary, once it gives a count
  // (undefined while it says « Recherche … en cours »).
  const count = async (): Promise<number | undefined> => {
    const text = (await page.locator("relais-search-page pagefind-summary").textContent()) ?? "";
    const many = /(\d+) résultats?/.exec(text);
    if (many) return Number(many[1]);
    if (/Un résultat/.test(text)) return 1;
    return /Aucun résultat/.test(text) ? 0 : undefined;
  };
  const all = (await count())!;
  expect(all).toBeGreaterThan(3);
  await page.getByRole("combobox", { name: "Filtre Public" }).click();
  await page.getByRole("option", { name: /^Proches/ }).click();
  await page.keyboard.press("Escape");
  // Fewer results, but some: a count, never the « searching » of a filtered search on its way.
  await expect.poll(count).toSatisfy((n) => n !== undefined && n > 0 && n < all);
  // Each result drawn is for « Proches ».
  await resultTitles(page);
  const metas = await page.locator("relais-search-page .relais-result-meta").allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toMatch(/ · pour (.+ · )?Proches( · |$)/);

  await page.locator("relais-search-page pagefind-input input").fill("patron");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("patron");
  await context.close();
});

test("the search page with results and an open filter has no accessibility violation", async () => {
  const { page, context } = await s.open("/recherche/?q=crise");
  await resultTitles(page);
  await page.locator('pagefind-filter-dropdown[filter="module"] [role="combobox"]').click();
  await expectNoAxeViolations(page);
  await context.close();
});

test("the open search dialog with results has no accessibility violation, in both themes", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const { page, context } = await s.open("/", { colorScheme });
    await page.keyboard.press("Control+k");
    await page.locator("pagefind-modal input").waitFor();
    await page.keyboard.type("crise");
    await resultTitles(page, "pagefind-modal");
    await expectNoAxeViolations(page, { label: colorScheme });
    await context.close();
  }
});

test("Ctrl+K opens the search dialog from any page and Escape closes it", async () => {
  const { page, context, trouble } = await s.open("/glossaire/");
  await page.keyboard.press("Control+k");
  const input = page.locator("pagefind-modal input");
  await input.waitFor();
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape"); // the first clears the input, the second closes
  await expect.poll(() => input.isVisible()).toBe(false);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("by keyboard alone: open, type, pick a result, and find the words highlighted", async () => {
  const { page, context } = await s.open("/");
  await page.getByRole("link", { name: /Rechercher/ }).focus();
  await page.keyboard.press("Enter");
  const input = page.locator("pagefind-modal input");
  await input.waitFor();
  await page.keyboard.type("malade");
  await resultTitles(page, "pagefind-modal");
  await page.keyboard.press("ArrowDown");
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
  expect(focused.length).toBeGreaterThan(3);
  await page.keyboard.press("Enter");
  await page.waitForURL(/surligner=malade/);
  await expect.poll(() => page.locator("[data-pagefind-body] mark").count()).toBeGreaterThan(0);
  expect((await page.locator("[data-pagefind-body] mark").first().textContent())?.toLowerCase()).toContain("malad");
  await context.close();
});

test("without JavaScript the header search is a link to the search page", async () => {
  const { page, context } = await s.open("/", { javaScriptEnabled: false });
  await page.getByRole("link", { name: /Rechercher/ }).click();
  await page.waitForURL(/\/recherche\/$/);
  await context.close();
});
