#!/usr/bin/env node
// `npm run new:lesson`: asks for a title, a module and the audiences, then writes a
// lesson file that builds as it is, with every field to fill in marked « À compléter ».
// Non-interactive: npm run new:lesson -- --title "…" --module crise --audiences cm-junior,dirigeant
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

const AUDIENCES = ["cm-junior", "parent", "dirigeant", "formateur"];
const content = process.env.RELAIS_CONTENT ?? "content";
const modules = readdirSync(join(content, "modules"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""));
const lessonFiles = readdirSync(join(content, "lessons"), { recursive: true }).filter((f) =>
  String(f).endsWith(".mdx"),
);

const slugify = (text) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function fail(message) {
  console.error(`new:lesson\u00a0: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { title: { type: "string" }, module: { type: "string" }, audiences: { type: "string" } },
});
const rl = values.title && values.module && values.audiences ? null : createInterface({ input: process.stdin });
// The line iterator buffers, so answers piped in all at once are not lost.
const lines = rl?.[Symbol.asyncIterator]();
async function ask(question, given) {
  if (given !== undefined) return given;
  process.stdout.write(question);
  const { value, done } = await lines.next();
  if (done) fail("réponse manquante.");
  return value.trim();
}

const title = await ask("Titre de la leçon\u00a0: ", values.title);
const module = await ask(`Module (${modules.join(", ")})\u00a0: `, values.module);
const audiences = (await ask(`Publics, séparés par des virgules (${AUDIENCES.join(", ")})\u00a0: `, values.audiences))
  .split(",")
  .map((a) => a.trim())
  .filter(Boolean);
rl?.close();

if (!title) fail("le titre est obligatoire.");
if (!modules.includes(module))
  fail(`module «\u00a0${module}\u00a0» inconnu\u00a0: choisir parmi ${modules.join(", ")}.`);
const unknown = audiences.filter((a) => !AUDIENCES.includes(a));
if (audiences.length === 0 || unknown.length > 0)
  fail(`public inconnu ou manquant (${unknown.join(", ")})\u00a0: choisir parmi ${AUDIENCES.join(", ")}.`);
const slug = slugify(title);
if (!slug) fail("le titre doit contenir au moins une lettre.");
if (lessonFiles.some((f) => String(f).split("/").pop() === `${slug}.mdx`))
  fail(`une leçon «\u00a0${slug}.mdx\u00a0» existe déjà\u00a0: choisir un autre titre.`);

// Next free position in the module.
const orders = lessonFiles
  .map((f) => readFileSync(join(content, "lessons", String(f)), "utf8"))
  .filter((text) => new RegExp(`^module: ${module}$`, "m").test(text))
  .map((text) => Number(/^order: (\d+)$/m.exec(text)?.[1] ?? 0));
const order = Math.max(0, ...orders) + 1;
const q = (text) => JSON.stringify(text);
const today = new Date().toISOString().slice(0, 10);

const file = join(content, "lessons", module, `${slug}.mdx`);
mkdirSync(join(content, "lessons", module), { recursive: true });
if (existsSync(file)) fail(`${file} existe déjà.`);
writeFileSync(
  file,
  `---
title: ${q(title)}
summary: "À compléter\u00a0: une ou deux phrases qui disent ce que le lecteur va retenir."
kind: lecon # lecon | playbook | explication | cas
audiences: [${audiences.join(", ")}]
level: debutant # debutant | intermediaire | confirme
objectives:
  - "À compléter\u00a0: ce que le lecteur saura faire après la lecture"
module: ${module}
order: ${order}
related: []
keywords: [] # les mots que les gens tapent pour chercher ce sujet
checked: ${today}
quiz:
  passScore: 70
  questions:
    - id: q1
      kind: single # single | multiple | scenario | ordering
      prompt: "À compléter\u00a0: la question"
      explanation: "À compléter\u00a0: le raisonnement, montré après la réponse"
      # La bonne réponse change de place d’une question à l’autre, et n’est pas la plus longue\u00a0:
      # le build refuse un cours où la position ou la longueur la trahit (npm run fairness).
      options:
        - id: a
          text: "À compléter\u00a0: une réponse fausse mais tentante"
          feedback: "À compléter\u00a0: pourquoi c’est faux, et ce qu’il faut faire"
        - id: b
          text: "À compléter\u00a0: la bonne réponse"
          correct: true
          feedback: "À compléter\u00a0: pourquoi c’est juste"
    - id: q2
      kind: ordering
      prompt: "À compléter\u00a0: remettez ces étapes dans l’ordre"
      explanation: "À compléter\u00a0: pourquoi cet ordre"
      steps: # écrites dans le bon ordre\u00a0; le site les mélange
        - id: s1
          text: "À compléter\u00a0: première étape"
        - id: s2
          text: "À compléter\u00a0: deuxième étape"
        - id: s3
          text: "À compléter\u00a0: troisième étape"
---

À compléter\u00a0: une courte introduction (pas de titre de niveau 1, le titre est affiché par la page).

## Première partie

À compléter.

## À retenir

- À compléter.
`,
);
console.log(
  `Leçon créée\u00a0: ${file} (module ${module}, position ${order}). Lancez «\u00a0npm run dev\u00a0» pour la relire.`,
);
