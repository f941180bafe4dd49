// A module (src/schemas/module.ts), parsed as the build parses it. That lessons name a module
// that exists, and that no module is left empty, is decided across files (src/lib/course/course-checks.ts).
import { expect, test } from "vitest";
import type { z } from "astro/zod";
import { moduleSchema } from "../../src/schemas/module.ts";
import { issues } from "../support/schema-issues.ts";
import { fixtureData } from "../support/content-files.ts";

const moduleWith = (fields: Record<string, unknown>) =>
  issues(moduleSchema, { ...fixtureData<z.input<typeof moduleSchema>>("modules/alpha.yaml"), ...fields });

test("the fixture modules are valid", () => {
  for (const file of ["modules/alpha.yaml", "modules/beta.yaml"])
    expect(issues(moduleSchema, fixtureData(file)), file).toEqual([]);
});

test("order: a position from 1", () => {
  for (const order of [undefined, "premier", 0, 2.5]) {
    expect(moduleWith({ order }), String(order)).toEqual(["order: position du module attendue (1, 2, 3…)"]);
  }
});

test("title, summary and audiences are required", () => {
  expect(moduleWith({ title: undefined, summary: "", audiences: [] })).toEqual([
    "title: le titre est obligatoire",
    "summary: le résumé\u00a0: ne doit pas être vide",
    "audiences: indiquer au moins un public",
  ]);
});

test("a field the schema does not know is refused", () => {
  expect(moduleWith({ couleur: "rouge" })).toEqual(["champ inconnu\u00a0: couleur"]);
});
