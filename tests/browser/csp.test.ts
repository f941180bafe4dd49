// The Content-Security-Policy is really in force on every kind of page, and the
// site itself never trips it (the other browser tests fail on any violation).
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";

const s = useSite();
const PAGES = [
  "/",
  "/lecons/les-six-temps-d-une-crise/",
  "/simulations/clash-entre-cm/",
  "/fiches/role-du-cm/",
  "/parcours/",
  "/formateur/",
  "/formateur/cohorte/",
  "/affectation/",
  "/recherche/?q=crise",
  "/glossaire/",
];

test.each(PAGES)("%s: strict policy, and an injected inline script is blocked", async (path) => {
  const { page, context, trouble } = await s.open(path);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).toContain("default-src 'self'");
  await page.waitForLoadState("networkidle");
  expect(trouble.consoleErrors).toEqual([]);
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => trouble.consoleErrors.some((e) => e.startsWith("CSP: script-src"))).toBe(true);
  await context.close();
});
