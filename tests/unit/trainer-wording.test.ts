// What the trainer space says (src/lib/assignments/trainer-wording.ts): 0 and 1 take the
// singular, no-break spaces before « : ; ! ? » and inside guillemets, and the very sentences
// the browser tests look for.
import { describe, expect, test } from "vitest";
import * as say from "../../src/lib/assignments/trainer-wording.ts";

const NBSP = "\u00a0";
const q = (text: string) => `«${NBSP}${text}${NBSP}»`;

/** Every string a wording function can return, for the typography checks. */
const all = [
  say.fieldProblem("cohort", "est vide"),
  say.DUE_PASSED,
  say.LINK_READY,
  say.COPY_FAILED,
  say.QR_TOO_LONG,
  say.deleteConfirmation("Promo", 2),
  say.cohortSummary(3, 1, 0),
  say.cohortUnread(2),
  say.clearConfirmation("Promo", 2),
  say.IMPORT_CANCELLED,
  say.replaceQuestion(2),
  say.replaceLine("Zoé", "1er décembre 2026", "2 décembre 2026", true),
  say.KEPT,
  say.NOT_A_LINK,
  say.OTHER_VERSION,
  say.alreadyHere("Promo"),
  say.added("Promo"),
  say.notAdded("Lien abîmé.", true),
  ...(["2027-01-03", "2027-01-10"] as const).flatMap((created) =>
    ["Inès", "Paul"].map((trainer) =>
      say.otherAssignment(
        { id: "zzzz9999zzzz", cohort: "Promo", trainer, due: "2027-01-31", created },
        { id: "abcd1234efgh", cohort: "Promo", trainer: "Inès", due: "2027-01-31", created: "2027-01-10" },
      ),
    ),
  ),
  say.unreadEntries(2)!,
  say.restored(1),
  say.sameReportTwice("a.json", "Zoé", "b.json"),
  say.newerReportInstead("a.json", "Zoé", "b.json"),
  say.alreadyInTable("a.json", "Zoé"),
];

describe("typography", () => {
  test("a no-break space before « : ; ! ? » and inside guillemets, never a plain one", () => {
    for (const text of all) {
      expect(text, text).not.toMatch(/ [:;!?»]/);
      expect(text, text).not.toMatch(/« /);
      expect(text, text).not.toMatch(/[^\s\u00a0][:;!?](\s|$)/);
    }
  });
});

describe("creating an assignment", () => {
  test("a field's problem names the field as the form labels it", () => {
    expect(say.fieldProblem("cohort", "est vide")).toBe(`Nom de la cohorte${NBSP}: est vide.`);
    expect(say.fieldProblem("due", "Invalid date")).toBe(`Date limite${NBSP}: choisissez une date.`);
    expect(say.fieldProblem("passScore", "Invalid type")).toBe(
      `Score de réussite${NBSP}: un nombre entier de 0 à 100.`,
    );
    expect(say.fieldProblem("trainer", "Invalid length")).toBe(`Votre nom${NBSP}: valeur incorrecte.`);
    expect(say.fieldProblem("inconnu", "est vide")).toBe(`inconnu${NBSP}: est vide.`);
  });

  test("contents chosen: nothing for none, the singular for one", () => {
    expect(say.chosenCount(0)).toBe("");
    expect(say.chosenCount(1)).toBe(`1${NBSP}contenu choisi.`);
    expect(say.chosenCount(2)).toBe(`2${NBSP}contenus choisis.`);
  });

  test("the sheet and the list of assignments", () => {
    expect(say.sheetTitle("Promo d’hiver")).toBe(`Affectation ${q("Promo d’hiver")}`);
    expect(say.qrLabel("Promo")).toBe(`QR code du lien d’affectation ${q("Promo")}`);
    expect(say.sheetFacts("Inès", "1er décembre 2030", 70)).toEqual([
      ["Formateur ou formatrice", "Inès"],
      ["À terminer au plus tard le", "1er décembre 2030"],
      ["Score de réussite", `70${NBSP}% à chaque quiz et simulation`],
    ]);
    expect(say.sheetItem("Le troll", true)).toBe("Le troll (simulation)");
    expect(say.sheetItem("Écouter", false)).toBe("Écouter");
    expect(say.deleteLabel("Promo d’hiver")).toBe(`Supprimer l’affectation ${q("Promo d’hiver")}…`);
    expect(say.mineDetails("1er décembre 2030", 1)).toBe(` — à terminer le 1er décembre 2030, 1${NBSP}contenu. `);
    expect(say.mineDetails("1er décembre 2030", 3)).toBe(` — à terminer le 1er décembre 2030, 3${NBSP}contenus. `);
  });

  test("deleting an assignment says what goes with it: no report, one, several", () => {
    const rest = ` de cet appareil. Les apprenants qui l’ont acceptée la gardent${NBSP}; si vous avez gardé son lien, vous pourrez la rajouter dans le tableau de cohorte.`;
    expect(say.deleteConfirmation("Promo", 0)).toBe(`L’affectation ${q("Promo")} sera effacée${rest}`);
    expect(say.deleteConfirmation("Promo", 1)).toBe(
      `L’affectation ${q("Promo")} et le rapport importé seront effacés${rest}`,
    );
    expect(say.deleteConfirmation("Promo", 3)).toBe(
      `L’affectation ${q("Promo")} et les 3${NBSP}rapports importés seront effacés${rest}`,
    );
    expect(say.deleted("Promo d’hiver")).toBe(`L’affectation ${q("Promo d’hiver")} a été supprimée de cet appareil.`);
  });
});

