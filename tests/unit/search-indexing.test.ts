import { expect, test } from "vitest";
import { forIndexing } from "../../src/integrations/pagefind.ts";

test("text gets plain apostrophes so « l’absence » is found by « absence »; attributes keep theirs", () => {
  expect(forIndexing(`<p data-pagefind-meta="title:Bad buzz pendant l’absence">Pendant l’absence d’Inès</p>`)).toBe(
    `<p data-pagefind-meta="title:Bad buzz pendant l’absence">Pendant l'absence d'Inès</p>`,
  );
});
