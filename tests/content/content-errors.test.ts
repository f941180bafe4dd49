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
/** The problems a failed build lists, one line each, as it printed them. */
const problemLines = (output: string) => {
  const lines = output.split("\n");
  const start = lines.findIndex((line) => /Contenu invalide \(\d+ problèmes?\)\u00a0:/.test(line));
  if (start < 0) return [];
  const problems = lines.slice(start + 1);
  const end = problems.findIndex((line) => !line.startsWith("  "));
  return end < 0 ? problems : problems.slice(0, end);
};

/** The line of a fixture file (after `edit`) where `text` first appears. */
const lineOf = (file: string, text: string, edit: (t: string) => string = (t) => t) => {
  const index = edit(fixtureText(file)).split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} not in ${file}`);
  return index + 1;
};

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
      prompt: Question ${n}\u00a0?
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
  expect(run.stderr).toContain("module «\u00a0gamma\u00a0» inconnu\u00a0: choisir parmi alpha, beta");
});

describe.concurrent("content errors stop the build", () => {
  test("the untouched fixture builds, so each failure below comes from its bad files", async ({ signal }) => {
    const { code, output, dir } = await buildFixtureSite("valid", {}, { signal });
    expect(code, output).toBe(0);
    expect(existsSync(join(dir, "dist/lecons/premiere/index.html"))).toBe(true);
    // Valid content builds without a warning: a warning printed is one an author must read. (The
    // bundler's about Astro's mark in each lesson, a dozen lines per lesson, is left out:
    // src/integrations/bundler-log.ts.)
    expect(output).not.toMatch(/\bWARN\b|MODULE_LEVEL_DIRECTIVE/);
  });

  test("a file its schema refuses: the file, the line and the field", async ({ signal }) => {
    const { code, output } = await buildFixtureSite("missing-title", { [FIRST]: replace(/^title: .*\n/m, "") }, { signal });
    expect(code, output).toBe(1);
    // The field is missing: the line is the frontmatter's first.
    expect(problemLines(output)).toEqual([`  content/${FIRST}:2  title: le titre est obligatoire`]);
    // Astro's loader read the file beside the check and refused it too: its words are dropped.
    expect(output).not.toMatch(/collection schema|InvalidContentEntryData|Error:/);
  });

  test("MDX the bundler would refuse, and a plain space before « ? », each at its line in French, before Astro reads a file", async ({ signal }) => {
    const second = "lessons/alpha/deuxieme.mdx";
    const edits = {
      [FIRST]: (text: string) => `${text.trimEnd()}\n\n<!-- à revoir -->\n`,
      [second]: (text: string) => `${text.trimEnd()}\n\nEt maintenant ?\n`,
    };
    const { code, output } = await buildFixtureSite("mdx-and-typography", edits, { signal });
    expect(code, output).toBe(1);
    expect(problemLines(output)).toEqual([
      `  content/${second}:${lineOf(second, "Et maintenant", edits[second])}  espace ordinaire avant «\u00a0?\u00a0» dans «\u00a0Et maintenant ?\u00a0»\u00a0: mettre une espace insécable (U+00A0)`,
      `  content/${FIRST}:${lineOf(FIRST, "<!--", edits[FIRST])}  «\u00a0<!--\u00a0» n'existe pas en MDX\u00a0: écrire un commentaire ainsi\u00a0: {/* commentaire */}`,
    ]);
    // Said by the check, not by the bundler after it: no English, no stack trace.
    expect(output).not.toMatch(/Unexpected character|Stack trace|mdx-jsx/);
  });

  test("frontmatter YAML cannot read: the file and the line", async ({ signal }) => {
    const edits = { [FIRST]: replace("title: Première leçon", "title: [Première leçon") };
    const { code, output } = await buildFixtureSite("malformed-yaml", edits, { signal });
    expect(code, output).toBe(1);
    expect(problemLines(output)).toEqual([expect.stringMatching(new RegExp(`^  content/${FIRST}:\\d+  YAML illisible\u00a0: `))]);
  });

  test("an impossible date stops the build instead of becoming another day", async ({ signal }) => {
    const edit = replace(/^checked: .*$/m, "checked: 2026-02-30");
    const { code, output } = await buildFixtureSite("impossible-date", { [FIRST]: edit }, { signal });
    expect(code, output).toBe(1);
    expect(problemLines(output)).toEqual([
      `  content/${FIRST}:${lineOf(FIRST, "checked:", edit)}  checked: date de vérification\u00a0: «\u00a02026-02-30\u00a0» n'est pas un jour du calendrier`,
    ]);
  });

  test("dead links in a lesson's text: a lesson, a heading, a glossary term, each at its line", async ({ signal }) => {
    const edit = (text: string) =>
      `${text.trimEnd()}\n\nVoir [cette fiche](/lecons/fiche-qui-n-existe-pas/).\n\nEt [la méthode](/lecons/deuxieme/#methode-absente).\n\nUn [troll](/glossaire/#trol) passe.\n`;
    const { code, output } = await buildFixtureSite("dead-links", { [FIRST]: edit }, { signal });
    expect(code, output).toBe(1);
    expect(problemLines(output)).toEqual([
      `  content/${FIRST}:${lineOf(FIRST, "cette fiche", edit)}  lien mort\u00a0: /lecons/fiche-qui-n-existe-pas/ n'est pas une page du site`,
      expect.stringMatching(
        new RegExp(`^  content/${FIRST}:${lineOf(FIRST, "la méthode", edit)}  ancre inconnue #methode-absente sur /lecons/deuxieme/`),
      ),
      `  content/${FIRST}:${lineOf(FIRST, "Un [troll]", edit)}  ancre inconnue #trol sur /glossaire/\u00a0: vouliez-vous dire /glossaire/#troll\u00a0?`,
    ]);
  });

  test("three mistakes in three files: one build lists them all, each at its line", async ({ signal }) => {
    const edits = {
      [FIRST]: replace(/^checked: .*$/m, "checked: 2026-02-30"),
      "modules/beta.yaml": replace(/^order: .*$/m, "order: deux"),
      [SIM]: replace(/^title: .*$/m, 'title: ""'),
    };
    const { code, output } = await buildFixtureSite("three-files", edits, { signal });
    expect(code, output).toBe(1);
    expect(output).toContain("Contenu invalide (3 problèmes)\u00a0:");
    expect(problemLines(output)).toEqual([
      `  content/${FIRST}:${lineOf(FIRST, "checked:")}  checked: date de vérification\u00a0: «\u00a02026-02-30\u00a0» n'est pas un jour du calendrier`,
      `  content/modules/beta.yaml:${lineOf("modules/beta.yaml", "order:")}  order: position du module attendue (1, 2, 3…)`,
      `  content/${SIM}:${lineOf(SIM, "title:")}  title: le titre\u00a0: ne doit pas être vide`,
    ]);
  });

  test("two lesson files with one name, so one address (/lecons/premiere/)", async ({ signal }) => {
    // Same file name in another folder.
    const edits = { "lessons/premiere.mdx": fixtureText(FIRST).replace("order: 1", "order: 3") };
    const { code, output } = await buildFixtureSite("duplicate-slug", edits, { signal });
    expect(code, output).toBe(1);
    expect(problemLines(output)).toEqual([
      `  content/lessons/premiere.mdx:1  même adresse /lecons/premiere/ que content/${FIRST}\u00a0: renommer l'un des deux fichiers`,
    ]);
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
      "Contenu invalide (10 problèmes)\u00a0:",
      new RegExp(`  content/${SECOND}:\\d+  related\\.1: la leçon «\u00a0fantome\u00a0» n'existe pas`),
      /content\/lessons\/alpha\/(premiere|deuxieme)\.mdx:\d+  order: la position 1 du module «\u00a0alpha\u00a0» est déjà prise par content\/lessons\/alpha\/(premiere|deuxieme)\.mdx/,
      /content\/lessons\/alpha\/(premiere|deuxieme)\.mdx:\d+  prerequisites: cycle de prérequis\u00a0: (premiere → deuxieme → premiere|deuxieme → premiere → deuxieme)/,
      /content\/lessons\/troisieme\.mdx:\d+  module: le module «\u00a0gamma\u00a0» n'existe pas \(modules connus\u00a0: alpha, beta\)/,
      /content\/glossary\/troll\.yaml:\d+  seeAlso\.1: le terme «\u00a0astroturfing\u00a0» n'existe pas dans le glossaire/,
      new RegExp(`content/${SIM}:\\d+  module: le module «\u00a0gamma\u00a0» n'existe pas`),
      new RegExp(`content/${SIM}:\\d+  related\\.1: la leçon «\u00a0fantome\u00a0» n'existe pas`),
      "  quiz du cours  la bonne réponse est en 1re position dans 11 questions à réponse unique sur 14 (78\u00a0%, au plus 40\u00a0%)",
      /content\/lessons\/piege\.mdx:\d+  quiz: cocher toujours la première option suffit à réussir ce quiz \(100\u00a0%, seuil 70\u00a0%\)/,
      /content\/lessons\/beta\/biaise\.mdx:\d+  quiz: cocher toujours la première option suffit à réussir ce quiz \(100\u00a0%, seuil 70\u00a0%\)/,
    ];
    for (const phrase of says) {
      if (typeof phrase === "string") expect.soft(output).toContain(phrase);
      else expect.soft(output).toMatch(phrase);
    }
  });
});
