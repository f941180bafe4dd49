// The code's layout keeps its promises: islands render, named changes in src/lib decide, French
// sentences live in wording modules. Read as text, so a newcomer's shortcut fails here first.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../support/paths.ts";

const COMPONENTS = join(ROOT, "src/components");
const islandFiles = (readdirSync(COMPONENTS, { recursive: true, encoding: "utf8" }) as string[])
  .filter((file) => file.endsWith(".ts"))
  .map((file) => join(COMPONENTS, file));
const name = (file: string) => relative(ROOT, file);

/** The text between the parenthesis at `open` and the one that closes it. */
function argumentAt(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "(") depth++;
    else if (source[i] === ")" && --depth === 0) return source.slice(open + 1, i).trim();
  }
  return source.slice(open + 1);
}

/** What an island passes to a store's update(): a named change, or a lambda that only calls one. */
const NAMED_CHANGE =
  /^(?:[\w$.]+(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?|\(?\w+\)? => [\w$.]+\([^()]*(?:\([^()]*\)[^()]*)*\))$/s;

describe("islands", () => {
  test("no island script is left in src/scripts", () => {
    const scripts = join(ROOT, "src/scripts");
    const left = existsSync(scripts) ? readdirSync(scripts).filter((f) => f.endsWith(".ts")) : [];
    expect(left).toEqual([]);
  });

  test.each(islandFiles.map((file) => [name(file), file]))(
    "%s changes stored state only through named changes of src/lib",
    (_, file) => {
      const source = readFileSync(file, "utf8");
      const logic = [...source.matchAll(/\.update\(/g)]
        .map((match) => argumentAt(source, match.index + match[0].length - 1))
        .filter((argument) => !NAMED_CHANGE.test(argument));
      expect(logic).toEqual([]);
    },
  );

  test.each(islandFiles.map((file) => [name(file), file]))("%s holds no French sentence", (_, file) => {
    // Comments, and errors for developers (never shown as such), are not the page's words.
    const source = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")
      .replace(/new Error\(`[^`]*`\)/g, "");
    const literals = [...source.matchAll(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'/g)].map(
      (m) => m[0],
    );
    const sentences = literals.filter(
      (literal) => /[«»]|\\u00a0/.test(literal) || /[A-Za-zÀ-ÿ’']{2,}(?: [A-Za-zÀ-ÿ’']+){3,}/.test(literal),
    );
    expect(sentences).toEqual([]);
  });
});
