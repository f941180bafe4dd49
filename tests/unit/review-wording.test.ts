// What « Révisions » says: French plurals (0 and 1 singular), « et » before the last part, and
// no-break spaces (U+00A0) after numbers and before colons.
import { describe, expect, test } from "vitest";
import {
  NOTHING_DUE,
  dueWords,
  reconcileNotice,
  reviewsLink,
  sessionSummary,
  upcomingParts,
  upcomingSentence,
} from "../../src/lib/review/review-wording.ts";
import { typographyFaults } from "../support/french-typography.ts";

const S = "\u00a0";
const none = { now: 0, tomorrow: 0, week: 0, month: 0, later: 0 };

describe("what comes next", () => {
  test("only the parts that are not zero, « question » once, « et » before the last", () => {
    expect(upcomingParts({ ...none, tomorrow: 3, week: 5 })).toBe(`3${S}questions demain et 5${S}d’ici une semaine`);
    expect(upcomingParts({ now: 2, tomorrow: 3, week: 5, month: 1, later: 4 })).toBe(
      `2${S}questions dès maintenant, 3${S}demain, 5${S}d’ici une semaine, 1${S}d’ici un mois et 4${S}plus tard`,
    );
    expect(upcomingParts({ ...none, month: 1 })).toBe(`1${S}question d’ici un mois`);
    expect(upcomingParts({ ...none, week: 1, later: 7 })).toBe(`1${S}question d’ici une semaine et 7${S}plus tard`);
    expect(upcomingParts(none)).toBe("");
  });

  test("as a sentence, or that nothing is left to review", () => {
    expect(upcomingSentence({ ...none, tomorrow: 1 })).toBe(`À venir${S}: 1${S}question demain.`);
    expect(upcomingSentence(none)).toBe(NOTHING_DUE);
    expect(NOTHING_DUE).toBe("Aucune question à revoir pour l’instant.");
  });
});

describe("the link and its count", () => {
  test("« Révisions (3) », named « Révisions, 3 questions à revoir » for screen readers", () => {
    expect(reviewsLink(3)).toEqual({ text: "Révisions (3)", label: `Révisions, 3${S}questions à revoir` });
    expect(reviewsLink(1)).toEqual({ text: "Révisions (1)", label: `Révisions, 1${S}question à revoir` });
    expect(reviewsLink(0)).toEqual({ text: "Révisions", label: "Révisions" });
    expect(dueWords(2)).toBe(`2${S}questions à revoir`);
  });
});

describe("a session and the course's changes", () => {
  test("« 4 sur 6 justes », agreeing with the right answers", () => {
    expect(sessionSummary(4, 6)).toBe("4 sur 6 justes");
    expect(sessionSummary(1, 6)).toBe("1 sur 6 juste");
    expect(sessionSummary(0, 2)).toBe("0 sur 2 juste");
  });

  test("questions removed or rewritten are said, singular and plural; nothing changed says nothing", () => {
    expect(reconcileNotice({ dropped: 1, reset: 0 })).toBe(`1${S}question retirée du cours a quitté vos révisions.`);
    expect(reconcileNotice({ dropped: 0, reset: 2 })).toBe(`2${S}questions modifiées repartent de zéro.`);
    expect(reconcileNotice({ dropped: 3, reset: 1 })).toBe(
      `3${S}questions retirées du cours ont quitté vos révisions. 1${S}question modifiée repart de zéro.`,
    );
    expect(reconcileNotice({ dropped: 0, reset: 0 })).toBeNull();
  });

  test("every sentence follows French typography", () => {
    const all = [
      upcomingSentence({ now: 1, tomorrow: 2, week: 3, month: 4, later: 5 }),
      NOTHING_DUE,
      reviewsLink(3).label,
      reconcileNotice({ dropped: 2, reset: 2 })!,
      sessionSummary(4, 6),
    ];
    expect(all.flatMap((text) => typographyFaults(`<body>${text}</body>`))).toEqual([]);
  });
});
