// A question's fingerprint follows what makes its answer right, and only that: a review kept for
// a question whose options or steps were rewritten starts again; a reworded explanation keeps it.
import { describe, expect, test } from "vitest";
import { questionFingerprint } from "../../src/lib/review/fingerprint.ts";
import type { Question } from "../../src/schemas/quiz.ts";

const option = (id: string, text: string, correct = false) => ({ id, text, correct, feedback: `Parce que ${id}.` });
const single: Question = {
  id: "q1",
  kind: "single",
  prompt: "Laquelle ?",
  explanation: "Celle-ci.",
  options: [option("a", "Oui", true), option("b", "Non")],
};
const ordering: Question = {
  id: "q2",
  kind: "ordering",
  prompt: "Dans l’ordre ?",
  explanation: "Ainsi.",
  steps: [
    { id: "s1", text: "Un" },
    { id: "s2", text: "Deux" },
    { id: "s3", text: "Trois" },
  ],
};
const scenario: Question = { ...single, kind: "scenario", situation: "Un commentaire haineux arrive." };
const fp = questionFingerprint;

describe("questionFingerprint", () => {
  test("is short, stable across releases (devices keep it), and in base 36", () => {
    // Changing the hash would reset every learner's reviews: these values must not move.
    expect(fp(single)).toBe("103ss97");
    expect(fp(ordering)).toBe("1yycn0t");
    expect(fp(scenario)).toMatch(/^[0-9a-z]{1,7}$/);
  });

  test("changes when an option's text, which option is right, the prompt, the situation or the kind changes", () => {
    const changed: Question[] = [
      { ...single, options: [option("a", "Oui, bien sûr", true), option("b", "Non")] },
      { ...single, options: [option("a", "Oui"), option("b", "Non", true)] },
      { ...single, options: [option("a", "Oui", true), option("b", "Non"), option("c", "Peut-être")] },
      { ...single, prompt: "Laquelle n’est pas juste ?" },
      { ...single, kind: "multiple" },
      { ...scenario, situation: "Un commentaire drôle arrive." },
    ];
    for (const question of changed) expect(fp(question), JSON.stringify(question)).not.toBe(fp(single));
    expect(fp(scenario)).not.toBe(fp({ ...scenario, situation: "Autre chose." }));
  });

  test("changes when steps are reworded or reordered", () => {
    const [a, b, c] = ordering.kind === "ordering" ? ordering.steps : [];
    expect(fp({ ...ordering, steps: [b!, a!, c!] })).not.toBe(fp(ordering));
    expect(fp({ ...ordering, steps: [a!, b!, { ...c!, text: "Quatre" }] })).not.toBe(fp(ordering));
  });

  test("stays when only feedback, the explanation, ids, option order or spacing change", () => {
    const same: Question[] = [
      { ...single, explanation: "Une tout autre explication." },
      {
        ...single,
        options: [
          { ...option("a", "Oui", true), feedback: "Autre retour." },
          { ...option("b", "Non"), feedback: "" },
        ],
      },
      { ...single, id: "q9", options: [option("x", "Oui", true), option("y", "Non")] },
      { ...single, options: [option("b", "Non"), option("a", "Oui", true)] },
      { ...single, prompt: " Laquelle\n ?", options: [option("a", "Oui ", true), option("b", "Non")] },
    ];
    for (const question of same) expect(fp(question), JSON.stringify(question)).toBe(fp(single));
    expect(
      fp({
        ...ordering,
        steps: ordering.kind === "ordering" ? ordering.steps.map((s, i) => ({ ...s, id: `e${i}` })) : [],
      }),
    ).toBe(fp(ordering));
  });

  test("the same text composed two ways gives the same fingerprint", () => {
    const decomposed = { ...single, prompt: "Quelle réponse ?".replace("é", "e\u0301") };
    expect(decomposed.prompt).not.toBe("Quelle réponse ?");
    expect(fp(decomposed)).toBe(fp({ ...single, prompt: "Quelle réponse ?" }));
  });
});
