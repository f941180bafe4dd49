// The whole Content-Security-Policy of every built page, directive by directive. The policy is
// written here, not read from astro.config.mjs: a directive loosened or dropped there fails this.
// tests/browser/csp.test.ts checks that the browser enforces it.
import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { BASE_PATH, DIST, DIST_BASE } from "../support/paths.ts";

/** Every directive but the two that carry the page's own hashes, exactly. */
const FIXED: Record<string, string[]> = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};
/** Pagefind's search runs WebAssembly; no 'unsafe-inline', no other origin. */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
const STYLE_SOURCES = ["'self'"];

const sha256 = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
/** The directives of a policy by name; a name written twice is kept twice, to be seen. */
const directives = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0] !== "")
    .map(([name, ...sources]) => ({ name: name!, sources }));

describe.each([
  { name: "at the root of a host", dist: DIST },
  { name: `under ${BASE_PATH}`, dist: DIST_BASE },
])("built $name", ({ dist }) => {
  const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));

  test("every page is checked, the private ones and the 404 too", () => {
    expect(pages).toContain("404.html");
    expect(pages).toContain(join("formateur", "cohorte", "index.html"));
  });

  test.each(pages)("%s: the policy, every directive", (file) => {
    const html = readFileSync(join(dist, file), "utf8");
    const root = parse(html);
    const metas = root.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const policy = directives(metas[0]!.getAttribute("content") ?? "");

    // The page's own inline code, each by its hash, and nothing else: scripts the browser runs
    // (not JSON data or templates), and stylesheets.
    const scripts = root
      .querySelectorAll("script:not([src])")
      .filter((s) => ["", "module", "text/javascript"].includes(s.getAttribute("type") ?? ""))
      .map((s) => sha256(s.textContent));
    const styles = root.querySelectorAll("style").map((s) => sha256(s.textContent));
    expect(scripts.length).toBeGreaterThan(0); // the theme's boot script, on every page

    const names = policy.map((d) => d.name);
    expect(names.toSorted()).toEqual([...Object.keys(FIXED), "script-src", "style-src"].toSorted());
    for (const { name, sources } of policy) {
      if (name === "script-src") {
        expect(sources.slice(0, 2)).toEqual(SCRIPT_SOURCES);
        expect(sources.slice(2).toSorted()).toEqual([...new Set(scripts)].toSorted());
      } else if (name === "style-src") {
        expect(sources.slice(0, 1)).toEqual(STYLE_SOURCES);
        expect(sources.slice(1).toSorted()).toEqual([...new Set(styles)].toSorted());
      } else expect(sources, name).toEqual(FIXED[name]);
    }

    // A policy in <meta> counts only in the head, and only for what comes after it: no script or
    // style may come before it.
    expect(metas[0]!.parentNode?.tagName).toBe("HEAD");
    const policyAt = html.indexOf('<meta http-equiv="content-security-policy"');
    const firstCode = html.search(/<script\b|<style\b|<link rel="stylesheet"/);
    expect(firstCode === -1 || policyAt < firstCode).toBe(true);
  });
});
