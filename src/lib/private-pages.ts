// Pages about one person's device (their progress, their certificate, a link they received,
// a trainer's cohort) and the 404: built and reachable, but not for search engines. Each is
// marked noindex by its page (the `noindex` prop of BaseLayout) and left out of the sitemap
// (astro.config.mjs); the built tests check that the three agree.

/** Their paths as the site serves them, below the base path; the 404 is a file. */
export const PRIVATE_PAGES: readonly string[] = [
  "/parcours/",
  "/revisions/",
  "/parcours/certificat/",
  "/affectation/",
  "/formateur/cohorte/",
  "/404.html",
];
