// The promise to authors: bad content stops `npm run build`, and the message names the file and
// the field in words an author understands. A few full builds of the small fixture site prove
// it for what only a build can show: Astro's report of a schema error, a file YAML cannot read,
// two files with one address, and the checks across files (src/lib/course/course.ts), all listed at
// once. Each rule of the schemas is tested by parsing, without a build (tests/unit/schemas-*.test.ts).
import { describe, expect, test } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildFixtureSite } from "../support/fixture-site.ts";
import { BASE_CONTENT, fixtureText, replace } from "../support/content-files.ts";
import { ROOT } from "../support/paths.ts";

const FIRST = "lessons/alpha/premiere.mdx";
const SECOND = "lessons/alpha/deuxieme.mdx";
const SIM = "simulations/exercice.yaml";
/** `npm run new:lesson` asks nothing more than these; past this it is stuck, not slow. */
const SCRIPT_TIMEOUT = 60_000;

/** Several edits of one file, in order. */
const all =
  (...edits: ((text: string) => string)[]) =>
  (text: string) =>
    edits.reduce((done, edit) => edit(done), text);

/** A lesson of module beta whose `count` single-answer questions all have their right answer first. */
function biasedLesson(count: number): string {
  const question = (n: number) => `    - id: q${n}
      kind: single
      prompt: Question ${n} ?
      explanation: Parce que.
      options:
        - id: a
          text: La bonne
          correct: true
          feedback: Oui.
        - id: b
          text: La mauvaise, plus longue
          feedback: Non.`;
  return `---
title: Leçon biaisée
summary: Toutes les bonnes réponses en premier.
kind: lecon
audiences: [parent]
level: debutant
objectives: [Tester]
module: beta
order: 3
checked: 2026-11-01
quiz:
  questions:
${Array.from({ length: count }, (_, i) => question(i + 1)).join("\n")}
---
## Biais
Du texte.
`;
}

test("a lesson written by `npm run new:lesson` builds as it is", async ({ signal }) => {
  const content = mkdtempSync(join(tmpdir(), "relais-new-lesson-"));
  cpSync(BASE_CONTENT, content, { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/new-lesson.mjs")], {
    env: { ...process.env, RELAIS_CONTENT: content },
    input: "Répondre à un avis négatif\nalpha\ncm-junior, dirigeant\n",
    encoding: "utf8",
    timeout: SCRIPT_TIMEOUT,
  });
  expect(run.status, run.stderr).toBe(0);
  const written = readFileSync(join(content, "lessons/alpha/repondre-a-un-avis-negatif.mdx"), "utf8");
  expect(written).toMatch(/^order: 3$/m);
  expect(written).toContain("audiences: [cm-junior, dirigeant]");
  const { code, output } = await buildFixtureSite("new-lesson", { "lessons/alpha/repondre-a-un-avis-negatif.mdx": written }, { signal });
  expect(code, output).toBe(0);
});

test("`npm run new:lesson` refuses an unknown module, naming the known ones", () => {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/new-lesson.mjs"), "--title", "X", "--module", "gamma", "--audiences", "parent"], {
    env: { ...process.env, RELAIS_CONTENT: BASE_CONTENT },
    encoding: "utf8",
    timeout: SCRIPT_TIMEOUT,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("module « gamma » inconnu : choisir parmi alpha, beta");
});

