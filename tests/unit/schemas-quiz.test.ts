// A lesson's quiz (src/schemas/quiz.ts), parsed as the build parses it: each rule refuses with
// the line an author reads. Whether the course's quizzes give answers away is decided across
// files (src/lib/course/assessment-fairness.ts, tests/content/).
import { describe, expect, test } from "vitest";
import type { z } from "astro/zod";
import { lessonSchema } from "../../src/schemas/lesson.ts";
import { questionSchema, quizSchema } from "../../src/schemas/quiz.ts";
import { describeBuildCases, issues, parsed } from "../support/schema-issues.ts";
import { fixtureData, replace } from "../support/content-files.ts";

const FIRST = "lessons/alpha/premiere.mdx";
const SECOND = "lessons/alpha/deuxieme.mdx";

const option = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, feedback: "Parce que." });
const single = {
  id: "q1",
  kind: "single",
  prompt: "Laquelle\u00a0?",
  explanation: "Celle-ci.",
  options: [option("a", true), option("b")],
};
const ordering = {
  id: "q2",
  kind: "ordering",
  prompt: "Dans l'ordre\u00a0?",
  explanation: "Ainsi.",
  steps: ["s1", "s2", "s3"].map((id) => ({ id, text: `Étape ${id}` })),
};
const question = (fields: Record<string, unknown>) => issues(questionSchema, { ...single, ...fields });
const quiz = (...questions: unknown[]) => issues(quizSchema, { questions });

test("each kind of question is accepted, with its defaults", () => {
  const scenario = { ...single, kind: "scenario", situation: "Un client se plaint." };
  const multiple = { ...single, kind: "multiple", options: [option("a", true), option("b", true), option("c")] };
  for (const q of [single, scenario, multiple, ordering]) expect(issues(questionSchema, q), q.kind).toEqual([]);
  const read = parsed(quizSchema, {
    questions: [{ ...single, options: [option("a", true), { id: "b", text: "B", feedback: "Non." }] }],
  });
  expect(read.passScore).toBe(70);
  expect(read.questions[0]).toMatchObject({ options: [{ correct: true }, { correct: false }] });
});

// In a lesson, as the build parsed it.
describeBuildCases(lessonSchema, [
  {
    name: "quiz question with no correct answer",
    file: FIRST,
    edit: replace("          correct: true\n          feedback: Oui, c'est", "          feedback: Oui, c'est"),
    says: ["quiz.questions.0.options: la question q1 n'a aucune bonne réponse (correct: true)"],
  },
  {
    name: "single-choice question with two correct answers",
    file: FIRST,
    edit: replace("          feedback: Non, pas ici.", "          correct: true\n          feedback: Non, pas ici."),
    says: [
      "quiz.questions.0.options: la question q1 est à choix unique mais a 2 bonnes réponses\u00a0: une seule, ou kind: multiple",
    ],
  },
  {
    name: "duplicate question ids",
    file: FIRST,
    edit: replace("    - id: q2", "    - id: q1"),
    says: ["quiz.questions: l'identifiant de question «\u00a0q1\u00a0» est utilisé deux fois"],
  },
  {
    name: "duplicate option ids",
    file: SECOND,
    edit: replace("        - id: c", "        - id: b"),
    says: ["quiz.questions.0: la question q1 utilise deux fois l'identifiant «\u00a0b\u00a0»"],
  },
  {
    name: "ordering question with two steps",
    file: FIRST,
    edit: replace("        - id: s3\n          text: Répondre\n", ""),
    says: ["quiz.questions.1.steps: une question à remettre dans l'ordre demande au moins 3 étapes"],
  },
  {
    name: "option without feedback",
    file: FIRST,
    edit: replace("          feedback: Non, pas ici.\n", ""),
    says: ["quiz.questions.0.options.0.feedback: le retour (feedback) de l'option est obligatoire"],
  },
]);

