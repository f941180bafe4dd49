import { expect, test } from "vitest";
import { createHash } from "node:crypto";
import { narrowPolicies, narrowPolicy } from "../../src/integrations/csp-per-page";
import type { PageFiles } from "../../src/integrations/built-pages";

const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

test("each page keeps the hashes of its own inline scripts and styles only", () => {
  const html = page(
    `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha("a()")} ${sha("other()")};style-src 'self' ${sha("p{}")};`,
    `<script>a()</script><script type="module">b()</script><style>em{}</style>` +
      `<script type="module" src="/x.js"></script><script type="application/json">{"c":1}</script>` +
      `<script type="text/pagefind-template"><li>{{ t }}</li></script>`,
  );
  expect(policyOf(narrowPolicy(html)!)).toBe(
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha("a()")} ${sha("b()")}; style-src 'self' ${sha("em{}")}`,
  );
});

test("a page without inline code keeps 'self' alone; a page without policy to narrow is reported", () => {
  expect(
    policyOf(narrowPolicy(page(`script-src 'self' ${sha("x")}; style-src 'self' ${sha("y")}`, "<p>texte</p>"))!),
  ).toBe("script-src 'self'; style-src 'self'");
  expect(narrowPolicy("<p>sans politique</p>")).toBeUndefined();
  expect(narrowPolicy(page("default-src 'self'", "<p>texte</p>"))).toBeUndefined();
});

test("the policy moves first in the head, after the character set: it binds only what follows it", () => {
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><script>boot()</script><title>T</title>` +
    `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'"></head><body></body></html>`;
  expect(narrowPolicy(html)).toBe(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" ` +
      `content="script-src 'self' ${sha("boot()")}; style-src 'self'"><script>boot()</script><title>T</title></head><body></body></html>`,
  );
  expect(
    narrowPolicy(`<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">`),
  ).toBeUndefined();
});

/** Pages in a Map, as the build reads and writes them on disk. */
const site = (pages: Record<string, string>) => {
  const files = new Map(Object.entries(pages));
  const io: PageFiles = { read: (file) => files.get(file)!, write: (file, html) => files.set(file, html) };
  return { files, io, names: Object.keys(pages) };
};
const broad = `script-src 'self' ${sha("a()")} ${sha("b()")}; style-src 'self' ${sha("p{}")}`;

test("every page gets its own policy, and the count says so", () => {
  const { files, io, names } = site({
    "index.html": page(broad, "<script>a()</script>"),
    "lecons/x/index.html": page(broad, "<style>p{}</style>"),
  });
  expect(narrowPolicies(names, io)).toBe(2);
  expect(policyOf(files.get("index.html")!)).toBe(`script-src 'self' ${sha("a()")}; style-src 'self'`);
  expect(policyOf(files.get("lecons/x/index.html")!)).toBe(`script-src 'self'; style-src 'self' ${sha("p{}")}`);
});

test("a page whose policy cannot be narrowed stops the build, naming it", () => {
  const { io, names } = site({
    "index.html": page(broad, ""),
    // Another attribute order than Astro's: the pattern misses, the broad policy would ship.
    "lecons/x/index.html": `<meta content="${broad}" http-equiv="content-security-policy"><p>texte</p>`,
    "404.html": "<p>sans politique</p>",
  });
  expect(() => narrowPolicies(names, io)).toThrow(
    /Politique de sécurité \(CSP\) : impossible .* \(2\u00a0pages : lecons\/x\/index\.html, 404\.html\)/,
  );
  expect(() => narrowPolicies([], io)).toThrow("aucune page HTML");
});
