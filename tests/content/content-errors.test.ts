// Each case builds the small fixture site with one bad file and checks that the
// build fails, naming the file and the field in words an author understands.
import { describe, expect, test } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildFixtureSite, type ContentEdits } from "../support/fixture-site";
import { ROOT } from "../support/paths";

const FIRST = "lessons/alpha/premiere.mdx";
const SECOND = "lessons/alpha/deuxieme.mdx";
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace: ${from}`);
  return next;
};

interface BadCase {
  name: string;
  edits: ContentEdits;
  /** The file the message must name, relative to the content folder. */
  file: string;
  /** What the message must say, field included. */
  says: (string | RegExp)[];
}

const SIM = "simulations/exercice.yaml";

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
const LIST = "checklists/essai.yaml";

const cases: BadCase[] = [
  {
    name: "missing title",
    edits: { [FIRST]: replace(/^title: .*\n/m, "") },
    file: FIRST,
    says: ["title: le titre est obligatoire"],
  },
  {
    name: "unknown audience",
    edits: { [FIRST]: replace("audiences: [cm-junior]", "audiences: [cm-junior, stagiaire]") },
    file: FIRST,
    says: ["audiences.1: public inconnu (« stagiaire ») : choisir parmi « cm-junior », « parent »"],
  },
  {
    name: "reference to a lesson that does not exist",
    edits: { [SECOND]: replace("related: [troisieme]", "related: [troisieme, fantome]") },
    file: SECOND,
    says: ["champ « related » : la leçon « fantome » n'existe pas"],
  },
  {
    name: "module that does not exist",
    edits: { [FIRST]: replace("module: alpha", "module: gamma") },
    file: FIRST,
    says: ["champ « module » : le module « gamma » n'existe pas"],
  },
  {
    name: "lesson in two modules",
    edits: { [FIRST]: replace("module: alpha", "module: [alpha, beta]") },
    file: FIRST,
    says: ["module: une leçon appartient à un seul module"],
  },
  {
    name: "duplicate order in a module",
    edits: { [SECOND]: replace("order: 2", "order: 1") },
    file: "lessons/alpha/",
    says: [/champ « order » : la position 1 du module « alpha » est déjà prise par .*lessons\/alpha\/(premiere|deuxieme)\.mdx/],
  },
  {
    name: "prerequisite cycle",
    edits: { [FIRST]: replace("checked:", "prerequisites: [deuxieme]\nchecked:") },
    file: "lessons/alpha/",
    says: [/champ « prerequisites » : cycle de prérequis : (premiere → deuxieme → premiere|deuxieme → premiere → deuxieme)/],
  },
  {
    name: "malformed frontmatter YAML",
    edits: { [FIRST]: replace("title: Première leçon", "title: [Première leçon") },
    file: FIRST,
    says: [/unexpected end|missed comma|flow collection/],
  },
  {
    name: "duplicate slug",
    // Same file name in another folder, so the same URL: /lecons/premiere/.
    edits: {
      "lessons/premiere.mdx": readFileSync(join(ROOT, "tests/fixtures/content-base", FIRST), "utf8").replace("order: 1", "order: 3"),
    },
    file: "premiere.mdx",
    says: ["deux fichiers donnent la même adresse « premiere »"],
  },
  {
    name: "unknown glossary see-also",
    edits: { "glossary/troll.yaml": replace("seeAlso: [moderation]", "seeAlso: [moderation, astroturfing]") },
    file: "glossary/troll.yaml",
    says: ["champ « seeAlso » : le terme « astroturfing » n'existe pas dans le glossaire"],
  },
  {
    name: "quiz question with no correct answer",
    edits: { [FIRST]: replace("          correct: true\n          feedback: Oui, c'est", "          feedback: Oui, c'est") },
    file: FIRST,
    says: ["quiz.questions.0.options: la question q1 n'a aucune bonne réponse (correct: true)"],
  },
  {
    name: "single-choice question with two correct answers",
    edits: { [FIRST]: replace("          feedback: Non, pas ici.", "          correct: true\n          feedback: Non, pas ici.") },
    file: FIRST,
    says: ["la question q1 est à choix unique mais a 2 bonnes réponses"],
  },
  {
    name: "duplicate question ids",
    edits: { [FIRST]: replace("    - id: q2", "    - id: q1") },
    file: FIRST,
    says: ["quiz.questions: l'identifiant de question « q1 » est utilisé deux fois"],
  },
  {
    name: "duplicate option ids",
    edits: { [SECOND]: replace("        - id: c", "        - id: b") },
    file: SECOND,
    says: ["la question q1 utilise deux fois l'identifiant « b »"],
  },
  {
    name: "ordering question with two steps",
    edits: { [FIRST]: replace("        - id: s3\n          text: Répondre\n", "") },
    file: FIRST,
    says: ["quiz.questions.1.steps: une question à remettre dans l'ordre demande au moins 3 étapes"],
  },
  {
    name: "option without feedback",
    edits: { [FIRST]: replace("          feedback: Non, pas ici.\n", "") },
    file: FIRST,
    says: ["quiz.questions.0.options.0.feedback: le retour (feedback) de l'option est obligatoire"],
  },
  {
    name: "simulation choice leading to an unknown step",
    edits: { [SIM]: replace("next: relance", "next: fin-inconnue") },
    file: SIM,
    says: ["steps.0.choices.0.next: le choix mène à l'étape « fin-inconnue », qui n'existe pas"],
  },
  {
    name: "unreachable simulation step",
    edits: {
      [SIM]: (text) =>
        `${text}  - id: orpheline\n    ending:\n      title: Perdue\n      outcome: echec\n      debrief: Personne n'arrive ici.\n`,
    },
    file: SIM,
    says: ["steps.7: l'étape « orpheline » est inaccessible : aucun choix n'y mène depuis « debut »"],
  },
  {
    name: "simulation step with no way out that is not an ending",
    edits: {
      [SIM]: replace(
        /  - id: mauvaise-fin\n    ending:\n      title: Raté\n      outcome: echec\n      debrief: Il fallait répondre.\n/,
        "  - id: mauvaise-fin\n    prompt: Et maintenant ?\n",
      ),
    },
    file: SIM,
    says: ["steps.6: l'étape « mauvaise-fin » n'a aucun choix et n'est pas une fin"],
  },
  {
    name: "simulation ending without debrief",
    edits: { [SIM]: replace("      debrief: Il fallait répondre.\n", "") },
    file: SIM,
    says: ["steps.6.ending.debrief: le débriefing de la fin est obligatoire"],
  },
  {
    name: "simulation ending without outcome",
    edits: { [SIM]: replace("      outcome: mitigee\n", "") },
    file: SIM,
    says: ["steps.5.ending.outcome: outcome est obligatoire pour une fin : reussite, mitigee ou echec"],
  },
  {
    name: "simulation whose success ending a poor play reaches",
    // Every path of 1 to 4 points (under the pass mark of 5) would be told it succeeded.
    edits: { [SIM]: replace("      outcome: mitigee\n", "      outcome: reussite\n") },
    file: SIM,
    says: [
      /steps\.5\.ending\.outcome: un parcours à \d\u00a0points?, sous le seuil de réussite \(5 sur 6\), mène à la fin « Presque », marquée reussite : debut \(choix \d/,
    ],
  },


  {
    name: "quiz set that gives the answer away",
    // Ten more single-answer questions, all with the right answer first: 10 of 13 in first place.
    edits: { "lessons/beta/biaise.mdx": biasedLesson(10) },
    file: "quiz du cours",
    says: ["la bonne réponse est en 1re position dans 10 questions à réponse unique sur 13 (76 %, au plus 40 %)"],
  },

  {
    name: "quiz passed by always taking the first option",
    edits: {
      "lessons/piege.mdx": replace(
        /(        - id: b\n[\s\S]*?)(        - id: a\n          text: Oui, du texte\n[\s\S]*?feedback: Exact.\n)/,
        "$2$1",
      ),
    },
    file: "lessons/piege.mdx",
    says: ["champ « quiz » : cocher toujours la première option suffit à réussir ce quiz (100 %, seuil 70 %)"],
  },
  {
    name: "checklist item with an unknown owner",
    edits: { [LIST]: replace("        owner: direction", "        owner: stagiaire") },
    file: LIST,
    says: ["sections.1.items.0.owner: propriétaire inconnu : choisir parmi cm, direction, service-client, partage, hors-perimetre"],
  },
  {
    name: "checklist with a duplicate item id",
    edits: { [LIST]: replace("      - id: alerte", "      - id: concours") },
    file: LIST,
    says: ["sections.1.items.0.id: l'identifiant « concours » est utilisé deux fois"],
  },
];