describe.concurrent("content errors stop the build", () => {
  test("the untouched fixture builds, so each failure below comes from its bad files", async ({ signal }) => {
    const { code, output, dir } = await buildFixtureSite("valid", {}, { signal });
    expect(code, output).toBe(0);
    expect(existsSync(join(dir, "dist/lecons/premiere/index.html"))).toBe(true);
  });

  test("a file its schema refuses: Astro names the file and the field", async ({ signal }) => {
    const { code, output } = await buildFixtureSite("missing-title", { [FIRST]: replace(/^title: .*\n/m, "") }, { signal });
    expect(code, output).toBe(1);
    expect(output).toContain(`content/${FIRST}`);
    expect(output).toContain("lessons → premiere data does not match collection schema");
    expect(output).toContain("title: le titre est obligatoire");
  });

  test("frontmatter YAML cannot read: the file is named", async ({ signal }) => {
    const edits = { [FIRST]: replace("title: Première leçon", "title: [Première leçon") };
    const { code, output } = await buildFixtureSite("malformed-yaml", edits, { signal });
    expect(code, output).toBe(1);
    expect(output).toContain(`content/${FIRST}`);
    expect(output).toMatch(/unexpected end|missed comma|flow collection/);
  });

  test("two lesson files with one name, so one address (/lecons/premiere/)", async ({ signal }) => {
    // Same file name in another folder.
    const edits = { "lessons/premiere.mdx": fixtureText(FIRST).replace("order: 1", "order: 3") };
    const { code, output } = await buildFixtureSite("duplicate-slug", edits, { signal });
    expect(code, output).toBe(1);
    expect(output).toContain("lessons : deux fichiers donnent la même adresse « premiere »");
    expect(output).toContain("content/lessons/premiere.mdx");
    expect(output).toContain(`content/${FIRST}`);
  });

  test("problems across files are listed together, each with its file and field", async ({ signal, expect }) => {
    const edits = {
      // A related lesson that does not exist; the position of the first lesson taken again.
      [SECOND]: all(replace("related: [troisieme]", "related: [troisieme, fantome]"), replace("order: 2", "order: 1")),
      // Closes a cycle: deuxieme already requires premiere.
      [FIRST]: replace("checked:", "prerequisites: [deuxieme]\nchecked:"),
      "lessons/troisieme.mdx": replace("module: beta", "module: gamma"),
      "glossary/troll.yaml": replace("seeAlso: [moderation]", "seeAlso: [moderation, astroturfing]"),
      [SIM]: all(replace("module: alpha", "module: gamma"), replace("related: [premiere]", "related: [premiere, fantome]")),
      // Ten more single-answer questions, all with the right answer first…
      "lessons/beta/biaise.mdx": biasedLesson(10),
      // …and the fixture's four-option question too: 11 of 13 in first place.
      "lessons/piege.mdx": replace(
        /(        - id: b\n[\s\S]*?)(        - id: a\n          text: Oui, du texte\n[\s\S]*?feedback: Exact.\n)/,
        "$2$1",
      ),
    };
    const { code, output } = await buildFixtureSite("across-files", edits, { signal });
    expect(code, output).toBe(1);
    // Soft: one missing line does not hide the others.
    const says: (string | RegExp)[] = [
      "Contenu invalide (10 problèmes) :",
      `${SECOND} — champ « related » : la leçon « fantome » n'existe pas`,
      /lessons\/alpha\/(premiere|deuxieme)\.mdx — champ « order » : la position 1 du module « alpha » est déjà prise par .*lessons\/alpha\/(premiere|deuxieme)\.mdx/,
      /lessons\/alpha\/(premiere|deuxieme)\.mdx — champ « prerequisites » : cycle de prérequis : (premiere → deuxieme → premiere|deuxieme → premiere → deuxieme)/,
      "lessons/troisieme.mdx — champ « module » : le module « gamma » n'existe pas (modules connus : alpha, beta)",
      "glossary/troll.yaml — champ « seeAlso » : le terme « astroturfing » n'existe pas dans le glossaire",
      `${SIM} — champ « module » : le module « gamma » n'existe pas`,
      `${SIM} — champ « related » : la leçon « fantome » n'existe pas`,
      "quiz du cours : la bonne réponse est en 1re position dans 11 questions à réponse unique sur 13 (84 %, au plus 40 %)",
      "lessons/piege.mdx — champ « quiz » : cocher toujours la première option suffit à réussir ce quiz (100 %, seuil 70 %)",
      "lessons/beta/biaise.mdx — champ « quiz » : cocher toujours la première option suffit à réussir ce quiz (100 %, seuil 70 %)",
    ];
    for (const phrase of says) {
      if (typeof phrase === "string") expect.soft(output).toContain(phrase);
      else expect.soft(output).toMatch(phrase);
    }
  });
});
