// What a checklist says (src/lib/checklist/checklist-wording.ts), and how saved answers are read back
// (src/lib/checklist/checklist-answers.ts).
import { describe, expect, test } from "vitest";
import {
  DECISION,
  NOTICE,
  importChoice,
  importSummary,
  linkError,
  markdownDate,
  ownerCount,
  progressLine,
  sheetDate,
  summaryLine,
} from "../../src/lib/checklist/checklist-wording.ts";
import {
  answeredCount,
  savedAnswers,
  type ChecklistShape,
  type Summary,
} from "../../src/lib/checklist/checklist-answers.ts";

const NBSP = "\u00a0";
const summary = (included: number, decided: number, total: number): Summary => ({
  included,
  decided,
  total,
  byOwner: { cm: 0, direction: 0, "service-client": 0, partage: 0, "hors-perimetre": 0 },
});

describe("the live summary", () => {
  test("0 and 1 item take the singular", () => {
    expect(summaryLine(summary(0, 0, 60))).toBe("0 élément retenu sur 60, 60 encore à décider.");
    expect(summaryLine(summary(1, 3, 60))).toBe("1 élément retenu sur 60, 57 encore à décider.");
    expect(summaryLine(summary(2, 3, 60))).toBe("2 éléments retenus sur 60, 57 encore à décider.");
  });

  test("the progress in the bar: decided items out of all, 0 and 1 in the singular", () => {
    expect(progressLine(23, 66)).toBe(`23${NBSP}/${NBSP}66 décidés`);
    expect(progressLine(1, 66)).toBe(`1${NBSP}/${NBSP}66 décidé`);
    expect(progressLine(0, 66)).toBe(`0${NBSP}/${NBSP}66 décidé`);
  });

  test("a count per owner", () => {
    expect(ownerCount("direction", 1)).toBe(`Direction${NBSP}: 1`);
  });
});

describe("a sheet received by link", () => {
  test("says what it holds, the title quoted", () => {
    expect(importSummary("Rôle du CM", summary(2, 3, 60), 0)).toBe(
      `Ce lien contient une fiche «${NBSP}Rôle du CM${NBSP}»${NBSP}: 2 éléments retenus, 3 décidés sur 60. Vous n’avez encore aucune réponse sur cet appareil.`,
    );
    expect(importSummary("R", summary(1, 1, 60), 0)).toContain(`${NBSP}: 1 élément retenu, 1 décidé sur 60.`);
    expect(importSummary("R", summary(0, 0, 60), 0)).toContain(`${NBSP}: 0 élément retenu, 0 décidé sur 60.`);
  });

  test("and what opening it would replace, one answer or several", () => {
    expect(importSummary("R", summary(0, 0, 60), 1)).toMatch(/ L’ouvrir remplacera votre réponse actuelle\.$/);
    expect(importSummary("R", summary(0, 0, 60), 4)).toMatch(/ L’ouvrir remplacera vos 4 réponses actuelles\.$/);
  });

  test("with answers of one's own: replace them or keep them", () => {
    expect(importChoice(1)).toEqual({
      accept: "Remplacer mes réponses",
      refuse: "Garder mes réponses",
      accepted: "La fiche du lien a remplacé vos réponses.",
      refused: `Vos réponses sont conservées${NBSP}; la fiche du lien a été ignorée.`,
    });
  });

  test("with none yet: load the link's answers or not, nothing to replace or keep", () => {
    const choice = importChoice(0);
    expect(choice).toEqual({
      accept: "Charger ces réponses",
      refuse: "Ne pas les charger",
      accepted: "Les réponses du lien ont été chargées.",
      refused: "La fiche du lien a été ignorée.",
    });
    expect(Object.values(choice).join(" ")).not.toMatch(/remplac|garder|conserv/i);
  });

  test("a link that cannot be read says nothing changed", () => {
    expect(linkError("Ce lien est cassé.")).toBe("Ce lien est cassé. Vos réponses actuelles n’ont pas été modifiées.");
  });
});

test("notices put a no-break space before « : » and « ; »", () => {
  for (const text of [...Object.values(NOTICE), ...Object.values(importChoice(1)), ...Object.values(importChoice(0))]) {
    expect(text, text).not.toMatch(/ [:;!?]/);
    expect(text, text).not.toMatch(/[^\u00a0\u202f][:;!?]/);
  }
});

test("the sheet's decisions keep « Non retenu » apart from « À décider »", () => {
  expect(DECISION).toEqual({ in: "Oui", out: "Non retenu", open: "À décider" });
});

test("the printed sheet and the Markdown file are dated under their title", () => {
  expect(sheetDate("6 décembre 2026")).toBe("Fiche établie le 6 décembre 2026.");
  expect(markdownDate("6 décembre 2026")).toBe("Fiche établie le 6 décembre 2026 avec Relais.");
});

describe("answers read back from the device", () => {
  const shape: ChecklistShape = {
    title: "Rôle",
    labels: { included: "Retenu", owner: "Qui", note: "Note" },
    sections: [
      {
        id: "s",
        title: "S",
        items: [
          { id: "a", label: "A" },
          { id: "b", label: "B", owner: "cm" },
        ],
      },
    ],
  };

  test("an item the checklist no longer has is left out; an unknown owner counts as none", () => {
    expect(
      savedAnswers(shape, {
        a: { included: true, owner: "stagiaire", note: "n" },
        b: { included: false, owner: "direction", note: "" },
        disparu: { included: true, owner: "cm", note: "" },
      }),
    ).toEqual({ a: { included: true, owner: null, note: "n" }, b: { included: false, owner: "direction", note: "" } });
    expect(savedAnswers(shape, undefined)).toEqual({});
  });

  test("an item counts as answered once decided or noted", () => {
    expect(
      answeredCount({
        a: { included: null, owner: "cm", note: " " },
        b: { included: false, owner: null, note: "" },
        c: { included: null, owner: null, note: "vu" },
      }),
    ).toBe(2);
  });
});
