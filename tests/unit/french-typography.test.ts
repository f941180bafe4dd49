import { expect, test } from "vitest";
import { typographyFaults } from "../support/french-typography.ts";

const page = (body: string) => `<html><body>${body}</body></html>`;

test("no-break spaces before double punctuation and inside guillemets pass", () => {
  expect(typographyFaults(page("<p>Pourquoi\u00a0? Parce que\u00a0: «\u00a0oui\u00a0»\u202f!</p>"))).toEqual([]);
});

test("an ordinary space, or none, is a fault", () => {
  const rules = typographyFaults(page("<p>Pourquoi ? Voici: « oui»</p>")).map((f) => f.rule);
  expect(rules).toEqual([
    "espace ordinaire avant une ponctuation double",
    "ponctuation double collée au mot",
    "espace ordinaire après «",
  ]);
});

test("code, URLs and times are left alone", () => {
  expect(typographyFaults(page("<p>À 10:30 sur https://exemple.org</p><code>a ? b : c</code>"))).toEqual([]);
});
