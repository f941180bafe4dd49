// A lesson's MDX turned into HTML by Sätteri, the processor the site uses, with the plugins
// given: what a plugin of `markdown.processor` does, seen as a reader would, without a build.
// The JSX that MDX compiles to is rendered to a string by the few lines below (Astro's runtime
// needs a build); `file` is the document's path, as Astro gives it to the plugins (null: none).
import { pathToFileURL } from "node:url";
import { evaluate, type HastPluginList } from "satteri";

class Html {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}
const Fragment = Symbol("Fragment");
const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function render(children: unknown): string {
  if (children instanceof Html) return children.html;
  if (Array.isArray(children)) return children.map(render).join("");
  return children === undefined || children === null || children === false ? "" : escape(String(children));
}

function jsx(type: unknown, props: unknown): Html {
  const { children, ...attributes } = props as Record<string, unknown>;
  if (type === Fragment) return new Html(render(children));
  if (typeof type !== "string") throw new Error(`mdx-html: no component here (${String(type)})`);
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name === "className" ? "class" : name}="${escape(String(value))}"`)
    .join("");
  return new Html(`<${type}${attrs}>${render(children)}</${type}>`);
}

/** The HTML of `mdx` (a lesson's text) once `hastPlugins` have run. */
export async function mdxToHtml(
  mdx: string,
  hastPlugins: HastPluginList,
  file: string | null = "/site/content/lessons/module/lecon.mdx",
): Promise<string> {
  const module = await evaluate(mdx, {
    hastPlugins,
    // Astro's defaults: GFM (tables…), and straight quotes made curly before any plugin runs.
    features: { gfm: true, smartPunctuation: true },
    ...(file === null ? {} : { fileURL: pathToFileURL(file) }),
    Fragment,
    jsx,
    jsxs: jsx,
    elementAttributeNameCase: "html",
  });
  return render((module["default"] as (props: object) => Html)({}));
}
