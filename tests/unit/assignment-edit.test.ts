// Issue 21, trainer side: editing an assignment (a new version that replaces the old, chains
// included), what the learner is told, the invitation message and its mailto: link, and the
// questions missed that a report carries. Pure functions, no browser.
import { describe, expect, test } from "vitest";
import * as v from "valibot";
import {
  choicesOf,
  currentFirst,
  latestVersion,
  replacedBy,
  replacement,
} from "../../src/lib/assignments/assignment-edit.ts";
import { assignmentSchema, sameAssignment, type Assignment } from "../../src/lib/assignments/assignment-schema.ts";
import { acceptAssignment } from "../../src/lib/progress/parcours-changes.ts";
import { emptyProgress, type Progress } from "../../src/lib/progress/schema.ts";
import { replacedByAccepted, replacedCard, replacesAccepted } from "../../src/lib/assignments/learner-wording.ts";
import { deleteConfirmation, replacedNote } from "../../src/lib/assignments/trainer-wording.ts";
import {
  invitationSubject,
  invitationText,
  mailtoHref,
  mailtoInvitation,
  MAX_MAILTO,
  frenchWeekday,
} from "../../src/lib/assignments/invitation-wording.ts";
import { lessonsWithMisses, questionTexts, withMissed } from "../../src/lib/assignments/missed.ts";
import { buildReport, parseReport, MAX_MISSED_TEXT } from "../../src/lib/assignments/report.ts";
import { statusesOf } from "../../src/lib/assignments/status.ts";
import { sampleAssignment } from "../support/sample-assignment.ts";

const A: Assignment = { ...sampleAssignment, due: "2026-12-18" };
const B = replacement(A, { ...choicesOf(A), due: "2026-12-23" }, "bbbb2222bbbb", "2026-12-02");
const C = replacement(B, { ...choicesOf(B), cohort: "Promo d’hiver bis" }, "cccc3333cccc", "2026-12-04");

describe("editing an assignment makes a new version that replaces it", () => {
  test("the new version: the trainer's choices, a new id and day, and what it replaces", () => {
    expect(B).toEqual({ ...A, id: "bbbb2222bbbb", created: "2026-12-02", due: "2026-12-23", replaces: A.id });
    expect(v.safeParse(assignmentSchema, B).success).toBe(true);
    // The form opens with the old one's choices, never its identity.
    expect(choicesOf(B)).not.toHaveProperty("id");
    expect(choicesOf(B)).not.toHaveProperty("replaces");
    expect(choicesOf(B)).not.toHaveProperty("created");
  });

  test("`replaces` is optional, checked like an id, and part of what makes two copies the same", () => {
    expect(v.safeParse(assignmentSchema, A).success).toBe(true);
    expect(v.safeParse(assignmentSchema, { ...A, replaces: "__proto__" }).success).toBe(false);
    expect(v.safeParse(assignmentSchema, { ...A, replaces: "<b>" }).success).toBe(false);
    expect(sameAssignment(B, { ...B, replaces: "zzzz9999zzzz" })).toBe(false);
    expect(sameAssignment(B, { ...B })).toBe(true);
  });

  test("chains: A replaced by B replaced by C; the latest version of each is C", () => {
    const by = replacedBy([C, A, B]);
    expect(by.get(A.id)?.id).toBe(B.id);
    expect(by.get(B.id)?.id).toBe(C.id);
    expect(by.has(C.id)).toBe(false);
    expect(latestVersion(A, [A, B, C]).id).toBe(C.id);
    expect(latestVersion(B, [A, B, C]).id).toBe(C.id);
    // Without B on this device, A has no known replacement.
    expect(latestVersion(A, [A, C]).id).toBe(A.id);
  });

  test("two edits of one version: the later one wins, the same on every device", () => {
    const other = replacement(A, choicesOf(A), "aaaa0000zzzz", "2026-12-03");
    expect(replacedBy([other, B]).get(A.id)?.id).toBe(other.id);
    expect(replacedBy([B, other]).get(A.id)?.id).toBe(other.id);
  });

  test("a loop in hand-edited data ends rather than going round", () => {
    const loopA = { ...A, replaces: C.id };
    expect(latestVersion(loopA, [loopA, B, C]).id).toBe(C.id);
    // From C the loop leads back round to B: it stops there, on a version of the chain.
    expect(latestVersion(C, [loopA, B, C]).id).toBe(B.id);
    expect(replacedBy([{ ...A, replaces: A.id }]).size).toBe(0);
  });

  test("lists show current versions first, then replaced ones, each in order", () => {
    const other: Assignment = { ...A, id: "dddd4444dddd", due: "2027-01-10" };
    const byDue = (a: Assignment, b: Assignment) => a.due.localeCompare(b.due);
    expect(currentFirst([other, A, C, B], (a) => a, byDue).map((a) => a.id)).toEqual([C.id, other.id, A.id, B.id]);
  });
});

