import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";

// Astro's `security.csp` gives every page the same policy: the hashes of every inline
// script and stylesheet of the whole site, and of every bundled file (which 'self'
// already allows). After the build, each page's policy keeps only the hashes of the
// inline code that page holds: a stricter policy, and about 1 KB less on every page.

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
/** Inline scripts the browser runs; data blocks and templates (JSON, Pagefind's) need no hash. */
const runs = (attributes: string) =>
  !/\bsrc=/.test(attributes) && /^(|module|text\/javascript)$/.test(/\btype="([^"]*)"/.exec(attributes)?.[1] ?? "");
const hash = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

/** The page's policy with, in script-src and style-src, the hashes of its own inline code only. */
export function narrowPolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => runs(m[1]!)).map((m) => hash(m[2]!));
  const styles = [...html.matchAll(STYLE)].map((m) => hash(m[1]!));
  const policy = meta[1]!
    .split(";")
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const own = name === "script-src" ? scripts : name === "style-src" ? styles : undefined;
      if (!own) return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
      return [name, ...kept, ...new Set(own)].join(" ");
    })
    .join("; ");
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

export function cspPerPage(): AstroIntegration {
  return {
    name: "relais:csp-per-page",
    hooks: {
      // Synchronous reads and writes: a thousand pages go several times faster than with
      // promises in the busy build process.
      "astro:build:done": ({ dir }) => {
        const site = fileURLToPath(dir);
        const pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
        for (const file of pages) {
          const html = readFileSync(join(site, file), "utf8");
          const narrowed = narrowPolicy(html);
          if (narrowed !== html) writeFileSync(join(site, file), narrowed);
        }
      },
    },
  };
}
