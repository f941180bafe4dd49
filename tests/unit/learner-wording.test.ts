// What the learner reads about assignments (src/lib/assignments/learner-wording.ts): the offer,
// the cards of « Mon parcours », the certificate. French plurals (0 and 1 singular), guillemets
// and double punctuation with their no-break spaces.
import { describe, expect, test } from "vitest";
import * as say from "../../src/lib/assignments/learner-wording.ts";
import { dueLabel } from "../../src/lib/assignments/status.ts";
import { sampleAssignment } from "../support/sample-assignment.ts";
import { typographyFaults } from "../support/french-typography.ts";

const NBSP = "\u00a0";
const faults = (text: string) => typographyFaults(`<body>${text}</body>`);
const assignment = sampleAssignment;

describe("the offer", () => {
  test("its title and facts", () => {
    expect(say.cohortTitle("Promo d’hiver")).toBe(`Cohorte «${NBSP}Promo d’hiver${NBSP}»`);
    expect(say.offerFacts(assignment, dueLabel(7))).toEqual([
      ["Confiée par", "Inès Moreau"],
      ["À terminer au plus tard le", `20 décembre 2026 (il reste 7${NBSP}jours)`],
      ["Réussite", `70${NBSP}% ou plus à chaque quiz et simulation`],
    ]);
    expect(say.itemKind("simulation:bad-buzz")).toBe(" — simulation");
    expect(say.itemKind("lecon:ecouter")).toBe(" — leçon et quiz");
  });

  test("a link that cannot be read changes nothing, and says so", () => {
    expect(say.linkRefused("Ce lien est trop long.")).toBe(
      "Ce lien est trop long. Votre parcours n’a pas été modifié.",
    );
    // A damaged link: the learner asks their trainer for it again.
    expect(say.linkRefused("Ce lien d’affectation est incomplet.", true)).toBe(
      "Ce lien d’affectation est incomplet. Demandez le lien à nouveau à votre formateur. Votre parcours n’a pas été modifié.",
    );
    expect(say.NO_ASSIGNMENT_IN_LINK).toMatch(/^Ce lien ne contient pas d’affectation\./);
  });

  test("accepted already, this version or another", () => {
    expect(say.alreadyAccepted("2026-12-01T10:00:00.000Z")).toMatch(
      /^Vous avez accepté cette affectation le 1er décembre 2026\. Elle est dans Mon parcours\.$/,
    );
    expect(say.OTHER_VERSION_ACCEPTED).toContain("L’accepter à nouveau la remplace");
  });
});

describe("the cards of « Mon parcours »", () => {
  test("why a name cannot go on a report", () => {
    expect(say.nameProblem("est vide")).toBe("Votre nom est nécessaire pour le rapport.");
    expect(say.nameProblem("dépasse 80 caractères")).toBe("Votre nom dépasse 80 caractères.");
  });

  test("assignments set aside: nothing said for none, one and several agreed", () => {
    expect(say.unreadAssignments(0)).toBe("");
    expect(say.unreadAssignments(1)).toBe(
      `Une affectation enregistrée sur cet appareil n’a pas pu être lue (données abîmées ou d’une autre version de Relais)${NBSP}: elle est gardée de côté, sans effet sur votre progression. Rouvrez le lien de votre formateur pour l’accepter à nouveau.`,
    );
    expect(say.unreadAssignments(2)).toBe(
      `2${NBSP}affectations enregistrées sur cet appareil n’ont pas pu être lues (données abîmées ou d’une autre version de Relais)${NBSP}: elles sont gardées de côté, sans effet sur votre progression. Rouvrez les liens de vos formateurs pour les accepter à nouveau.`,
    );
  });

  test("the caption that names a card's table of contents for screen readers", () => {
    expect(say.contentsCaption("Promo d’hiver")).toBe(`Contenus de l’affectation «${NBSP}Promo d’hiver${NBSP}»`);
  });

  test("the due line and the completion, 0, 1 and 2 passed", () => {
    expect(say.cardDue(assignment, "2026-12-01T10:00:00.000Z")).toBe(
      `Confiée par Inès Moreau, acceptée le 1er décembre 2026. À terminer le 20 décembre 2026${NBSP}: `,
    );
    expect(say.completionLine(0, 0, 2, 70)).toBe(
      `0${NBSP}% terminé${NBSP}: 0 sur 2 réussi (seuil${NBSP}: 70${NBSP}%).`,
    );
    expect(say.completionLine(50, 1, 2, 70)).toBe(
      `50${NBSP}% terminé${NBSP}: 1 sur 2 réussi (seuil${NBSP}: 70${NBSP}%).`,
    );
    expect(say.completionLine(100, 2, 2, 70)).toBe(
      `100${NBSP}% terminé${NBSP}: 2 sur 2 réussis (seuil${NBSP}: 70${NBSP}%).`,
    );
  });

  test("an item's row", () => {
    expect(say.stateCell({ state: "reussi", ending: null })).toBe("Réussi");
    expect(say.stateCell({ state: "a-refaire", ending: "Le calme" })).toBe(`À refaire — fin «${NBSP}Le calme${NBSP}»`);
    expect([say.scoreCell(null), say.scoreCell(85)]).toEqual(["—", `85${NBSP}%`]);
    expect([say.dateCell(null), say.dateCell("2026-12-01T10:00:00.000Z")]).toEqual(["—", "1er décembre 2026"]);
  });

  test("removing, and the report downloaded", () => {
    expect(say.removeQuestion("Promo d’hiver")).toBe(
      `L’affectation «${NBSP}Promo d’hiver${NBSP}» disparaîtra de cet appareil. Vos leçons lues et vos résultats restent.`,
    );
    expect(say.reportDownloaded("rapport.json", "Inès")).toBe(
      `Rapport téléchargé («${NBSP}rapport.json${NBSP}»). Envoyez ce fichier à Inès.`,
    );
  });
});

