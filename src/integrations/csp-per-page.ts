import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { plural } from "../lib/french.ts";
import { namedPages } from "./built-pages.ts";

// Astro's `security.csp` gives every page the same policy: the hashes of every inline
// script and stylesheet of the whole site, and of every bundled file (which 'self'
// already allows). After the build, each page's policy keeps only the hashes of the
// inline code that page holds: a stricter policy, and about 1 KB less on every page.
// This is done as each page is rendered (csp-middleware.ts), on the HTML Astro then writes as is,
// so no pass reads and rewrites the built site. A page this step cannot narrow would ship the
// broad policy unnoticed: the build stops instead, naming it.

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
/** Where the policy goes: right after <head> and its <meta charset>. */
const FIRST_IN_HEAD = /<head>(?:<meta charset="[^"]*">)?/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
/** Inline scripts the browser runs; data blocks and templates (JSON, Pagefind's) need no hash. */
const runs = (attributes: string) =>
  !/\bsrc=/.test(attributes) && /^(|module|text\/javascript)$/.test(/\btype="([^"]*)"/.exec(attributes)?.[1] ?? "");
/**
 * How a page's text is held: decoded ("utf8"), or one character per byte of its UTF-8 ("latin1",
 * as the build's middleware holds it: csp-middleware.ts). Either way an inline code is hashed over
 * its UTF-8 bytes, as the browser hashes it.
 */
export type HeldAs = "utf8" | "latin1";
const sha256 = (code: string, held: HeldAs) => `'sha256-${createHash("sha256").update(code, held).digest("base64")}'`;
/**
 * The hashes already made: most pages hold the same inline code (a lesson's 12 KB stylesheet, the
 * theme's script), and each is hashed once per build instead of once per page and per package
 * (some 2,000 times at a thousand lessons). Bounded, should a site hold many different ones.
 */
const hashes: Record<HeldAs, Map<string, string>> = { utf8: new Map(), latin1: new Map() };
const hash = (code: string, held: HeldAs) => {
  const made = hashes[held];
  let known = made.get(code);
  if (known === undefined) {
    if (made.size >= 256) made.clear();
    known = sha256(code, held);
    made.set(code, known);
  }
  return known;
};

/**
 * The page with, in its policy's script-src and style-src, the hashes of its own inline code
 * only, moved first in the head; undefined when the page has no policy in the form Astro writes
 * it, one without these two directives, or no <head> (nothing to narrow: narrowPage says so).
 */
export function narrowPolicy(html: string, held: HeldAs = "utf8"): string | undefined {
  const meta = META.exec(html);
  if (!meta) return undefined;
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => runs(m[1]!)).map((m) => hash(m[2]!, held));
  const styles = [...html.matchAll(STYLE)].map((m) => hash(m[1]!, held));
  let narrowed = 0;
  const policy = meta[1]!
    .split(";")
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const own = name === "script-src" ? scripts : name === "style-src" ? styles : undefined;
      if (!own) return directive;
      narrowed += 1;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
      return [name, ...kept, ...new Set(own)].join(" ");
    })
    .join("; ");
  if (narrowed < 2) return undefined;
  // A policy given in <meta> binds only what the browser reads after it: first in the head (after
  // the character set, which must come first), before the theme's inline boot script.
  const tag = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const rest = html.replace(meta[0], "");
  const start = FIRST_IN_HEAD.exec(rest);
  if (!start) return undefined;
  const at = start.index + start[0].length;
  return rest.slice(0, at) + tag + rest.slice(at);
}

/** The page narrowed by narrowPolicy, or an error naming the page (its path on the site). */
export function narrowPage(html: string, page: string, held: HeldAs = "utf8"): string {
  const narrowed = narrowPolicy(html, held);
  if (narrowed !== undefined) return narrowed;
  throw new Error(
    "Politique de sécurité (CSP)\u00a0: impossible de la restreindre au code de la page, faute d'une balise " +
      `<meta http-equiv="content-security-policy" content="…"> avec script-src et style-src telle qu'Astro l'écrit ` +
      `(page ${page}). Cette page partirait avec la politique large de tout le site.`,
  );
}

/**
 * Where the build counts the pages narrowed (their path, base included): cspPerPage() puts a set
 * there, on globalThis, for it shares no module with its middleware, bundled with the pages.
 */
export const NARROWED = Symbol.for("relais:csp:narrowed");

/**
 * The pages the build wrote that no policy narrowing went through (a middleware that did not
 * run), named by their path under the base; none when all were narrowed.
 */
export function pagesMissed(built: readonly { pathname: string }[], narrowed: ReadonlySet<string>, base: string) {
  return built.map(({ pathname }) => `${base}${pathname}`).filter((page) => !narrowed.has(page));
}

export function cspPerPage(): AstroIntegration {
  let base = "/";
  const shared = globalThis as { [NARROWED]?: Set<string> };
  return {
    name: "relais:csp-per-page",
    hooks: {
      // While each page is rendered, not in a pass over the written site: csp-middleware.ts. Only
      // in the build: `astro dev` writes no policy, nothing to narrow.
      "astro:config:setup": ({ command, addMiddleware }) => {
        if (command === "build") {
          addMiddleware({ entrypoint: new URL("./csp-middleware.ts", import.meta.url), order: "pre" });
        }
      },
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:start": () => {
        shared[NARROWED] = new Set();
      },
      "astro:build:done": ({ pages, logger }) => {
        const narrowed = shared[NARROWED] ?? new Set<string>();
        delete shared[NARROWED];
        const missed = pagesMissed(pages, narrowed, base);
        if (missed.length > 0) {
          throw new Error(
            "Politique de sécurité (CSP)\u00a0: jamais restreinte au code de la page, le middleware " +
              `de src/integrations/csp-middleware.ts n'y étant pas passé (${namedPages(missed)}). ` +
              "Ces pages partiraient avec la politique large de tout le site.",
          );
        }
        logger.info(`politique de sécurité restreinte au code de chaque page\u00a0: ${plural(narrowed.size, "page")}`);
      },
    },
  };
}
