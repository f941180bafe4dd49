import { narrowPage } from "../../integrations/csp-per-page.ts";
import type { PackagePlan } from "./package-plan.ts";
import { LAUNCH_GLOSSARY, LAUNCH_KIND, LAUNCH_QUIZ, PACKAGE_PRIVACY, launchIntro } from "./package-wording.ts";

// The page the LMS opens (index.html at the package root): the package's title and its items,
// module by module, each a link to its page. Resuming where the learner was
// (cmi.core.lesson_location) is the runtime's (relais-scorm.js). Styled by the site's own
// stylesheet, inlined as the site's pages inline it, and allowed by the page's CSP hash.

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The policy of the site's pages, without the search's WebAssembly and the worker it does not have. */
const POLICY =
  "default-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'self'; form-action 'self'; script-src 'self'; style-src 'self'";

/** The launch page of the package planned, styled by `css` (the site's global stylesheet). */
export function launchPage(plan: PackagePlan, css: string, glossary: string | undefined): string {
  const { description } = plan;
  const title = escapeHtml(description.title);
  const paths = new Map(description.items.map((item) => [`${item.kind}:${item.id}`, item.path]));
  const modules = plan.modules
    .map((module) => {
      const items = module.items
        .map((item) => {
          const kind = LAUNCH_KIND[item.kind] + (item.kind === "lecon" && item.scored ? `, ${LAUNCH_QUIZ}` : "");
          const path = paths.get(`${item.kind}:${item.id}`)!;
          return `<li><a href="${path}">${escapeHtml(item.title)}</a> (${kind})</li>`;
        })
        .join("");
      return `<section aria-labelledby="module-${module.id}"><h2 id="module-${module.id}">${escapeHtml(module.title)}</h2><ol>${items}</ol></section>`;
    })
    .join("");
  const scored = description.items.filter((item) => item.scored).length;
  const html =
    `<!doctype html><html lang="fr" data-package-root="./"><head><meta charset="utf-8">` +
    `<meta http-equiv="content-security-policy" content="${POLICY}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">` +
    `<script type="module" src="relais-scorm.js"></script>` +
    `<title>${title}</title><link rel="icon" href="favicon.svg" type="image/svg+xml"><style>${css}</style></head><body>` +
    `<a class="skip-link" href="#contenu">Aller au contenu</a>` +
    `<header class="site-header"><div class="container"><span class="brand">Re<span>lais</span></span></div></header>` +
    `<main id="contenu" tabindex="-1"><div class="container prose-width"><h1>${title}</h1>` +
    `<p class="lead">${launchIntro(description.items.length, scored, description.passPercent)}</p>${modules}` +
    (glossary ? `<p><a href="${glossary}">${LAUNCH_GLOSSARY}</a></p>` : "") +
    `</div></main><footer class="site-footer"><div class="container"><p>${PACKAGE_PRIVACY}</p></div></footer></body></html>`;
  return narrowPage(html, "index.html");
}
