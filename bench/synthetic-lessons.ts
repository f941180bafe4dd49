// Writes N synthetic lessons, each with a ~700-word body and a 4-question quiz,
// spread over the course's modules after their real lessons.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS =
  "communauté modération réponse client publication crise calendrier validation direction veille message engagement portée équipe marque question retour".split(
    " ",
  );

function paragraph(seed: number, words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(" ") + ".";
}

export function writeSyntheticLessons(contentDir: string, count: number, modules: readonly string[]): void {
  for (let n = 0; n < count; n++) {
    const module = modules[n % modules.length]!;
    const dir = join(contentDir, "lessons", module);
    mkdirSync(dir, { recursive: true });
    const body = Array.from(
      { length: 6 },
      (_, s) => `## Partie ${s + 1}\n\n${paragraph(n + s, 60)}\n\n${paragraph(n + s + 1, 55)}\n`,
    ).join("\n");
    writeFileSync(
      join(dir, `synthese-${n}.mdx`),
      `---
title: "Leçon de synthèse ${n}"
summary: "Une leçon générée pour mesurer la construction du site."
kind: lecon
audiences: [cm-junior]
level: debutant
objectives: ["Mesurer"]
module: ${module}
order: ${100 + Math.floor(n / modules.length)}
keywords: [mesure, banc, essai]
checked: 2026-11-22
quiz:
  questions:
    - { id: q1, kind: single, prompt: "Question ?", explanation: "Parce que.", options: [{ id: a, text: "Oui", correct: true, feedback: "Bien." }, { id: b, text: "Non", feedback: "Non." }] }
    - { id: q2, kind: multiple, prompt: "Lesquelles ?", explanation: "Les deux.", options: [{ id: a, text: "Un", correct: true, feedback: "Oui." }, { id: b, text: "Deux", correct: true, feedback: "Oui." }, { id: c, text: "Trois", feedback: "Non." }] }
    - { id: q3, kind: scenario, situation: "Un client écrit.", prompt: "Que faites-vous ?", explanation: "On répond.", options: [{ id: a, text: "Répondre", correct: true, feedback: "Il est rassuré." }, { id: b, text: "Ignorer", feedback: "Il s’énerve." }] }
    - { id: q4, kind: ordering, prompt: "Dans l’ordre.", explanation: "Ainsi.", steps: [{ id: s1, text: "Un" }, { id: s2, text: "Deux" }, { id: s3, text: "Trois" }] }
---

${body}
`,
    );
  }
}
