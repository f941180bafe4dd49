// The relevance suite: what a junior CM, a parent, a boss and a trainer type into /recherche/
// (tests/support/search-relevance-queries.ts, written from their side), typed into the real search
// one after the other. At least 90 % must have a page that answers them in the first three
// results; every miss is printed with what came instead, so a change to the query layer, the
// synonyms or the content shows what it costs.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { PAGE_SEARCH, resultLinks, resultTitles } from "../support/search-driver.ts";
import { RELEVANCE_QUERIES } from "../support/search-relevance-queries.ts";

const s = useSite();
const REQUIRED = 0.9;

/** A result's address as the suite writes answers: path and anchor, without the highlighting. */
const address = (href: string) => {
  const url = new URL(href, "http://relais.test");
  return url.pathname + url.hash;
};

test(`at least ${REQUIRED * 100} % of the readers' queries find an answer in the first three results`, async () => {
  const { page, context, trouble } = await s.open("/recherche/");
  const input = page.locator(`${PAGE_SEARCH} input[type=search]`);
  const misses: string[] = [];
  for (const { reader, query, answers } of RELEVANCE_QUERIES) {
    await input.fill(query);
    const titles = await resultTitles(page);
    const top = (await resultLinks(page)).slice(0, 3).map(address);
    if (!top.some((href) => answers.includes(href))) {
      misses.push(
        `[${reader}] « ${query} » → ${titles.slice(0, 3).join(" | ") || "aucun résultat"} (attendu : ${answers.join(", ")})`,
      );
    }
  }
  const found = RELEVANCE_QUERIES.length - misses.length;
  console.log(
    `Pertinence : ${found}/${RELEVANCE_QUERIES.length} requêtes trouvent une réponse dans les trois premiers résultats` +
      (misses.length ? `\nManquées :\n  ${misses.join("\n  ")}` : ""),
  );
  expect(found / RELEVANCE_QUERIES.length, misses.join("\n")).toBeGreaterThanOrEqual(REQUIRED);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
}, 300_000);
