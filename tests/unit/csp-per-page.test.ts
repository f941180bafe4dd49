import { expect, test } from "vitest";
import { createHash } from "node:crypto";
import { narrowPolicy } from "../../src/integrations/csp-per-page";

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
  expect(policyOf(narrowPolicy(html))).toBe(
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha("a()")} ${sha("b()")}; style-src 'self' ${sha("em{}")}`,
  );
});

test("a page without inline code keeps 'self' alone, and a page without policy is left as it is", () => {
  expect(
    policyOf(narrowPolicy(page(`script-src 'self' ${sha("x")}; style-src 'self' ${sha("y")}`, "<p>texte</p>"))),
  ).toBe("script-src 'self'; style-src 'self'");
  expect(narrowPolicy("<p>sans politique</p>")).toBe("<p>sans politique</p>");
});
