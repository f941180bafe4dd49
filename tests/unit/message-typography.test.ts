// The French the build, the scripts and the bench print follows the pages' typography: a no-break
// space before « : ; ! ? » and « % », and inside guillemets. Pages are checked once built
// (tests/built/); these messages never reach a page, so their source is read here, every string
// and template literal of the code Node runs, and a plain space where a no-break one belongs is a
// fault named with its file and line.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const DIRS = ["src", "scripts", "bench"];

const FAULTS: RegExp[] = [
  /(^|[^\s\u00a0\u202f]) [:;!?](?=\s|$)/, // « Paquetage SCORM : … », « renommé ? »
  /(^|\d) %(?=$|[\s),.;])/, // « (50 %) »
  /« | »/, // « « nom » »
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** The text of every literal in `file` that reads as French and breaks the rules, with its line. */
function typographyFaultsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const faults: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const raw = node.text;
      const french = /\p{L}{3}/u.test(raw) || /^[\s:;!?«»()%,.…]*$/.test(raw);
      if (french && FAULTS.some((fault) => fault.test(raw))) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        faults.push(`${relative(ROOT, file)}:${line}  ${JSON.stringify(raw)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return faults;
}

test("a plain space before « : » or inside guillemets is found, with its line; no-break spaces pass", () => {
  const code = [
    'const ok = "Pagefind\\u00a0: «\\u00a0x\\u00a0» (50\\u00a0%)\\u00a0?";',
    "const bad = `Paquetage SCORM : ${name}`;",
    "const alsoBad = `${count} %`;",
    'const quoted = "le module « alpha »";',
    "const code = a ? b : c;",
  ].join("\n");
  expect(typographyFaultsIn(join(ROOT, "x.ts"), code)).toEqual([
    'x.ts:2  "Paquetage SCORM : "',
    'x.ts:3  " %"',
    'x.ts:4  "le module « alpha »"',
  ]);
});

test("every message of the build, the scripts and the bench is typographic French", () => {
  const files = DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap((file) => typographyFaultsIn(file, readFileSync(file, "utf8")))).toEqual([]);
});
