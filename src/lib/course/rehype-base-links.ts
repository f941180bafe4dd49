import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

// Authors write a lesson's internal links from the site's root (« /lecons/ecouter/ ») and the
// content check verifies them there (src/lib/content-check/site-links.ts). Published under a
// sub-folder (RELAIS_BASE=/relais/), the same link must read « /relais/lecons/ecouter/ »: this
// rehype plugin, run where Markdown is rendered, adds the base to every root-relative link and
// image, written in Markdown or as HTML/JSX (<a href="/…">) in an MDX file.

const ATTRIBUTE: Record<string, string> = { a: "href", img: "src" };

/** « /lecons/x/ » under `base` (« /relais/ »); other links (other sites, « #titre », « ../x/ ») as they are. */
export const underBase = (link: string, base: string): string =>
  link.startsWith("/") && !link.startsWith("//") ? base.replace(/\/?$/, "/") + link.slice(1) : link;

/** An <a> or <img> written as JSX in MDX: its attributes are a list, not hast properties. */
interface JsxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

export function rehypeBaseLinks(base: string) {
  return (tree: Root) => {
    if (base === "/") return;
    visit(tree, (node: { type: string }) => {
      if (node.type === "element") {
        const element = node as Element;
        const attribute = ATTRIBUTE[element.tagName];
        const value = attribute ? element.properties[attribute] : undefined;
        if (attribute && typeof value === "string") element.properties[attribute] = underBase(value, base);
      } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const jsx = node as unknown as JsxElement;
        const attribute = jsx.name ? ATTRIBUTE[jsx.name] : undefined;
        for (const item of jsx.attributes) {
          if (item.type === "mdxJsxAttribute" && item.name === attribute && typeof item.value === "string") {
            item.value = underBase(item.value, base);
          }
        }
      }
    });
  };
}