describe("the learner who accepted the old version", () => {
  const accepted = (progress: Progress, a: Assignment, at: string, key: string) =>
    acceptAssignment(progress, a, new Date(at), key);

  test("accepting the new version keeps the old one and the learner's key; progress is per item", () => {
    const withA = accepted(emptyProgress(), A, "2026-12-01T09:00:00Z", "learnerkey01");
    const withB = accepted(withA, B, "2026-12-03T09:00:00Z", "otherkey0002");
    expect(Object.keys(withB.assignments!)).toEqual([A.id, B.id]);
    expect(withB.assignments![B.id]).toEqual({
      assignment: B,
      acceptedAt: "2026-12-03T09:00:00.000Z",
      learnerKey: "learnerkey01",
    });
    expect(withB.assignments![A.id]).toEqual(withA.assignments![A.id]);
    // And down the chain.
    const withC = accepted(withB, C, "2026-12-05T09:00:00Z", "thirdkey0003");
    expect(withC.assignments![C.id]!.learnerKey).toBe("learnerkey01");
    // An assignment replacing one never accepted gets the fresh key.
    expect(accepted(emptyProgress(), C, "2026-12-05T09:00:00Z", "thirdkey0003").assignments![C.id]!.learnerKey).toBe(
      "thirdkey0003",
    );
  });

  test("what the offer and the card say", () => {
    expect(replacesAccepted("Promo d’hiver", "2026-12-01T09:00:00Z")).toBe(
      "Cette affectation est une nouvelle version de «\u00a0Promo d’hiver\u00a0», que vous avez acceptée le 1er décembre 2026, et la remplace. Acceptez-la pour la suivre dans Mon parcours\u00a0: vos leçons lues et vos résultats y comptent aussi, et l’ancienne y reste, marquée remplacée.",
    );
    expect(replacedByAccepted("Promo d’hiver bis", "2026-12-05T09:00:00Z")).toContain(
      "remplacée par une nouvelle version, «\u00a0Promo d’hiver bis\u00a0», que vous avez acceptée le 5 décembre 2026",
    );
    expect(replacedCard(C)).toBe(
      "Remplacée par une nouvelle version («\u00a0Promo d’hiver bis\u00a0», du 4 décembre 2026)\u00a0: suivez-la plus haut. Le rapport de cette version-ci reste téléchargeable.",
    );
  });

  test("what the trainer's list says of a replaced version", () => {
    expect(replacedNote(B, A.cohort)).toBe("Remplacée par la version du 2 décembre 2026. ");
    expect(replacedNote(C, B.cohort)).toBe(
      "Remplacée par la version du 4 décembre 2026 («\u00a0Promo d’hiver bis\u00a0»). ",
    );
    expect(deleteConfirmation("Promo d’hiver", 0, true)).toMatch(/^Cette ancienne version a été remplacée/);
    expect(deleteConfirmation("Promo d’hiver", 0)).toMatch(/^L’affectation «/);
  });
});

describe("the invitation message", () => {
  const url = "https://relais.example/affectation/#a1.abcdef";
  const titles = ["Écouter avant de répondre", "Bad buzz du vendredi soir"];

  test("the due date in words, with its weekday", () => {
    expect(frenchWeekday("2026-12-18")).toBe("vendredi 18 décembre 2026");
    expect(frenchWeekday("2027-03-01")).toBe("lundi 1er mars 2027");
    expect(invitationSubject(A)).toBe(
      "Affectation «\u00a0Promo d’hiver\u00a0» à terminer le vendredi 18 décembre 2026",
    );
  });

  test("cohort, trainer, contents, due date, the link and how to send the report back", () => {
    const text = invitationText({ assignment: { ...A, message: "On en parle jeudi !" }, url, titles });
    expect(text).toBe(
      [
        "Bonjour,",
        "Je vous confie une affectation sur Relais pour la cohorte «\u00a0Promo d’hiver\u00a0», à terminer au plus tard le vendredi 18 décembre 2026\u00a0:\n- Écouter avant de répondre (leçon et quiz)\n- Bad buzz du vendredi soir (simulation)",
        "Un quiz ou une simulation compte comme réussi à partir de 70\u00a0%.",
        "On en parle jeudi !",
        `Pour commencer, ouvrez ce lien et choisissez «\u00a0Accepter l’affectation\u00a0»\u00a0:\n${url}\nVotre avancement reste sur votre appareil\u00a0: personne ne le voit sans vous.`,
        "Pour me rendre compte de votre travail, au plus tard le vendredi 18 décembre 2026\u00a0: ouvrez «\u00a0Mon parcours\u00a0» sur Relais, indiquez votre nom, choisissez «\u00a0Télécharger mon rapport\u00a0» et envoyez-moi le fichier téléchargé en pièce jointe, en réponse à ce message.",
        "Bonne formation,\nInès Moreau",
      ].join("\n\n"),
    );
  });

  test("a new version says which one it replaces; the short form drops the list and the message", () => {
    const text = invitationText({ assignment: B, url, titles, replaced: A });
    expect(text).toContain("Cette version remplace l’affectation «\u00a0Promo d’hiver\u00a0» du 30 novembre 2026");
    const short = invitationText({ assignment: { ...B, message: "Un mot" }, url, titles, replaced: A }, true);
    expect(short).not.toContain("Écouter avant de répondre");
    expect(short).not.toContain("Un mot");
    expect(short).toContain(url);
    expect(short).toContain("vendredi 18 décembre 2026".replace("vendredi 18", "mercredi 23"));
  });

  test("mailto: subject and body encoded, line breaks as CRLF, within the limit or not at all", () => {
    expect(mailtoHref("Objet é", "a\nb")).toBe("mailto:?subject=Objet%20%C3%A9&body=a%0D%0Ab");
    expect(mailtoHref("x", "y".repeat(3000))).toBeUndefined();
    const input = { assignment: A, url, titles };
    const whole = mailtoInvitation(input)!;
    expect(whole.short).toBe(false);
    expect(decodeURIComponent(whole.href.split("&body=")[1]!)).toBe(invitationText(input).replace(/\n/g, "\r\n"));
    // A long message: the short form fits; a link too long for any: nothing.
    const long = { ...input, assignment: { ...A, message: "é".repeat(400) } };
    const short = mailtoInvitation(long)!;
    expect(short.short).toBe(true);
    expect(short.href.length).toBeLessThanOrEqual(MAX_MAILTO);
    expect(mailtoInvitation({ ...input, url: `${url}${"x".repeat(MAX_MAILTO)}` })).toBeUndefined();
  });
});

