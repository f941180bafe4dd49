// Root-relative links of a lesson follow the site into a sub-folder (src/markdown/base-links.ts),
// run through Sätteri, Astro's Markdown processor, as the build runs it.
import { describe, expect, test } from "vitest";
import { markdownToHtml, mdxToJs } from "satteri";
import { baseLinksPlugin, underBase } from "../../src/markdown/base-links.ts";

describe("underBase", () => {
  test.each([
    ["/lecons/ecouter/", "/relais/", "/relais/lecons/ecouter/"],
    ["/glossaire/#troll", "/relais", "/relais/glossaire/#troll"],
    ["/favicon.svg", "/relais/", "/relais/favicon.svg"],
    ["#titre", "/relais/", "#titre"],
    ["../x/", "/relais/", "../x/"],
    ["//example.org/x", "/relais/", "//example.org/x"],
    ["https://www.cnil.fr/", "/relais/", "https://www.cnil.fr/"],
  ])("%s under %s", (link, base, expected) => {
    expect(underBase(link, base)).toBe(expected);
  });
});

const markdown =
  'Voir [la fiche](/lecons/x/ "/pas-un-lien"), [le titre](#titre), [la CNIL](https://www.cnil.fr/) et ![logo](/logo.svg).';

// Lessons are MDX: HTML in them is JSX (next test); in plain Markdown it would stay raw text.
test("Markdown links and images get the base; nothing else does", () => {
  const { html } = markdownToHtml(markdown, { hastPlugins: [baseLinksPlugin("/relais/")] });
  expect(html).toContain('href="/relais/lecons/x/"');
  expect(html).toContain('src="/relais/logo.svg"');
  expect(html).toContain('href="#titre"');
  expect(html).toContain('href="https://www.cnil.fr/"');
  expect(html).toContain('title="/pas-un-lien"');
});

test("JSX links of an MDX file get the base", () => {
  const { code } = mdxToJs('Un <a href="/modules/bases/">module</a>.\n\n<img src="/logo.svg" alt="/x" />\n', {
    hastPlugins: [baseLinksPlugin("/relais/")],
  });
  expect(code).toContain('"/relais/modules/bases/"');
  expect(code).toContain('"/relais/logo.svg"');
  expect(code).toContain('"/x"');
});

test("at the root of a host there is no plugin: links stay as written", () => {
  expect(baseLinksPlugin("/")).toBeUndefined();
  expect(baseLinksPlugin("")).toBeUndefined();
});