describe("each rule of a question", () => {
  test("kind is one of four", () => {
    for (const kind of [undefined, "vrai-faux"]) {
      expect(question({ kind }), String(kind)).toEqual([
        "kind: kind doit valoir single, multiple, scenario ou ordering",
      ]);
    }
  });

  test("ids: lowercase letters, digits and dashes, 40 at most", () => {
    expect(question({ id: 1 })).toEqual(["id: identifiant attendu (lettres, chiffres, tirets), par exemple q1"]);
    expect(question({ id: "Q 1" })).toEqual(["id: identifiant en minuscules sans accents ni espaces, par exemple q1"]);
    expect(question({ id: "q".repeat(41) })).toEqual(["id: identifiant de 40 caractères au plus, par exemple q1"]);
    expect(question({ id: "q".repeat(40) })).toEqual([]);
    expect(question({ options: [option("a", true), option("é")] })).toEqual([
      "options.1.id: identifiant en minuscules sans accents ni espaces, par exemple q1",
    ]);
  });

  test("prompt, explanation, option text and feedback are required lines", () => {
    expect(question({ prompt: undefined, explanation: "" })).toEqual([
      "prompt: la question est obligatoire",
      "explanation: l'explication\u00a0: ne doit pas être vide",
    ]);
    expect(question({ options: [{ ...option("a", true), text: undefined }, option("b")] })).toEqual([
      "options.0.text: le texte de l'option est obligatoire",
    ]);
  });

  test("correct is true or false", () => {
    expect(question({ options: [{ ...option("a"), correct: "oui" }, option("b", true)] })).toEqual([
      "options.0.correct: correct doit valoir true ou false",
    ]);
  });

  test("a choice needs two options; a scenario its situation; an ordering three steps", () => {
    expect(question({ options: [option("a", true)] })).toEqual(["options: au moins 2 éléments"]);
    expect(question({ kind: "scenario" })).toEqual(["situation: la situation est obligatoire"]);
    expect(issues(questionSchema, { ...ordering, steps: ordering.steps.slice(0, 2) })).toEqual([
      "steps: une question à remettre dans l'ordre demande au moins 3 étapes",
    ]);
  });

  test("a field the schema does not know is refused", () => {
    expect(question({ hint: "x" })).toEqual(["champ inconnu\u00a0: hint"]);
  });
});

describe("each rule of a quiz", () => {
  test("one right answer for single and scenario, at least one for multiple", () => {
    expect(quiz({ ...single, options: [option("a"), option("b")] })).toEqual([
      "questions.0.options: la question q1 n'a aucune bonne réponse (correct: true)",
    ]);
    expect(
      quiz({ ...single, kind: "scenario", situation: "Un client.", options: [option("a", true), option("b", true)] }),
    ).toEqual([
      "questions.0.options: la question q1 est de mise en situation mais a 2 bonnes réponses\u00a0: une seule, ou kind: multiple",
    ]);
    expect(quiz({ ...single, kind: "multiple", options: [option("a"), option("b")] })).toEqual([
      "questions.0.options: la question q1 n'a aucune bonne réponse (correct: true)",
    ]);
  });

  test("question ids are unique in the quiz, step ids in the question", () => {
    expect(quiz(single, ordering, { ...ordering, id: "q1" })).toEqual([
      "questions: l'identifiant de question «\u00a0q1\u00a0» est utilisé deux fois",
    ]);
    const steps = [...ordering.steps, { id: "s2", text: "Encore" }];
    expect(quiz({ ...ordering, steps })).toEqual([
      "questions.0: la question q2 utilise deux fois l'identifiant «\u00a0s2\u00a0»",
    ]);
  });

  test("two options or two steps that read the same are refused at the second, whatever the case and spaces", () => {
    const twin = { ...option("c"), text: " option A " };
    expect(quiz({ ...single, options: [option("a", true), option("b"), twin] })).toEqual([
      "questions.0.options.2.text: la question q1 propose deux fois «\u00a0option A\u00a0»\u00a0: chaque option doit se lire autrement",
    ]);
    const steps = [...ordering.steps, { id: "s9", text: ordering.steps[0]!.text }];
    expect(quiz({ ...ordering, steps })).toEqual([
      `questions.0.steps.${ordering.steps.length}.text: la question q2 propose deux fois «\u00a0${ordering.steps[0]!.text}\u00a0»\u00a0: chaque étape doit se lire autrement`,
    ]);
  });

  test("from 1 to 30 questions", () => {
    expect(quiz()).toEqual(["questions: un quiz a au moins une question"]);
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...ordering, id: `q${i + 1}` }));
    expect(quiz(...many(30))).toEqual([]);
    expect(quiz(...many(31))).toEqual(["questions: un quiz a au plus 30 questions\u00a0: partagez la leçon en deux"]);
  });

  test("passScore: a whole percentage from 1 to 100", () => {
    const withPass = (passScore: unknown) => issues(quizSchema, { passScore, questions: [single] });
    expect([withPass(1), withPass(100)]).toEqual([[], []]);
    expect(withPass(0)).toEqual(["passScore: au moins 1 (ici\u00a0: 0)"]);
    expect(withPass(101)).toEqual(["passScore: au plus 100 (ici\u00a0: 101)"]);
    expect(withPass(7.5)).toEqual(["passScore: valeur attendue\u00a0: un nombre entier, pas 7.5"]);
  });
});

test("the fixture's quizzes are valid as they are", () => {
  type LessonInput = z.input<typeof lessonSchema>;
  for (const file of [FIRST, SECOND]) expect(issues(quizSchema, fixtureData<LessonInput>(file).quiz), file).toEqual([]);
});