describe("the cohort table", () => {
  test("facts and summary, 0 and 1 in the singular", () => {
    expect(say.assignmentOption("Promo", "1er décembre 2030")).toBe("Promo — échéance le 1er décembre 2030");
    expect(say.assignmentOption("Promo", "1er décembre 2030", "3 novembre 2030")).toBe(
      "Promo — échéance le 1er décembre 2030, créée le 3 novembre 2030",
    );
    expect(say.cohortFacts("1er décembre 2030", "il reste 3 jours", 70, 1)).toBe(
      `Échéance le 1er décembre 2030 (il reste 3 jours), réussite à 70${NBSP}%, 1 contenu.`,
    );
    expect(say.cohortFacts("1er décembre 2030", "Aujourd’hui", 70, 2)).toMatch(/, 2 contenus\.$/);
    expect(say.cohortSummary(1, 0, 0)).toBe(`1 apprenant${NBSP}: personne n’a tout réussi, 0 en retard.`);
    expect(say.cohortSummary(2, 1, 1)).toBe(`2 apprenants${NBSP}: 1 a tout réussi, 1 en retard.`);
    expect(say.cohortSummary(3, 2, 0)).toBe(`3 apprenants${NBSP}: 2 ont tout réussi, 0 en retard.`);
    expect(say.percent(85)).toBe(`85${NBSP}%`);
  });

  test("entries set aside: nothing said for none, agreement for one and several", () => {
    expect(say.cohortUnread(0)).toBe("");
    expect(say.cohortUnread(1)).toMatch(
      /^Une affectation ou un rapport enregistré sur cet appareil n’a pas pu être relu .* il est gardé de côté, hors du tableau\./,
    );
    expect(say.cohortUnread(2)).toMatch(
      new RegExp(
        `^2${NBSP}affectations ou rapports enregistrés sur cet appareil n’ont pas pu être relus .* ils sont gardés de côté`,
      ),
    );
    expect(say.unreadEntries(0)).toBeUndefined();
    expect(say.unreadEntries(1)).toBe(
      "Une affectation ou un rapport enregistré ne se lit pas et est gardé à part, hors des tableaux.",
    );
    expect(say.unreadEntries(4)).toBe(
      `4${NBSP}affectations ou rapports enregistrés ne se lisent pas et sont gardés à part, hors des tableaux.`,
    );
  });

  test("emptying a table", () => {
    const rest = ` de cet appareil. L’affectation elle-même reste${NBSP}; vous pourrez réimporter les fichiers.`;
    expect(say.clearConfirmation("Promo", 0)).toBe(`Les rapports importés pour ${q("Promo")} seront effacés${rest}`);
    expect(say.clearConfirmation("Promo", 1)).toBe(`Le rapport importé pour ${q("Promo")} sera effacé${rest}`);
    expect(say.clearConfirmation("Promo", 2)).toBe(`Les 2 rapports importés pour ${q("Promo")} seront effacés${rest}`);
  });

  test("imports: 0 and 1 report in the singular", () => {
    expect(say.importSummary(0, 6)).toBe("0 rapport ajouté sur 6 fichiers.");
    expect(say.importSummary(1, 1)).toBe("1 rapport ajouté sur 1 fichier.");
    expect(say.importSummary(2, 3)).toBe("2 rapports ajoutés sur 3 fichiers.");
    expect(say.replaced(1)).toBe("1 ligne remplacée.");
    expect(say.replaced(2)).toBe("2 lignes remplacées.");
    expect(say.csvExported(0)).toBe("Fichier CSV exporté (0 ligne).");
    expect(say.csvExported(5)).toBe("Fichier CSV exporté (5 lignes).");
  });

  test("rows to replace: one learner or several, an older report flagged", () => {
    expect(say.replaceQuestion(1)).toBe(
      `Un apprenant a déjà une ligne dans le tableau, avec un autre rapport. Remplacer sa ligne par le nouveau rapport${NBSP}?`,
    );
    expect(say.replaceQuestion(2)).toMatch(/^2 apprenants ont déjà une ligne .* Remplacer leur ligne /);
    expect(say.replaceLine("Zoé", "2 décembre 2026", "1er décembre 2026", true)).toBe(
      `Zoé${NBSP}: rapport du 2 décembre 2026 dans le tableau, nouveau rapport du 1er décembre 2026 (plus ancien${NBSP}!).`,
    );
    expect(say.replaceLine("Zoé", "1er décembre 2026", "2 décembre 2026", false)).toMatch(/2 décembre 2026\.$/);
  });

  test("report files refused, each named", () => {
    expect(say.alreadyInTable("zoe.json", "Zoé Ângelo")).toBe(
      `${q("zoe.json")}${NBSP}: ce rapport de Zoé Ângelo est déjà dans le tableau.`,
    );
    expect(say.newerReportInstead("zoe.json", "Zoé Ângelo", "zoe-2.json")).toBe(
      `${q("zoe.json")}${NBSP}: un rapport plus récent de Zoé Ângelo (${q("zoe-2.json")}) est importé à sa place.`,
    );
    expect(say.sameReportTwice("a.json", "Zoé", "b.json")).toBe(
      `${q("a.json")}${NBSP}: ce rapport de Zoé fait doublon avec ${q("b.json")}${NBSP}; il n’est compté qu’une fois.`,
    );
    const ours = {
      id: "abcd1234efgh",
      cohort: "Promo d’hiver",
      trainer: "Inès",
      due: "2027-01-31",
      created: "2027-01-10",
    };
    expect(say.otherAssignment({ ...ours, id: "zzzz9999zzzz", cohort: "Promo d’été" }, ours)).toBe(
      `ce rapport concerne l’affectation ${q("Promo d’été")}, pas ${q("Promo d’hiver")}.`,
    );
  });

  test("a report of another assignment of the same name: what tells them apart is named", () => {
    const ours = {
      id: "abcd1234efgh",
      cohort: "Promo Janvier 2027",
      trainer: "Inès",
      due: "2027-01-31",
      created: "2027-01-10",
    };
    const theirs = { ...ours, id: "zzzz9999zzzz" };
    const same = `ce rapport concerne une autre affectation nommée elle aussi ${q("Promo Janvier 2027")}`;
    expect(say.otherAssignment({ ...theirs, created: "2027-01-03", due: "2027-02-01" }, ours)).toBe(
      `${same}, créée le 3 janvier 2027${NBSP}; celle de ce tableau a été créée le 10 janvier 2027.`,
    );
    expect(say.otherAssignment({ ...theirs, due: "2027-02-01", trainer: "Paul" }, ours)).toBe(
      `${same}, à terminer le 1er février 2027${NBSP}; celle de ce tableau est à terminer le 31 janvier 2027.`,
    );
    expect(say.otherAssignment({ ...theirs, trainer: "Paul" }, ours)).toBe(
      `${same}, créée par Paul${NBSP}; celle de ce tableau l’a été par Inès.`,
    );
    expect(say.otherAssignment(theirs, ours)).toBe(
      `${same}, d’identifiant ${q("zzzz9999zzzz")}${NBSP}; celle de ce tableau a pour identifiant ${q("abcd1234efgh")}.`,
    );
    // Never the name against itself.
    for (const other of [theirs, { ...theirs, trainer: "Paul" }, { ...theirs, created: "2027-01-03" }])
      expect(say.otherAssignment(other, ours)).not.toContain(`pas ${q("Promo Janvier 2027")}`);
  });

  test("adding an assignment by its link", () => {
    expect(say.NOT_A_LINK).toBe(`Ce n’est pas un lien d’affectation Relais (il lui manque la partie après ${q("#")}).`);
    expect(say.notAdded("Lien abîmé.")).toBe("Lien abîmé. Rien n’a été ajouté.");
    // The trainer made the link: a damaged one is copied again, never asked from « votre formateur ».
    const damaged = say.notAdded("Ce lien d’affectation est incomplet ou a été modifié.", true);
    expect(damaged).toBe(
      `Ce lien d’affectation est incomplet ou a été modifié. Copiez-le à nouveau en entier depuis l’Espace formateur de l’appareil où l’affectation a été créée (${q("Revoir le lien et le QR code")}), ou depuis le message envoyé aux apprenants. Rien n’a été ajouté.`,
    );
    expect(damaged).not.toMatch(/votre format(eur|rice)/i);
    expect(say.added("Promo d’hiver")).toBe(
      `L’affectation ${q("Promo d’hiver")} est ajoutée${NBSP}: vous pouvez importer ses rapports.`,
    );
    expect(say.alreadyHere("Promo")).toBe(
      `L’affectation ${q("Promo")} est déjà sur cet appareil${NBSP}: elle est sélectionnée.`,
    );
  });

  test("data set aside read again: all of it, or some left", () => {
    expect(say.restored(0)).toBe("Tout a pu être relu et a rejoint vos affectations et tableaux.");
    expect(say.restored(2)).toMatch(
      new RegExp(`tableaux${NBSP}; le reste ne se lit toujours pas et reste de côté\\.$`),
    );
  });
});
