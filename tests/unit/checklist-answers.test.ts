// The answers given on a checklist (src/lib/checklist/checklist-answers.ts): read back from
// the device and counted for the summary (the sheet made of them: checklist-sheet.test.ts).
import { describe, expect, test } from "vitest";
import {
  OWNER_LABEL,
  answeredCount,
  blankAnswer,
  itemIds,
  knownOwner,
  savedAnswers,
  summarize,
  type Answers,
} from "../../src/lib/checklist/checklist-answers.ts";
import { checklist } from "../support/checklist-fixture.ts";

const noOwners = { cm: 0, direction: 0, "service-client": 0, partage: 0, "hors-perimetre": 0 };

describe("blankAnswer and knownOwner", () => {
  test("a blank answer is undecided, without owner or note", () => {
    expect(blankAnswer()).toEqual({ included: null, owner: null, note: "" });
  });

  test("only the five owners are known", () => {
    expect(knownOwner("cm")).toBe("cm");
    expect(knownOwner("hors-perimetre")).toBe("hors-perimetre");
    expect(knownOwner("stagiaire")).toBeNull();
    expect(knownOwner("")).toBeNull();
    expect(knownOwner(null)).toBeNull();
    expect(knownOwner(undefined)).toBeNull();
  });

  test("owner labels", () => {
    expect(OWNER_LABEL).toEqual({
      cm: "CM",
      direction: "Direction",
      "service-client": "Service client",
      partage: "Partagé",
      "hors-perimetre": "Hors périmètre",
    });
  });

  test("itemIds lists every item of every section", () => {
    expect([...itemIds(checklist)]).toEqual(["mentions", "avis", "publier", "alerter", "porte-parole"]);
  });
});

describe("savedAnswers", () => {
  test("drops items the checklist no longer has and unknown owners", () => {
    expect(
      savedAnswers(checklist, {
        mentions: { included: true, owner: "partage", note: "x" },
        avis: { included: false, owner: "stagiaire", note: "" },
        disparu: { included: true, owner: "cm", note: "" },
      }),
    ).toEqual({
      mentions: { included: true, owner: "partage", note: "x" },
      avis: { included: false, owner: null, note: "" },
    });
  });

  test("nothing saved reads as no answers", () => {
    expect(savedAnswers(checklist, undefined)).toEqual({});
  });
});

describe("answeredCount", () => {
  test("counts a decision or a note that is not blank", () => {
    const answers: Answers = {
      a: { included: true, owner: null, note: "" },
      b: { included: false, owner: null, note: "" },
      c: { included: null, owner: null, note: "une note" },
      d: { included: null, owner: "cm", note: "   " },
      e: { included: null, owner: null, note: "" },
    };
    expect(answeredCount(answers)).toBe(3);
    expect(answeredCount({ e: answers.e! })).toBe(0);
    expect(answeredCount({ d: answers.d! })).toBe(0);
    expect(answeredCount({ c: answers.c! })).toBe(1);
    expect(answeredCount({ b: answers.b! })).toBe(1);
  });
});

describe("summarize", () => {
  test("no answers: nothing decided, nothing included", () => {
    expect(summarize(checklist, {})).toEqual({ total: 5, decided: 0, included: 0, byOwner: noOwners });
  });

  test("counts items in scope per owner, the chosen owner before the suggested one", () => {
    const answers: Answers = {
      // Suggested owner cm, none chosen: counts for cm.
      mentions: { included: true, owner: null, note: "" },
      // Suggested direction, chosen service-client: counts for service-client.
      publier: { included: true, owner: "service-client", note: "" },
      // Out of scope: decided, but not counted for its owner.
      avis: { included: false, owner: "partage", note: "" },
      // In scope, no owner anywhere: included, counted for nobody.
      alerter: { included: true, owner: null, note: "" },
      // Undecided with a note: neither decided nor included.
      "porte-parole": { included: null, owner: "direction", note: "à voir" },
    };
    expect(summarize(checklist, answers)).toEqual({
      total: 5,
      decided: 4,
      included: 3,
      byOwner: { ...noOwners, cm: 1, "service-client": 1 },
    });
  });

  test("two items for the same owner count twice", () => {
    const answers: Answers = {
      mentions: { included: true, owner: "partage", note: "" },
      avis: { included: true, owner: "partage", note: "" },
    };
    expect(summarize(checklist, answers).byOwner).toEqual({ ...noOwners, partage: 2 });
  });
});
