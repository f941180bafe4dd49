// dist/lms/cmi5/cmi5.xml, as both builds write it: valid against the cmi5 schema, a block per module
// in course order holding an AU per lesson in module order, each launched on its lesson (a page the
// build wrote) at the site's absolute address, base path included; a lesson with a quiz is passed
// against the mastery score.
import { describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE_PATH, DIST, DIST_BASE } from "../support/paths.ts";
import { lessons, modules } from "../support/course.ts";
import { validateCmi5 } from "../support/cmi5-schema.ts";

// Modules in course order, each with its lessons as the course sorts them (by `order`).
const course = modules()
  .toSorted((a, b) => a.order - b.order)
  .map((module) => ({
    module: module.id,
    lessons: lessons()
      .filter((lesson) => lesson.module === module.id)
      .toSorted((a, b) => a.order - b.order),
  }))
  .filter(({ lessons }) => lessons.length > 0);

describe.each([
  { dist: DIST, base: "/" },
  { dist: DIST_BASE, base: BASE_PATH },
])("cmi5.xml under $base", ({ dist, base }) => {
  const xml = readFileSync(join(dist, "lms/cmi5/cmi5.xml"), "utf8");

  test("is valid against the cmi5 course structure schema", () => {
    expect(validateCmi5(xml)).toMatchObject({ ok: true });
  });

  test("a block per module, an AU per lesson launched on it by absolute URL", () => {
    const site = `https://relais.example.org${base}`;
    expect([...xml.matchAll(/<block id="([^"]+)"/g)].map((m) => m[1])).toEqual(
      course.map(({ module }) => `${site}lms/cmi5/modules/${module}`),
    );
    const all = course.flatMap(({ lessons }) => lessons);
    expect([...xml.matchAll(/<au id="([^"]+)" moveOn="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual(
      all.map((lesson) => [
        `${site}lms/cmi5/lecons/${lesson.id}`,
        lesson.quiz?.questions.length ? "CompletedAndPassed" : "Completed",
      ]),
    );
    const urls = [...xml.matchAll(/<url>([^<]+)<\/url>/g)].map((m) => m[1]!);
    expect(urls).toEqual(all.map((lesson) => `${site}lecons/${lesson.id}/`));
    for (const url of urls)
      expect(existsSync(join(dist, new URL(url).pathname.slice(base.length), "index.html"))).toBe(true);
  });
});
