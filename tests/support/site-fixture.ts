// One served copy of the built site and one Chromium per test file.
import { afterAll, beforeAll } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { exposeCspViolations, launchBrowser, watchPage, type PageTrouble } from "./browser.ts";
import { serveSite, type RunningSite, type ServeOptions } from "./static-server.ts";
import { DIST } from "./paths.ts";

export interface SiteUnderTest {
  site: RunningSite;
  browser: Browser;
  /**
   * A fresh page in a fresh context (empty storage), watched for trouble. With `now`, the page's
   * clock stands still at that instant (Date only; timers run), so days counted are the test's.
   */
  open(
    path: string,
    options?: Parameters<Browser["newContext"]>[0],
    now?: Date,
  ): Promise<{ page: Page; context: BrowserContext; trouble: PageTrouble }>;
}

export function useSite(dist = DIST, base = "/", serve: ServeOptions = {}): SiteUnderTest {
  const handle = {} as SiteUnderTest;
  beforeAll(async () => {
    handle.site = await serveSite(dist, base, serve);
    handle.browser = await launchBrowser();
    handle.open = async (path, options, now) => {
      // No service worker unless a test asks for one: each fresh context would otherwise precache
      // the whole site in the background (tests/browser/offline.test.ts tests it on its own).
      const context = await handle.browser.newContext({ serviceWorkers: "block", ...options });
      const page = await context.newPage();
      const trouble = watchPage(page, handle.site.url);
      await exposeCspViolations(page, trouble);
      if (now) await page.clock.setFixedTime(now);
      await page.goto(new URL(path.replace(/^\//, ""), handle.site.url).href);
      return { page, context, trouble };
    };
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.site?.close();
  });
  return handle;
}