test("a lesson written by `npm run new:lesson` builds as it is", async () => {
  const content = mkdtempSync(join(tmpdir(), "relais-new-lesson-"));
  cpSync(join(ROOT, "tests/fixtures/content-base"), content, { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/new-lesson.mjs")], {
    env: { ...process.env, RELAIS_CONTENT: content },
    input: "Répondre à un avis négatif\nalpha\ncm-junior, dirigeant\n",
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  const written = readFileSync(join(content, "lessons/alpha/repondre-a-un-avis-negatif.mdx"), "utf8");
  expect(written).toMatch(/^order: 3$/m);
  expect(written).toContain("audiences: [cm-junior, dirigeant]");
  const { code, output } = await buildFixtureSite("new-lesson", { "lessons/alpha/repondre-a-un-avis-negatif.mdx": written });
  expect(code, output).toBe(0);
});

test("`npm run new:lesson` refuses an unknown module, naming the known ones", () => {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/new-lesson.mjs"), "--title", "X", "--module", "gamma", "--audiences", "parent"], {
    env: { ...process.env, RELAIS_CONTENT: join(ROOT, "tests/fixtures/content-base") },
    encoding: "utf8",
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("module « gamma » inconnu : choisir parmi alpha, beta");
});

describe.concurrent("content errors stop the build", () => {
  test("the untouched fixture builds, so each failure below comes from its one bad file", async () => {
    const { code, output, dir } = await buildFixtureSite("valid");
    expect(code, output).toBe(0);
    expect(existsSync(join(dir, "dist/lecons/premiere/index.html"))).toBe(true);
  });

  test.each(cases)("$name", async ({ name, edits, file, says }) => {
    const { code, output } = await buildFixtureSite(name.replaceAll(" ", "-"), edits);
    expect(code, output).not.toBe(0);
    expect(output).toContain(file);
    for (const phrase of says) {
      if (typeof phrase === "string") expect(output).toContain(phrase);
      else expect(output).toMatch(phrase);
    }
  });
});
