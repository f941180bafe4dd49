import { describe, expect, test } from "vitest";
import {
  asListItem,
  deleteQuestion,
  deleted,
  describeSetAside,
  restoreResult,
  sizeLabel,
  trainerSetAsideNotice,
} from "../../src/lib/progress/set-aside-wording.ts";
import { WHOLE, emptyProgress } from "../../src/lib/progress/schema.ts";

const titles = {
  lessons: { a: "Garder des preuves" },
  simulations: { s: "Le troll" },
  checklists: { c: "Rôle du CM" },
};

describe("what was set aside, in plain words", () => {
  test("each entry names what it held, by its title", () => {
    const progress = {
      ...emptyProgress(),
      unread: { lessons: { a: 1 }, quizzes: { a: 2, inconnue: 3 }, simulations: { s: 4 }, checklists: { [WHOLE]: 5 } },
      unreadAssignments: { abc: 6 },
    };
    expect(describeSetAside(progress, [], titles)).toEqual([
      "la lecture de la leçon «\u00a0Garder des preuves\u00a0»",
      "le résultat du quiz de la leçon «\u00a0Garder des preuves\u00a0»",
      "le résultat du quiz de la leçon «\u00a0inconnue\u00a0»",
      "vos parties de la simulation «\u00a0Le troll\u00a0»",
      "toutes vos réponses aux fiches",
      "l’affectation «\u00a0abc\u00a0»",
    ]);
  });

  test("a part set aside whole says so; a checklist's entry names the checklist", () => {
    const progress = {
      ...emptyProgress(),
      unread: {
        lessons: { [WHOLE]: 1 },
        quizzes: { [WHOLE]: 2 },
        simulations: { [WHOLE]: 3 },
        checklists: { c: 4, autre: 5 },
      },
      unreadAssignments: { [WHOLE]: 6 },
    };
    expect(describeSetAside(progress, [], titles)).toEqual([
      "toutes vos lectures de leçons",
      "tous vos résultats de quiz",
      "toutes vos parties de simulation",
      "vos réponses à la fiche «\u00a0Rôle du CM\u00a0»",
      "vos réponses à la fiche «\u00a0autre\u00a0»",
      "toutes vos affectations",
    ]);
  });

  test("a whole copy says when it was set aside and how much it held", () => {
    const copies = [{ key: "k", at: "2026-11-20T10:00:00.000Z", size: 12_345 }];
    expect(describeSetAside(emptyProgress(), copies, titles)).toEqual([
      "une copie illisible de votre progression, mise de côté le 20 novembre 2026 (13\u00a0Ko)",
    ]);
    expect(describeSetAside(emptyProgress(), [{ key: "k", at: "hier", size: 3 }], titles)[0]).toContain(
      "à une date inconnue (3\u00a0caractères)",
    );
  });

  test("sizes read as people read them", () => {
    expect([1, 999, 1_000, 4_500_000].map(sizeLabel)).toEqual([
      "1\u00a0caractère",
      "999\u00a0caractères",
      "1\u00a0Ko",
      "4,5\u00a0Mo",
    ]);
    expect(sizeLabel(1_000_000)).toBe("1\u00a0Mo");
  });

  test("the trainer space says nothing when nothing was set aside, and what happened otherwise", () => {
    expect(trainerSetAsideNotice([], { recovered: false, lost: false })).toBeNull();
    expect(trainerSetAsideNotice([], { recovered: false, lost: true })).toContain("ils sont laissés tels quels");
    const copies = [{ key: "k", at: "2026-11-20T10:00:00.000Z", size: 2_000 }];
    expect(trainerSetAsideNotice(copies, { recovered: true, lost: false })).toMatch(
      /^Les affectations et tableaux .* Une copie entière est gardée à part \(la dernière mise de côté le 20 novembre 2026, 2\u00a0Ko\)/,
    );
  });

  test("the trainer space, on a later visit, says how many whole copies are kept", () => {
    const copy = (at: string) => ({ key: `k${at}`, at, size: 2_000 });
    expect(trainerSetAsideNotice([copy("2026-11-20T10:00:00.000Z")], { recovered: false, lost: false })).toBe(
      "Des données de l’espace formateur illisibles sont gardées sur cet appareil. Une copie entière est gardée à part (la dernière mise de côté le 20 novembre 2026, 2\u00a0Ko)\u00a0: rien n’a été effacé.",
    );
    expect(
      trainerSetAsideNotice([copy("2026-11-20T10:00:00.000Z"), copy("2026-11-21T10:00:00.000Z")], {
        recovered: false,
        lost: false,
      }),
    ).toMatch(/ 2 copies entières sont gardées à part \(la dernière mise de côté le 21 novembre 2026, /);
  });
});

describe("what the learner's set-aside section says", () => {
  test("each line as an item of the list", () => {
    expect(asListItem("la lecture de la leçon «\u00a0A\u00a0»")).toBe("La lecture de la leçon «\u00a0A\u00a0».");
  });

  test("after reading again: all of it, one left, several left, a copy that is not progress", () => {
    expect(restoreResult(0, 0)).toBe("Tout a pu être relu et a rejoint votre parcours.");
    expect(restoreResult(1, 0)).toBe(
      "Ce qui se lisait a rejoint votre parcours. Un élément ne se lit toujours pas et reste de côté.",
    );
    expect(restoreResult(2, 1)).toBe(
      "Ce qui se lisait a rejoint votre parcours. 2 éléments ne se lisent toujours pas et restent de côté (une copie qui n’est pas une progression lisible n’est jamais effacée sans vous).",
    );
  });

  test("before and after deleting", () => {
    expect(deleteQuestion(1)).toBe(
      "L’élément mis de côté sera supprimé de cet appareil. Le reste de votre parcours ne change pas.",
    );
    expect(deleteQuestion(2)).toMatch(/^Les 2 éléments mis de côté seront supprimés de cet appareil\./);
    expect(deleteQuestion(3)).toMatch(/^Les 3 éléments mis de côté seront supprimés de cet appareil\./);
    expect(deleted(true)).toBe("Les données mises de côté ont été supprimées.");
    expect(deleted(false)).toBe("Votre navigateur n’a pas permis de supprimer les copies mises de côté.");
  });
});
