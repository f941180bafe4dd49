import { defineHastPlugin } from "satteri";

// Authors write a lesson's internal links from the site's root (« /lecons/ecouter/ ») and the
// content check verifies them there (src/lib/content-check/site-links.ts). Published under a
// sub-folder (RELAIS_BASE=/relais/), the same link must read « /relais/lecons/ecouter/ »: this
// plugin of Astro's Markdown processor (Sätteri, where Markdown is rendered, so `npm run dev` shows
// it too) adds the base to every root-relative link and image, written in Markdown or as
// HTML/JSX (<a href="/…">) in an MDX file.

const ATTRIBUTE: Record<string, string> = { a: "href", img: "src" };

/** « /lecons/x/ » under `base` (« /relais/ »); other links (other sites, « #titre », « ../x/ ») as they are. */
export const underBase = (link: string, base: string): string =>
  link.startsWith("/") && !link.startsWith("//") ? base.replace(/\/?$/, "/") + link.slice(1) : link;

/** The plugin for `base`; none at all at the root of a host, where links stay as written. */
export function baseLinksPlugin(base: string) {
  if (base.replace(/\/?$/, "/") === "/") return undefined;
  return defineHastPlugin({
    name: "relais-base-links",
    element: {
      filter: ["a", "img"],
      visit(node, ctx) {
        const attribute = ATTRIBUTE[node.tagName]!;
        const value = node.properties[attribute];
        if (typeof value === "string") ctx.setProperty(node, attribute, underBase(value, base));
      },
    },
    mdxJsxTextElement: { filter: ["a", "img"], visit: (node) => rewriteJsx(node, base) },
    mdxJsxFlowElement: { filter: ["a", "img"], visit: (node) => rewriteJsx(node, base) },
  });
}

/** An <a> or <img> written as JSX: its attributes are a list; the node returned replaces it. */
function rewriteJsx<N extends { name: string | null; attributes: readonly unknown[] }>(
  node: Readonly<N>,
  base: string,
): N {
  const attribute = node.name ? ATTRIBUTE[node.name] : undefined;
  const attributes = node.attributes.map((item) => {
    const attr = item as { type: string; name?: string; value?: unknown };
    return attr.type === "mdxJsxAttribute" && attr.name === attribute && typeof attr.value === "string"
      ? { ...attr, value: underBase(attr.value, base) }
      : item;
  });
  return { ...node, attributes } as N;
}
