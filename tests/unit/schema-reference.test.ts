import { createReference } from "astro/content/runtime";
import { describe, expect, test } from "vitest";
import { reference } from "../../src/schemas/reference.ts";

// src/schemas/reference.ts copies Astro's createReference() (so that the content config does not
// load Astro's rendering runtime): whatever an author writes, the copy answers as Astro's does.
const astroReference = createReference();
const WRITTEN: unknown[] = [
  "crise",
  "",
  12,
  0,
  { id: "crise", collection: "modules" },
  { id: "crise", collection: "lessons" },
  { slug: "crise", collection: "modules" },
  { id: 3, collection: "modules" },
  { collection: "modules" },
  null,
  undefined,
  true,
  ["crise"],
];

describe("reference(), as Astro makes it", () => {
  test.each(WRITTEN.map((value) => [JSON.stringify(value) ?? "undefined", value]))("%s", (_, value) => {
    const ours = reference("modules").safeParse(value);
    const astros = astroReference("modules").safeParse(value);
    expect(ours.success).toBe(astros.success);
    if (ours.success && astros.success) expect(ours.data).toEqual(astros.data);
    else
      expect(ours.error?.issues.map((i) => [i.code, i.path, i.message])).toEqual(
        astros.error?.issues.map((i) => [i.code, i.path, i.message]),
      );
  });
});
