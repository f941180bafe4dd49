import { describe, expect, test } from "vitest";
import { countWords } from "../../src/lib/course/reading-time.ts";

// Mutation-testing companions to text.test.ts: each case pins a behaviour a surviving mutant broke.
describe("countWords", () => {
  test("a code block between two words keeps them apart", () => {
    expect(countWords("avant```\ncode\n```après")).toBe(2);
  });

  test("tags of any length are dropped and keep the words around them apart", () => {
    expect(countWords('<Callout kind="info">Un mot</Callout>')).toBe(2);
    expect(countWords("un<br>deux")).toBe(2);
    expect(countWords("<b>un</b>")).toBe(1);
  });

  test("only whole import/export lines are dropped, indented or not", () => {
    expect(countWords("import A from 'b'\nMot")).toBe(1);
    expect(countWords("  import A from 'b'\nMot")).toBe(1);
    expect(countWords("export const x = 1;\nMot")).toBe(1);
    expect(countWords("On peut import ici")).toBe(4);
    expect(countWords("reimport a b\nMot")).toBe(4);
  });

  test("a link's address is dropped but its text stays apart from what follows", () => {
    expect(countWords("[mot](https://exemple.fr/un-deux)suite")).toBe(2);
  });
});