describe("questions missed, in the report", () => {
  const lesson: Assignment = { ...A, items: ["lecon:ecouter", "lecon:relire", "simulation:bad-buzz"] };
  const quiz = (correct: string[], total: number) => ({
    answers: {},
    correct,
    total,
    percent: Math.floor((100 * correct.length) / total),
    passed: false,
    at: "2026-12-02T10:00:00.000Z",
  });
  const progress: Progress = {
    ...emptyProgress(),
    quizzes: { ecouter: quiz(["q1"], 3), relire: quiz(["q1", "q2"], 2) },
  };
  const questions = new Map([
    [
      "ecouter",
      [
        { id: "q1", prompt: "Première ?" },
        { id: "q2", prompt: "Deuxième\n  sur deux lignes ?" },
        { id: "q3", prompt: "x".repeat(400) },
      ],
    ],
  ]);

  test("only lessons with a question wrong are fetched", () => {
    expect(lessonsWithMisses(progress, lesson)).toEqual(["ecouter"]);
    expect(lessonsWithMisses(emptyProgress(), lesson)).toEqual([]);
  });

  test("each wrong question's text, one line, cut to the bound; nothing without the lesson's questions", () => {
    const statuses = withMissed(statusesOf(progress, lesson), progress, questions);
    expect(statuses[0]!.missed).toEqual(["Deuxième sur deux lignes ?", `${"x".repeat(MAX_MISSED_TEXT - 1)}…`]);
    expect(statuses[0]!.missed![1]!.length).toBe(MAX_MISSED_TEXT);
    expect(statuses[1]).not.toHaveProperty("missed");
    expect(statuses[2]).not.toHaveProperty("missed");
    // Lessons not fetched (an explainer, offline) get no list rather than a wrong one.
    expect(withMissed(statusesOf(progress, lesson), progress, new Map())[0]).not.toHaveProperty("missed");
  });

  test("a report with `missed` reads back; an older one without it still imports; bounds are checked", () => {
    const statuses = withMissed(statusesOf(progress, lesson), progress, questions);
    const report = buildReport({
      name: "Léa",
      key: "learnerkey01",
      assignment: lesson,
      acceptedAt: "2026-12-01T09:00:00.000Z",
      statuses,
      now: new Date("2026-12-03T09:00:00Z"),
    });
    const read = (r: unknown) => {
      const text = JSON.stringify(r);
      return parseReport("rapport.json", text, text.length, lesson);
    };
    const back = read(report);
    expect(back.ok && back.report.items[0]!.missed).toEqual(statuses[0]!.missed);
    const old = { ...report, items: report.items.map(({ missed: _m, ...rest }) => rest) };
    expect(read(old).ok).toBe(true);
    const tooLong = { ...report, items: [{ ...report.items[0], missed: ["x".repeat(301)] }, ...report.items.slice(1)] };
    expect(read(tooLong)).toMatchObject({ ok: false, error: expect.stringContaining("items.0.missed.0") });
    const tooMany = {
      ...report,
      items: [{ ...report.items[0], missed: Array(31).fill("q") }, ...report.items.slice(1)],
    };
    expect(read(tooMany).ok).toBe(false);
  });
});

test("a lesson's question file is read for ids and texts, and anything else is not", () => {
  expect(questionTexts({ questions: [{ id: "q1", prompt: "Quoi ?", options: [] }] })).toEqual([
    { id: "q1", prompt: "Quoi ?" },
  ]);
  expect(questionTexts({ questions: [{ id: "q1" }] })).toBeUndefined();
  expect(questionTexts(null)).toBeUndefined();
  expect(questionTexts("<html>")).toBeUndefined();
});