describe("the certificate", () => {
  test("not yet: what is left, 1 and 2", () => {
    expect(say.certificateNotYet(1, 2, 50)).toBe(
      `Le certificat sera disponible quand tout sera réussi${NBSP}: il reste 1 contenu sur 2 (50${NBSP}% terminé).`,
    );
    expect(say.certificateNotYet(2, 3, 33)).toContain("il reste 2 contenus sur 3");
  });

  test("its text, scores and date", () => {
    expect(say.certificateText(assignment)).toBe(
      `a réussi l’ensemble de l’affectation «${NBSP}Promo d’hiver${NBSP}» confiée par Inès Moreau, avec au moins 70${NBSP}% à chaque quiz et simulation.`,
    );
    expect([say.certificateScore(null), say.certificateScore(90)]).toEqual([`100${NBSP}%`, `90${NBSP}%`]);
    expect(say.certificateDate("2026-12-02T10:00:00.000Z", "2026-12-20")).toBe(
      "Terminé le 2 décembre 2026, pour une échéance au 20 décembre 2026.",
    );
    expect(say.certificateTitle("Zoé")).toBe("Certificat — Zoé — Relais");
  });
});

test("every sentence follows French typography", () => {
  const all = [
    say.cohortTitle("A"),
    ...say.offerFacts(assignment, dueLabel(-2)).flat(),
    say.NO_ASSIGNMENT_IN_LINK,
    say.OTHER_VERSION_ACCEPTED,
    say.ACCEPTED,
    say.unreadAssignments(1),
    say.unreadAssignments(3),
    say.cardDue(assignment, "2026-12-01T10:00:00.000Z") + "terminée.",
    say.completionLine(50, 1, 2, 70),
    say.contentsCaption("A"),
    say.stateCell({ state: "a-refaire", ending: "Fin" }),
    say.removeQuestion("A"),
    say.reportDownloaded("a.json", "B"),
    say.certificateNotYet(1, 2, 50),
    say.certificateText(assignment),
    say.NOT_IN_PARCOURS,
    say.NAME_FIRST,
  ];
  expect(all.flatMap(faults)).toEqual([]);
});

test("due labels: 1 and 0 take the singular", () => {
  expect([2, 1, 0, -1, -3].map(dueLabel)).toEqual([
    `il reste 2${NBSP}jours`,
    `il reste 1${NBSP}jour`,
    "dernier jour aujourd’hui",
    `en retard de 1${NBSP}jour`,
    `en retard de 3${NBSP}jours`,
  ]);
});

test("a card's due line goes on after its colon in lower case, never « : Il reste 42 jours »", () => {
  const line = (days: number) => say.cardDue(assignment, "2026-12-01T10:00:00.000Z") + dueLabel(days) + ".";
  expect(line(42)).toBe(
    `Confiée par Inès Moreau, acceptée le 1er décembre 2026. À terminer le 20 décembre 2026${NBSP}: il reste 42${NBSP}jours.`,
  );
  for (const days of [42, 1, 0, -3]) expect(line(days)).not.toMatch(/:\s*\p{Lu}/u);
  expect(say.cardDue(assignment, "2026-12-01T10:00:00.000Z") + say.DONE + ".").toMatch(/\u00a0: terminée\.$/);
});
