// Debian's Chromium driven by playwright-core: no browser is ever downloaded.
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The machine has no network beyond loopback: keep Chromium from calling home. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** What a page did that a reader would never want: console errors, requests elsewhere. */
export interface PageTrouble {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Reports every `securitypolicyviolation` event of the page as a console error. */
export async function exposeCspViolations(page: Page, trouble: PageTrouble): Promise<void> {
  await page.exposeFunction("__relaisCspViolation", (text: string) => trouble.consoleErrors.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __relaisCspViolation(text: string): void }).__relaisCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
}

/** Records console errors, uncaught exceptions and requests to any other origin. */
export function watchPage(page: Page, siteUrl: string): PageTrouble {
  const origin = new URL(siteUrl).origin;
  const trouble: PageTrouble = { consoleErrors: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") trouble.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => trouble.consoleErrors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      trouble.foreignRequests.push(url);
    }
  });
  return trouble;
}
