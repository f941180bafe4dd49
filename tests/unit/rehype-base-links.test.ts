// Root-relative links of a lesson follow the site into a sub-folder (src/lib/course/rehype-base-links.ts).
import { describe, expect, test } from "vitest";
import type { Root } from "hast";
import { rehypeBaseLinks, underBase } from "../../src/lib/course/rehype-base-links.ts";

describe("underBase", () => {
  test.each([
    ["/lecons/ecouter/", "/relais/", "/relais/lecons/ecouter/"],
    ["/glossaire/#troll", "/relais", "/relais/glossaire/#troll"],
    ["/favicon.svg", "/relais/", "/relais/favicon.svg"],
    ["/lecons/x/", "/", "/lecons/x/"],
    ["#titre", "/relais/", "#titre"],
    ["../x/", "/relais/", "../x/"],
    ["//example.org/x", "/relais/", "//example.org/x"],
    ["https://www.cnil.fr/", "/relais/", "https://www.cnil.fr/"],
  ])("%s under %s", (link, base, expected) => {
    expect(underBase(link, base)).toBe(expected);
  });
});

test("links and images, in Markdown or JSX, get the base; other elements and attributes do not", () => {
  const tree = {
    type: "root",
    children: [
      { type: "element", tagName: "a", properties: { href: "/lecons/x/" }, children: [] },
      { type: "element", tagName: "img", properties: { src: "/logo.svg", alt: "/pas-un-lien" }, children: [] },
      { type: "element", tagName: "div", properties: { id: "/x" }, children: [] },
      {
        type: "mdxJsxTextElement",
        name: "a",
        attributes: [
          { type: "mdxJsxAttribute", name: "href", value: "/modules/bases/" },
          { type: "mdxJsxAttribute", name: "title", value: "/pas-un-lien" },
        ],
        children: [],
      },
    ],
  } as unknown as Root;
  rehypeBaseLinks("/relais/")(tree);
  expect(tree.children).toMatchObject([
    { properties: { href: "/relais/lecons/x/" } },
    { properties: { src: "/relais/logo.svg", alt: "/pas-un-lien" } },
    { properties: { id: "/x" } },
    { attributes: [{ value: "/relais/modules/bases/" }, { value: "/pas-un-lien" }] },
  ]);
});

test("at the root of a host, nothing changes", () => {
  const tree = {
    type: "root",
    children: [{ type: "element", tagName: "a", properties: { href: "/x/" }, children: [] }],
  } as Root;
  rehypeBaseLinks("/")(tree);
  expect(tree.children[0]).toMatchObject({ properties: { href: "/x/" } });
});
