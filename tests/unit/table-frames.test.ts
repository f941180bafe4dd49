// A lesson's table goes into a frame that scrolls on a phone (src/markdown/table-frames.ts), named
// after its columns (src/lib/course/table-frame.ts), run through Sätteri as the build runs it.
import { expect, test } from "vitest";
import { markdownToHtml, mdxToJs } from "satteri";
import { tableFramesPlugin } from "../../src/markdown/table-frames.ts";
import { tableFrameLabel } from "../../src/lib/course/table-frame.ts";

test("the frame is named after the table's column headers, blank ones left out", () => {
  expect(tableFrameLabel(["Niveau", " Seuil  fixé\n", "", "Réaction"])).toBe(
    "Tableau\u00a0: Niveau, Seuil fixé, Réaction",
  );
  expect(tableFrameLabel([])).toBe("Tableau");
  expect(tableFrameLabel([" "])).toBe("Tableau");
});

const TABLE = "| Indice | *Client* mécontent |\n| --- | --- |\n| 1 | 2 |\n";

test("each Markdown table is wrapped in a named region a keyboard can reach, the text around it as it was", () => {
  const { html } = markdownToHtml(`Avant.\n\n${TABLE}\nEntre.\n\n${TABLE.replace("Indice", "Cas")}\nAprès.`, {
    hastPlugins: [tableFramesPlugin],
  });
  const frames = [
    ...html.matchAll(/<div class="table-frame" role="region" tabindex="0" aria-label="([^"]+)"><table>/g),
  ];
  expect(frames.map((m) => m[1])).toEqual([
    "Tableau\u00a0: Indice, Client mécontent",
    "Tableau\u00a0: Cas, Client mécontent",
  ]);
  expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  expect(html.trim()).toMatch(/^<p>Avant.<\/p>[\s\S]*<p>Entre.<\/p>[\s\S]*<p>Après.<\/p>$/);
});

test("in an MDX lesson too", () => {
  const { code } = mdxToJs(`# Titre\n\n${TABLE}`, { hastPlugins: [tableFramesPlugin] });
  expect(code).toContain('className: "table-frame"');
  expect(code).toMatch(/"aria-label": "Tableau(?:\u00a0|\\xA0): Indice, Client mécontent"/);
});
