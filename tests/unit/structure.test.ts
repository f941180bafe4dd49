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

/** What a source passes to update() that is not a named change: logic written in the island. */
const inlineChanges = (source: string) =>
  [...source.matchAll(/\.update\(/g)]
    .map((match) => argumentAt(source, match.index + match[0].length - 1))
    .filter((argument) => !NAMED_CHANGE.test(argument));

/** The string literals of a source that read as French sentences for the page. */
function frenchSentences(code: string): string[] {
  // Comments, and errors for developers (never shown as such), are not the page's words.
  const source = code
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")
    .replace(/new Error\(`[^`]*`\)/g, "");
  const literals = [...source.matchAll(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'/g)].map((m) => m[0]);
  return literals.filter(
    (literal) => /[«»]|\\u00a0/.test(literal) || /[A-Za-zÀ-ÿ’']{2,}(?: [A-Za-zÀ-ÿ’']+){3,}/.test(literal),
  );
}

describe("islands", () => {
  test("the checks below read the islands, and catch what they look for", () => {
    // Islands that change stored state are found: moved elsewhere, the checks would read nothing.
    expect(islandFiles.filter((file) => readFileSync(file, "utf8").includes(".update(")).length).toBeGreaterThan(0);
    expect(inlineChanges("store.update(markRead(now)); store.update((p) => recordQuiz(p, id, result));")).toEqual([]);
    expect(inlineChanges("store.update((p) => ({ ...p, lessons: {} }));")).toEqual(["(p) => ({ ...p, lessons: {} })"]);
    expect(
      frenchSentences('el.dataset.state = "quiz-fini"; el.textContent = "Votre réponse est bien enregistrée";'),
    ).toEqual(['"Votre réponse est bien enregistrée"']);
    expect(frenchSentences("el.title = `«\\u00a0${title}\\u00a0»`;")).toHaveLength(1);
    expect(
      frenchSentences("// Un commentaire en français reste permis ici\nthrow new Error(`Pas de module ${x} ici`);"),
    ).toEqual([]);
  });

  test("no island script is left in src/scripts", () => {
    const scripts = join(ROOT, "src/scripts");
    const left = existsSync(scripts) ? readdirSync(scripts).filter((f) => f.endsWith(".ts")) : [];
    expect(left).toEqual([]);
  });

  test.each(islandFiles.map((file) => [name(file), file]))(
    "%s changes stored state only through named changes of src/lib",
    (_, file) => {
      expect(inlineChanges(readFileSync(file, "utf8"))).toEqual([]);
    },
  );

  test.each(islandFiles.map((file) => [name(file), file]))("%s holds no French sentence", (_, file) => {
    expect(frenchSentences(readFileSync(file, "utf8"))).toEqual([]);
  });
});
