// `npm run fairness`: would a learner who does not read pass? Prints, for the course in
// content/ (or the folder given), where right answers and best choices sit in file order,
// per file and course-wide, checks every simulation's endings against the score of each
// path, and exits 1 on any problem. The build refuses the same ones, with the rest of its
// checks (src/lib/course/course.ts: references, related lessons…).
// Usage: npm run fairness [-- content-folder] [-- --files]  (--files: one line per file)
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import {
  checkFairness,
  checkGuessing,
  describeFairness,
  fairnessFigures,
  quizFacts,
  simulationFacts,
  type DecisionFacts,
  type QuestionFacts,
} from "../src/lib/course/assessment-fairness.ts";
import { checkEndings, checkSimulationGraph, type StepFacts } from "../src/lib/simulation/simulation-graph.ts";

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith("--")) ?? "content";
const perFile = args.includes("--files");

const filesIn = (dir: string, ending: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ending))
    .map((f) => join(dir, f))
    .sort();

const frontmatter = (text: string) => parse(text.split(/^---\r?$/m)[1] ?? "");

const questions: QuestionFacts[] = [];
const quizzes: Parameters<typeof checkGuessing>[0][number][] = [];
const decisions: DecisionFacts[] = [];
const problems: string[] = [];
for (const path of filesIn(join(root, "lessons"), ".mdx")) {
  const file = relative(process.cwd(), path);
  const data = frontmatter(readFileSync(path, "utf8"));
  if (!data?.quiz) continue;
  const facts = quizFacts(file, data.quiz);
  questions.push(...facts);
  quizzes.push({ file, passScore: data.quiz.passScore ?? 70, questions: facts });
  if (perFile) {
    const where = facts
      .filter((q) => q.options)
      .map((q) => {
        const right = q.options!.map((o, i) => (o.correct ? i + 1 : 0)).filter(Boolean);
        const longest = q.options!.every(
          (o) => o.text.length <= Math.max(...q.options!.filter((x) => x.correct).map((x) => x.text.length)),
        );
        return `${q.id}:${q.kind[0]}@${right.join("+")}${longest ? "L" : ""}`;
      });
    console.log(`${file}  ${where.join("  ")}`);
  }
}
for (const path of filesIn(join(root, "simulations"), ".yaml")) {
  const file = relative(process.cwd(), path);
  const data = parse(readFileSync(path, "utf8"));
  const steps: (StepFacts & { ending?: any })[] = data.steps.map((s: any) => ({ ...s, choices: s.choices ?? [] }));
  const facts = simulationFacts(file, data);
  decisions.push(...facts);
  const graph = checkSimulationGraph(data.start, steps);
  const endings = graph.length > 0 ? [] : checkEndings(data.start, steps, data.passScore ?? 70);
  for (const p of [...graph, ...endings]) problems.push(`${file} — ${p.field}\u00a0: ${p.message}`);
  if (perFile) {
    const where = facts.map((d) => {
      const most = Math.max(...d.choices.map((c) => c.points));
      return `${d.step}@${d.choices.findIndex((c) => c.points === most) + 1}/${d.choices.length}`;
    });
    console.log(`${file}  ${where.join("  ")}`);
  }
}

for (const line of describeFairness(fairnessFigures(questions, decisions))) console.log(line);
for (const p of [...checkFairness(questions, decisions), ...checkGuessing(quizzes)])
  problems.push(`${p.file}\u00a0: ${p.message}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problème${problems.length > 1 ? "s" : ""}\u00a0:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  "Aucun problème\u00a0: ni la position ni la longueur ne trahissent la réponse, et chaque fin suit le score.",
);
