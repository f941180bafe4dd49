// Drives Pagefind's Component UI as a reader would.
import type { Page } from "playwright-core";

/** Loading the index and the first results can take seconds on a loaded machine. */
const RESULTS_TIMEOUT = 30_000;

/**
 * True once the results under `scope` are those of what the reader typed, every result in view
 * is drawn, and at least one is. Runs in the page; it reads the state Pagefind's Component UI
 * keeps: each element's `instance` (its `searchTerm` is the last search started; a later search
 * discards an earlier one's answer), `aria-busy` on the list while a search runs, and a
 * placeholder (`data-pf-result-index` without our template's class) until a result's data loads,
 * which happens when it scrolls into view.
 */
function settled(scope: string): boolean {
  type Part = HTMLElement & { instance?: { searchTerm?: string } };
  const lists = [
    ...document.querySelectorAll<Part>(scope === "pagefind-results" ? scope : `${scope} pagefind-results`),
  ];
  const inView = (el: Element) => {
    const box = el.getBoundingClientRect();
    let top = 0;
    let bottom = innerHeight;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const overflow = getComputedStyle(up).overflowY;
      if (overflow !== "visible" && overflow !== "hidden") {
        const frame = up.getBoundingClientRect();
        top = Math.max(top, frame.top);
        bottom = Math.min(bottom, frame.bottom);
        break;
      }
    }
    return box.bottom > top && box.top < bottom;
  };
  const typed = (list: Part) =>
    [...document.querySelectorAll<Part>("pagefind-input")]
      .filter((input) => input.instance === list.instance)
      .map((input) => input.querySelector("input")?.value ?? "")
      .filter((value) => value !== "");
  return (
    lists.some((list) => list.querySelector(".relais-result-title")) &&
    lists.every(
      (list) =>
        typed(list).every((value) => value === list.instance?.searchTerm) &&
        !list.querySelector('[aria-busy="true"]') &&
        ![...list.querySelectorAll("[data-pf-result-index]:not(.relais-result)")].some(inView),
    )
  );
}

/** Titles of the results shown, once the search for what was typed has answered and the results in view are drawn. */
export async function resultTitles(page: Page, scope = "pagefind-results"): Promise<string[]> {
  await page.waitForFunction(settled, scope, { timeout: RESULTS_TIMEOUT });
  return page.locator(`${scope} .relais-result-title`).allTextContents();
}
