import { describe, expect, test } from "vitest";
import * as v from "valibot";
import { itemRefSchema, sameAssignment, type Assignment } from "../../src/lib/assignments/assignment-schema.ts";
import { sampleAssignment } from "../support/sample-assignment.ts";

// Mutation-testing companions: each case pins a behaviour a surviving mutant broke.
describe("itemRefSchema", () => {
  test("only a string is an item reference, even one that would print as one", () => {
    expect(v.is(itemRefSchema, "lecon:ecouter")).toBe(true);
    expect(v.is(itemRefSchema, ["lecon:ecouter"])).toBe(false);
    expect(v.is(itemRefSchema, { toString: () => "simulation:x" })).toBe(false);
  });
});

describe("sameAssignment", () => {
  test("a copy is the same assignment", () => {
    expect(sameAssignment(sampleAssignment, { ...sampleAssignment, items: [...sampleAssignment.items] })).toBe(true);
  });

  const changes: Partial<Assignment>[] = [
    { id: "zzzz9999zzzz" },
    { cohort: "Autre promo" },
    { trainer: "Autre formateur" },
    { due: "2026-12-21" },
    { passScore: 71 },
    { message: "Bonjour" },
    { created: "2026-11-29" },
    { items: ["lecon:ecouter"] },
  ];
  test.each(changes)("any one field changed makes another assignment: %o", (change) => {
    const other = { ...sampleAssignment, ...change };
    expect(sameAssignment(sampleAssignment, other)).toBe(false);
    expect(sameAssignment(other, sampleAssignment)).toBe(false);
  });
});
