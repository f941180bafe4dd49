// Every playbook (a fiche réflexe, `kind: playbook`) shows its procedure as a diagram
// (components/diagram/Diagram.astro): an SVG named and described for screen readers, and the same
// steps as a list that they, and the search index, read.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { lessons } from "../support/course.ts";
import { DIST } from "../support/paths.ts";

const playbooks = lessons().filter((lesson) => lesson.kind === "playbook");

test("the course has playbooks to check", () => {
  expect(playbooks.length).toBeGreaterThanOrEqual(19);
});

test.each(playbooks.map((lesson) => lesson.id))("%s: a diagram with its text alternative", (id) => {
  const page = parse(readFileSync(join(DIST, "lecons", id, "index.html"), "utf8"));
  const figures = page.querySelectorAll(".lesson-body figure.diagram");
  expect(figures.length).toBeGreaterThanOrEqual(1);
  for (const figure of figures) {
    expect(figure.querySelector("figcaption")?.text.trim()).not.toBe("");
    const svg = figure.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    const title = svg.querySelector("title");
    const desc = svg.querySelector("desc");
    expect(title?.text.trim()).not.toBe("");
    expect(desc?.text.trim()).not.toBe("");
    // Named by both, in that order; the ids point into this figure.
    expect(svg.getAttribute("aria-labelledby")).toBe(`${title!.id} ${desc!.id}`);
    expect(page.querySelectorAll(`[id="${title!.id}"]`)).toHaveLength(1);
    const items = figure.querySelectorAll("ol > li").map((li) => li.text.trim());
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every(Boolean)).toBe(true);
    // The drawing shows each item's words: one box per item.
    expect(svg.querySelectorAll("rect")).toHaveLength(items.length);
    // Colours come from the stylesheet (the CSP allows no style attribute).
    expect(figure.toString()).not.toMatch(/\sstyle=|\sfill="#|\sstroke="#/);
  }
});
