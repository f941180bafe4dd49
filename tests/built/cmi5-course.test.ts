// dist/lms/cmi5/cmi5.xml, as both builds write it: valid against the cmi5 schema, one AU per module in
// course order, each launched on its module's first lesson (a page the build wrote) at the site's
// absolute address, base path included.
import { describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE_PATH, DIST, DIST_BASE } from "../support/paths.ts";
import { lessons, modules } from "../support/course.ts";
import { validateCmi5 } from "../support/cmi5-schema.ts";

// The module's lesson with the lowest `order`, as the course sorts them.
const firstLessons = modules()
  .toSorted((a, b) => a.order - b.order)
  .map((module) => ({
    module: module.id,
    lesson: lessons()
      .filter((lesson) => lesson.module === module.id)
      .toSorted((a, b) => a.order - b.order)[0]!.id,
  }));

describe.each([
  { dist: DIST, base: "/" },
  { dist: DIST_BASE, base: BASE_PATH },
])("cmi5.xml under $base", ({ dist, base }) => {
  const xml = readFileSync(join(dist, "lms/cmi5/cmi5.xml"), "utf8");

  test("is valid against the cmi5 course structure schema", () => {
    expect(validateCmi5(xml)).toMatchObject({ ok: true });
  });

  test("one AU per module, launched on its first lesson, by absolute URL", () => {
    const site = `https://relais.example.org${base}`;
    expect([...xml.matchAll(/<au id="([^"]+)"/g)].map((m) => m[1])).toEqual(
      firstLessons.map(({ module }) => `${site}lms/cmi5/modules/${module}`),
    );
    const urls = [...xml.matchAll(/<url>([^<]+)<\/url>/g)].map((m) => m[1]!);
    expect(urls).toEqual(firstLessons.map(({ lesson }) => `${site}lecons/${lesson}/`));
    for (const url of urls)
      expect(existsSync(join(dist, new URL(url).pathname.slice(base.length), "index.html"))).toBe(true);
  });
});
