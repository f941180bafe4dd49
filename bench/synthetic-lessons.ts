// N synthetic lessons of realistic French (bench/french-text.ts): a body of 700 to 1,000 words
// in `##` sections with paragraphs and some lists, and a 4-question quiz valid against
// src/schemas/quiz.ts; spread over the course's modules after their real lessons. Lesson n is
// the same whatever N (its own seed), so every site of a comparison gets the very same files.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "../tests/support/paths.ts";
import { pick, seeded, trainOn, type FrenchText, type Random } from "./french-text.ts";

export interface SyntheticLesson {
  /** Where it goes in a lessons folder: "<module>/synthese-<n>.mdx". */
  file: string;
  mdx: string;
}

const countWords = (text: string) => text.split(/[ \n]+/).filter((w) => /\p{L}|\d/u.test(w)).length;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
/** A YAML double-quoted string (JSON's escapes are YAML's). */
const q = (text: string) => JSON.stringify(text);
/** A sentence turned into a question. */
const asked = (sentence: string) => `${sentence.replace(/[\s\u00a0]*[.!?…»)]+$/, "")}\u00a0?`;

/** Up to `count` pieces, stopping once they hold `room` words. */
function upTo(count: number, room: number, piece: () => string): string[] {
  const pieces: string[] = [];
  for (let words = 0; pieces.length < count && words < room; words += countWords(pieces.at(-1)!)) pieces.push(piece());
  return pieces;
}

function list(text: FrenchText, random: Random, room: number): string {
  const numbered = random() < 0.3;
  const item = () =>
    random() < 0.25 ? `**${text.sentence(random)}** ${text.sentence(random)}` : text.sentence(random);
  return upTo(between(random, 3, 5), room, item)
    .map((line, i) => `${numbered ? `${i + 1}.` : "-"} ${line}`)
    .join("\n");
}

const paragraph = (text: FrenchText, random: Random, room: number) =>
  upTo(between(random, 2, 5), room, () => text.sentence(random)).join(" ");

/** An introduction, then `##` sections of paragraphs and lists until the drawn length is reached. */
function body(text: FrenchText, random: Random): string {
  const target = between(random, 700, 960);
  const blocks: string[] = [];
  let words = 0;
  const add = (block: string) => {
    blocks.push(block);
    words += countWords(block);
  };
  add(paragraph(text, random, target));
  while (words < target) {
    add(`## ${text.heading(random)}`);
    for (let p = between(random, 1, 3); p > 0 && words < target; p--)
      add(random() < 0.3 ? list(text, random, target - words) : paragraph(text, random, target - words));
  }
  return blocks.join("\n\n");
}

const option = (id: string, text: string, feedback: string, correct: boolean) =>
  `{ id: ${id}, text: ${q(text)}${correct ? ", correct: true" : ""}, feedback: ${q(feedback)} }`;

/**
 * Three options of which one is right, as fair as the course's checks want them
 * (src/lib/course/assessment-fairness.ts): lesson n puts its right answer at position
 * (n + shift) % 3 and gives it the (n % 3 + 1)th length, so neither gives it away.
 */
function oneRight(text: FrenchText, random: Random, n: number, shift: number): string[] {
  const texts = Array.from({ length: 3 }, () => text.sentence(random)).sort((a, b) => a.length - b.length);
  const right = texts.splice(n % 3, 1)[0]!;
  texts.splice((n + shift) % 3, 0, right);
  return texts.map((t, i) => option("abc"[i]!, t, text.sentence(random), i === (n + shift) % 3));
}

/** Where the two right options of a multiple-answer question sit, lesson after lesson. */
const PAIRS = [
  [1, 3],
  [0, 2],
  [2, 3],
  [0, 3],
  [1, 2],
  [0, 1],
];

function quiz(text: FrenchText, random: Random, n: number): string {
  const common = () => `prompt: ${q(asked(text.sentence(random)))}, explanation: ${q(text.sentence(random))}`;
  const pair = PAIRS[n % PAIRS.length]!;
  const multiple = ["a", "b", "c", "d"].map((id, i) =>
    option(id, text.sentence(random), text.sentence(random), pair.includes(i)),
  );
  // Four steps that read differently: the content check refuses a question that offers one twice.
  const headings = new Set<string>();
  for (let tries = 0; headings.size < 4 && tries < 100; tries++) headings.add(text.heading(random));
  const steps = [...headings].map((heading, i) => `{ id: s${i + 1}, text: ${q(heading)} }`);
  return `quiz:
  questions:
    - { id: q1, kind: single, ${common()}, options: [${oneRight(text, random, n, 0).join(", ")}] }
    - { id: q2, kind: multiple, ${common()}, options: [${multiple.join(", ")}] }
    - { id: q3, kind: scenario, situation: ${q(text.sentence(random))}, ${common()}, options: [${oneRight(text, random, n, 1).join(", ")}] }
    - { id: q4, kind: ordering, ${common()}, steps: [${steps.join(", ")}] }`;
}

/**
 * Lesson n (its frontmatter is the course's own, so it is valid against src/schemas/lesson.ts). Never
 * an `explication`: those end with a 2–3 question check for a parent or a boss, not this 4-question quiz.
 */
function lesson(text: FrenchText, n: number, modules: readonly string[]): SyntheticLesson {
  const random = seeded(0x5e1a15 + n * 7919);
  const module = modules[n % modules.length]!;
  const content = body(text, random);
  const keywords = [...new Set(content.match(/\p{Ll}{7,}/gu) ?? [])].slice(0, 3);
  return {
    file: `${module}/synthese-${n}.mdx`,
    mdx: `---
title: ${q(text.heading(random))}
summary: ${q(text.sentence(random))}
kind: ${pick(["lecon", "playbook", "cas"], random)}
audiences: [cm-junior]
level: ${pick(["debutant", "intermediaire", "confirme"], random)}
objectives: [${q(text.heading(random))}]
module: ${module}
order: ${100 + Math.floor(n / modules.length)}
keywords: [${keywords.map(q).join(", ")}]
checked: 2026-11-22
sources:
  - title: "Synthèse de démonstration"
    publisher: "Service public"
    url: "https://www.service-public.fr/"
    consulted: 2026-11-22
${quiz(text, random, n)}
---

${content}
`,
  };
}

/** N lessons whose text imitates the course's own lesson bodies (content/lessons of the repo). */
export function syntheticLessons(count: number, modules: readonly string[]): SyntheticLesson[] {
  const text = trainOn(join(ROOT, "content/lessons"));
  return Array.from({ length: count }, (_, n) => lesson(text, n, modules));
}

/** Writes lessons under `lessonsDir`, in their module's folder. */
export function writeLessons(lessonsDir: string, lessons: readonly SyntheticLesson[]): void {
  for (const { file, mdx } of lessons) {
    mkdirSync(dirname(join(lessonsDir, file)), { recursive: true });
    writeFileSync(join(lessonsDir, file), mdx);
  }
}

export function writeSyntheticLessons(contentDir: string, count: number, modules: readonly string[]): void {
  writeLessons(join(contentDir, "lessons"), syntheticLessons(count, modules));
}
