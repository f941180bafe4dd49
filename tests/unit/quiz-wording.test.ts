// What the interactive quiz says (src/lib/quiz/quiz-wording.ts): French plurals (0 and 1 singular)
// and the no-break spaces before « : ! » and inside guillemets.
import { describe, expect, test } from "vitest";
import * as say from "../../src/lib/quiz/quiz-wording.ts";

const NBSP = "\u00a0";

describe("the result sentence", () => {
  test("passed with every answer right", () => {
    expect(say.resultSentence({ right: 2, total: 2, percent: 100, passed: true }, 80)).toBe(
      `Résultat${NBSP}: 2 bonnes réponses sur 2 (100${NBSP}%). Quiz réussi\u202f! Le seuil était de 80${NBSP}%.`,
    );
  });

  test("passed with one answer missed, and with two", () => {
    expect(say.resultSentence({ right: 4, total: 5, percent: 80, passed: true }, 80)).toMatch(
      / Relisez la réponse manquée ci-dessus\.$/,
    );
    expect(say.resultSentence({ right: 8, total: 10, percent: 80, passed: true }, 80)).toMatch(
      / Relisez les réponses manquées ci-dessus\.$/,
    );
  });

  test("failed: 0 and 1 right answer take the singular, and what to redo agrees with what was missed", () => {
    expect(say.resultSentence({ right: 0, total: 3, percent: 0, passed: false }, 80)).toBe(
      `Résultat${NBSP}: 0 bonne réponse sur 3 (0${NBSP}%). Il faut 80${NBSP}% pour réussir${NBSP}: lisez les bonnes réponses ci-dessus, puis refaites les questions manquées.`,
    );
    expect(say.resultSentence({ right: 1, total: 2, percent: 50, passed: false }, 80)).toBe(
      `Résultat${NBSP}: 1 bonne réponse sur 2 (50${NBSP}%). Il faut 80${NBSP}% pour réussir${NBSP}: lisez les bonnes réponses ci-dessus, puis refaites la question manquée.`,
    );
  });

  test("a result shown again says when it was answered", () => {
    expect(say.resultSentence({ right: 2, total: 2, percent: 100, passed: true }, 80, "4 décembre 2026")).toMatch(
      new RegExp(`^Dernier résultat, le 4 décembre 2026${NBSP}: 2 bonnes réponses`),
    );
  });
});

test("questions left blank are named by number", () => {
  expect(say.unanswered([2])).toBe(`Il reste une question sans réponse${NBSP}: question 2.`);
  expect(say.unanswered([2, 5])).toBe(`Il reste 2 questions sans réponse${NBSP}: question 2, question 5.`);
});

test("retrying names how many questions to redo", () => {
  expect(say.retryMissed(1)).toBe("Refaites la question manquée, puis vérifiez.");
  expect(say.retryMissed(3)).toBe("Refaites les 3 questions manquées, puis vérifiez.");
});

test("verdicts, tags and the score card", () => {
  expect([say.questionVerdict(true), say.questionVerdict(false)]).toEqual(["Bonne réponse.", "Réponse incorrecte."]);
  expect([say.optionTag(true, true, false), say.optionTag(true, false, true)]).toEqual([
    `Bon choix${NBSP}: `,
    `Mauvais choix${NBSP}: `,
  ]);
  // A right option the learner did not pick.
  expect([say.optionTag(false, true, true), say.optionTag(false, true, false)]).toEqual([
    `À cocher aussi${NBSP}: `,
    `La bonne réponse${NBSP}: `,
  ]);
  expect([say.percent(0), say.passMarkLabel(70)]).toEqual([`0${NBSP}%`, `seuil${NBSP}: 70${NBSP}%`]);
  expect([say.scoreVerdict(true), say.scoreVerdict(false)]).toEqual(["✓ Quiz réussi", "Pas encore réussi"]);
});

test("moving a step is read aloud with the step quoted", () => {
  expect(say.stepMoved("Répondre", 2, 4)).toBe(`«${NBSP}Répondre${NBSP}» est maintenant en position 2 sur 4.`);
  expect(say.stepAtEnd("Répondre", true)).toBe(`«${NBSP}Répondre${NBSP}» est déjà en première position.`);
  expect(say.stepAtEnd("Répondre", false)).toBe(`«${NBSP}Répondre${NBSP}» est déjà en dernière position.`);
});

describe("an explainer's « Pour vérifier »: no score, no pass mark, the reader's words", () => {
  test("its introduction, by the number of questions", () => {
    expect(say.checkIntro(2)).toBe(
      `2 questions pour vous assurer que l’essentiel est clair. Rien n’est noté${NBSP}: chaque réponse est expliquée.`,
    );
    expect(say.checkIntro(1)).toMatch(/^Une question pour/);
  });

  test("no word of it is a score or a verdict on the reader", () => {
    const said = [say.CHECK_TITLE, say.checkIntro(3), say.CHECK_ALL, say.CHECK_SOME, say.OUTCOME_TITLE].join(" ");
    expect(said).not.toMatch(/quiz|seuil|réussi|score|%|incorrect|acquis/i);
  });
});
