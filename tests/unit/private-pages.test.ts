// The pages kept out of search engines (src/lib/private-pages.ts).
import { expect, test } from "vitest";
import { PRIVATE_PAGES } from "../../src/lib/private-pages.ts";

test("the private pages, below the base path", () => {
  expect(PRIVATE_PAGES).toEqual([
    "/parcours/",
    "/revisions/",
    "/parcours/certificat/",
    "/affectation/",
    "/formateur/cohorte/",
    "/404.html",
  ]);
});
