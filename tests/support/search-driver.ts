// Drives Pagefind's Component UI as a reader would.
import type { Page } from "playwright-core";

/** Titles of the results shown, once the list has settled. */
export async function resultTitles(page: Page, scope = "pagefind-results"): Promise<string[]> {
  const titles = page.locator(`${scope} .relais-result-title`);
  await titles.first().waitFor({ timeout: 10_000 });
  let previous = "";
  for (let i = 0; i < 20; i++) {
    const now = (await titles.allTextContents()).join("|");
    if (now === previous) break;
    previous = now;
    await page.waitForTimeout(150);
  }
  return titles.allTextContents();
}
