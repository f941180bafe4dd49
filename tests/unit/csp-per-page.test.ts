import { expect, test, vi } from "vitest";
import { createHash } from "node:crypto";
import type { AstroIntegration } from "astro";
import { NARROWED, cspPerPage, narrowPolicy, pagesMissed } from "../../src/integrations/csp-per-page";
import { narrowResponse, onRequest } from "../../src/integrations/csp-middleware";

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

test("each inline code keeps its own hash across a build's pages, however many different ones came before", () => {
  // Hashes are remembered between pages (most share their stylesheet), and forgotten past a few hundred.
  const styleHash = (css: string) =>
    /style-src 'self' (\S+)/.exec(
      policyOf(narrowPolicy(page("script-src 'self'; style-src 'self'", `<style>${css}</style>`))!),
    )![1];
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 600; i += 1) expect(styleHash(`p{order:${i}}`)).toBe(sha(`p{order:${i}}`));
  }
});

const broad = `script-src 'self' ${sha("a()")} ${sha("b()")}; style-src 'self' ${sha("p{}")}`;
const html = (body: string, policy = broad) =>
  new Response(page(policy, body), { headers: { "content-type": "text/html" } });

test("each page is narrowed as it is rendered, status and headers kept", async () => {
  const rendered = new Response(page(broad, "<style>p{}</style>"), {
    status: 404,
    headers: { "content-type": "text/html", "content-length": "999" },
  });
  const narrowed = await narrowResponse(rendered, "/404/");
  expect(policyOf(await narrowed.text())).toBe(`script-src 'self'; style-src 'self' ${sha("p{}")}`);
  expect(narrowed.status).toBe(404);
  expect(narrowed.headers.get("content-type")).toBe("text/html");
  // The body changed length: a stale length would cut or pad it.
  expect(narrowed.headers.has("content-length")).toBe(false);
});

test("a page's text outside ASCII comes out as it went in, and its inline code is hashed over its UTF-8 bytes", async () => {
  const css = `q::before{content:"«\u00a0"}h1::after{content:"’ 🎓"}`;
  const body = `<style>${css}</style><h1>L’écoute active «\u00a0d’abord\u00a0» 🎓</h1>`;
  const narrowed = await (await narrowResponse(html(body), "/lecons/x/")).text();
  expect(policyOf(narrowed)).toBe(`script-src 'self'; style-src 'self' ${sha(css)}`);
  expect(narrowed).toContain(body);
});

test("a page whose policy cannot be narrowed stops the build, naming it", async () => {
  await expect(narrowResponse(html("<p>texte</p>", "default-src 'self'"), "/lecons/x/")).rejects.toThrow(
    /Politique de sécurité \(CSP\)\u00a0: impossible .* \(page \/lecons\/x\/\)/,
  );
  // Another attribute order than Astro's: the pattern misses, the broad policy would ship.
  const reordered = new Response(`<head><meta content="${broad}" http-equiv="content-security-policy"></head>`, {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
  await expect(narrowResponse(reordered, "/")).rejects.toThrow("(page /)");
});

test("what is not HTML goes through untouched", async () => {
  const manifest = new Response('{"name":"Relais"}', { headers: { "content-type": "application/manifest+json" } });
  expect(await narrowResponse(manifest, "/manifest.webmanifest")).toBe(manifest);
});

type SetupOptions = Parameters<NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>>[0];
const middlewareAdded = async (command: SetupOptions["command"]) => {
  const addMiddleware = vi.fn();
  await cspPerPage().hooks["astro:config:setup"]!({ command, addMiddleware } as unknown as SetupOptions);
  return addMiddleware.mock.calls.map(([{ entrypoint }]) => String(entrypoint).replace(/.*\//, ""));
};

test("the middleware narrows in the build only: astro dev writes no policy, so nothing is refused there", async () => {
  expect(await middlewareAdded("build")).toEqual(["csp-middleware.ts"]);
  expect(await middlewareAdded("dev")).toEqual([]);
});

const context = (path: string) => ({ url: new URL(`http://localhost${path}`) }) as Parameters<typeof onRequest>[0];
const shared = globalThis as { [NARROWED]?: Set<string> };

test("the build counts each page narrowed, and names the pages written that were not", async () => {
  const narrowed = new Set<string>();
  shared[NARROWED] = narrowed;
  try {
    await onRequest(context("/relais/lecons/x/"), () => Promise.resolve(html("<p>texte</p>")));
    const manifest = new Response("{}", { headers: { "content-type": "application/manifest+json" } });
    await onRequest(context("/relais/manifest.webmanifest"), () => Promise.resolve(manifest));
    expect([...narrowed]).toEqual(["/relais/lecons/x/"]);
    // Astro lists the pages it wrote under the base, without it.
    expect(
      pagesMissed([{ pathname: "lecons/x/" }, { pathname: "" }, { pathname: "404/" }], narrowed, "/relais/"),
    ).toEqual(["/relais/", "/relais/404/"]);
  } finally {
    delete shared[NARROWED];
  }
});

test("a page written that escaped the middleware stops the build, named", async () => {
  type Hooks = AstroIntegration["hooks"];
  const { hooks } = cspPerPage();
  const logger = { info: vi.fn() };
  hooks["astro:config:done"]!({ config: { base: "/" } } as unknown as Parameters<
    NonNullable<Hooks["astro:config:done"]>
  >[0]);
  const done = (pages: { pathname: string }[]) =>
    hooks["astro:build:done"]!({ pages, logger } as unknown as Parameters<NonNullable<Hooks["astro:build:done"]>>[0]);
  hooks["astro:build:start"]!({} as Parameters<NonNullable<Hooks["astro:build:start"]>>[0]);
  await onRequest(context("/lecons/x/"), () => Promise.resolve(html("<p>texte</p>")));
  expect(() => done([{ pathname: "lecons/x/" }, { pathname: "404/" }])).toThrow(
    /jamais restreinte .* \(1\u00a0page\u00a0: \/404\/\)/,
  );
  hooks["astro:build:start"]!({} as Parameters<NonNullable<Hooks["astro:build:start"]>>[0]);
  await onRequest(context("/lecons/x/"), () => Promise.resolve(html("<p>texte</p>")));
  done([{ pathname: "lecons/x/" }]);
  expect(logger.info).toHaveBeenCalledWith(
    "politique de sécurité restreinte au code de chaque page\u00a0: 1\u00a0page",
  );
});
