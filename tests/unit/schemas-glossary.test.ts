// A glossary entry (src/schemas/glossary.ts), parsed as the build parses it. That a see-also
// names a term that exists is decided across files (src/lib/course/course-checks.ts, tests/content/).
import { expect, test } from "vitest";
import type { z } from "astro/zod";
import { glossarySchema } from "../../src/schemas/glossary.ts";
import { issues, parsed } from "../support/schema-issues.ts";
import { fixtureData } from "../support/content-files.ts";

const TROLL = "glossary/troll.yaml";
const termWith = (fields: Record<string, unknown>) =>
  issues(glossarySchema, { ...fixtureData<z.input<typeof glossarySchema>>(TROLL), ...fields });

test("the fixture terms are valid; see-also becomes references and defaults to none", () => {
  expect(parsed(glossarySchema, fixtureData(TROLL)).seeAlso).toEqual([{ id: "moderation", collection: "glossary" }]);
  expect(parsed(glossarySchema, fixtureData("glossary/moderation.yaml")).seeAlso).toEqual([]);
});

test("term, short and long definitions are required lines", () => {
  expect(termWith({ term: undefined, short: " ", long: 3 })).toEqual([
    "term: le terme est obligatoire",
    "short: la définition courte\u00a0: ne doit pas être vide",
    "long: la définition longue doit être un texte",
  ]);
});

test("see-also is a list", () => {
  expect(termWith({ seeAlso: "moderation" })).toEqual([
    "seeAlso: valeur attendue\u00a0: une liste (par exemple [a, b] ou des lignes «\u00a0- a\u00a0»), pas «\u00a0moderation\u00a0»",
  ]);
});

test("a field the schema does not know is refused", () => {
  expect(termWith({ exemple: "x" })).toEqual(["champ inconnu\u00a0: exemple"]);
});
