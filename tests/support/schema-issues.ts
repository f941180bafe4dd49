// Parses content with a collection's schema as the build does, so each rule of src/schemas/ is
// tested without a build (tests/unit/schemas-*.test.ts); tests/content/ keeps the few full builds.
import { describe, expect, test } from "vitest";
import type { z } from "astro/zod";
import { fixtureData } from "./content-files.ts";
import { useAuthorMessages } from "../../src/schemas/messages.ts";

// As in src/content.config.ts and the content check: the messages written for authors.
useAuthorMessages();

/** One line per problem as the build prints it, « path: message » (the message alone at the top); [] when the data is valid. */
export function issues(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) =>
        issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
      );
}

/** The parsed data; a failure lists every problem. */
export function parsed<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`refusé :\n${issues(schema, data).join("\n")}`);
  return result.data;
}

/** A case that was a full fixture build: one edit of one fixture file, and what the build said. */
export interface BuildCase {
  name: string;
  /** The fixture file, relative to the content folder. */
  file: string;
  edit: (text: string) => string;
  /** Every line the schema reports, in order; a RegExp where the line quotes a path the fixture decides. */
  says: (string | RegExp)[];
}

/** The same edits as the builds once made, refused with the same lines, parsed without a build. */
export function describeBuildCases(schema: z.ZodType, cases: BuildCase[]): void {
  describe("refused, as the build says it", () => {
    test.each(cases)("$name", ({ file, edit, says }) => {
      const expected = says.map((line) => (typeof line === "string" ? line : expect.stringMatching(line)));
      expect(issues(schema, fixtureData(file, edit))).toEqual(expected);
    });
  });
}
