// The content check decides whether a link to « /lecons/x/#titre » leads somewhere before anything is
// built, from the lesson's Markdown (src/lib/content-check/body-links.ts headingAnchors). The ids it
// predicts must be those Astro gives the headings of each lesson's text in the built page.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { headingAnchors } from "../../src/lib/content-check/body-links.ts";
import { lessons } from "../support/course.ts";
import { DIST } from "../support/paths.ts";

const all = lessons();

test("the course has lessons with headings to compare", () => {
  expect(all.filter((lesson) => headingAnchors(lesson.body).length > 0).length).toBe(all.length);
});

test.each(all.map((lesson) => [lesson.id, lesson] as const))(
  "%s: the headings' ids are the ones predicted",
  (id, lesson) => {
    const page = parse(readFileSync(join(DIST, "lecons", id, "index.html"), "utf8"));
    const built = page.querySelectorAll(".lesson-body :is(h1, h2, h3, h4, h5, h6)").map((h) => h.id);
    expect(built).toEqual(headingAnchors(lesson.body));
  },
);
