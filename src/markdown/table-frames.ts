import { defineHastPlugin } from "satteri";
import { tableFrameLabel } from "../lib/course/table-frame.ts";

// Each table of a lesson goes into a frame that scrolls sideways on a narrow screen (styles/lesson.css,
// .table-frame), so a 320 px phone scrolls the table, never the page. Made here, where Markdown is
// rendered, so `npm run dev` shows it as the build does. The frame is a region named after the
// table's columns (lib/course/table-frame.ts), in the tab order so a keyboard can scroll it.

type Node = { type: string; tagName?: string; children?: readonly Node[] };

/** The header cells of a table, in order (its first row, as Markdown writes them). */
function headerCells(node: Node): Node[] {
  return (node.children ?? []).flatMap((child) =>
    child.type === "element" && child.tagName === "th" ? [child] : headerCells(child),
  );
}

export const tableFramesPlugin = defineHastPlugin({
  name: "relais:table-frames",
  element: {
    filter: ["table"],
    visit(node, ctx) {
      const label = tableFrameLabel(headerCells(node).map((cell) => ctx.textContent(cell as typeof node)));
      ctx.wrapNode(node, {
        type: "element",
        tagName: "div",
        properties: { className: ["table-frame"], role: "region", tabIndex: 0, ariaLabel: label },
        children: [],
      });
    },
  },
});
