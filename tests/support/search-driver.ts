// Drives Relais's search (components/search/search-box.ts) as a reader would.
import type { Page } from "playwright-core";

/** Loading the index and the first results can take seconds on a loaded machine. */
const RESULTS_TIMEOUT = 30_000;

/** The search on /recherche/; the header's dialog is "#search-dialog relais-search-box". */
export const PAGE_SEARCH = "relais-search-box[data-page]";
export const DIALOG_SEARCH = "#search-dialog relais-search-box";

/**
 * True once the results under `scope` answer what is in its field: the status line gives the
 * results « pour » that query (it is written after the results are drawn) and no search is
 * running. The query alone is not enough: the placeholder shown before any search names
 * « bad buzz » as an example, and a slow page let « bad buzz » pass as answered with no result.
 */
function settled(scope: string): boolean {
  const box = document.querySelector(scope);
  const field = box?.querySelector<HTMLInputElement>("input[type=search]");
  const status = box?.querySelector(".search-status")?.textContent ?? "";
  const query = field?.value.trim() ?? "";
  return (
    query !== "" && status.includes(`pour «\u00a0${query}\u00a0»`) && !box!.querySelector(".search-results[aria-busy]")
  );
}

/** Titles of the results shown, once the search for what was typed has answered. */
export async function resultTitles(page: Page, scope = PAGE_SEARCH): Promise<string[]> {
  await page.waitForFunction(settled, scope, { timeout: RESULTS_TIMEOUT });
  return page.locator(`${scope} .search-result-title`).allTextContents();
}

/** The addresses of the results shown (after resultTitles). */
export const resultLinks = (page: Page, scope = PAGE_SEARCH) =>
  page.locator(`${scope} .search-result-title`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
