// The content check the build starts with (src/lib/content-check/check-content.ts): every problem of
// the fixture course at once, each with its file, line and field, in French an author acts on.
import { describe, expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { checkContent, type ContentFiles } from "../../src/lib/content-check/check-content.ts";
import { fixedPages } from "../../src/integrations/content-check.ts";
import { formatProblems } from "../../src/lib/course/content-problems.ts";
import { useAuthorMessages } from "../../src/schemas/messages.ts";
import { BASE_CONTENT, fixtureText, replace } from "../support/content-files.ts";
/** New text for a fixture file, an edit of it, or null to delete it. */
type ContentEdits = Record<string, string | null | ((text: string) => string)>;
import { ROOT } from "../support/paths.ts";

useAuthorMessages();

const FIRST = "lessons/alpha/premiere.mdx";
const MODULE = "modules/beta.yaml";
const TERM = "glossary/troll.yaml";

const filesOf = (folder: string) =>
  readdirSync(join(BASE_CONTENT, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .map((f) => `${folder}/${f.split(sep).join("/")}`);

/** The fixture course as the build hands it to the check, after `edits` (null deletes a file). */
function course(edits: ContentEdits = {}): ContentFiles {
  const read = (folder: string) => {
    const names = new Set([...filesOf(folder), ...Object.keys(edits).filter((f) => f.startsWith(`${folder}/`))]);
    return [...names].sort().flatMap((name) => {
      const edit = edits[name];
      if (edit === null) return [];
      const text = typeof edit === "string" ? edit : (edit ?? ((t: string) => t))(fixtureText(name));
      return [{ file: `content/${name}`, text }];
    });
  };
  return {
    contentDir: "content",
    lessons: read("lessons"),
    modules: read("modules"),
    glossary: read("glossary"),
    simulations: read("simulations"),
    checklists: read("checklists"),
    guides: read("guides"),
    fixedPages: fixedPages(join(ROOT, "src/pages")),
    publicFiles: ["/favicon.svg", "/icon-192.png"],
  };
}

/** The line of the file where `text` first appears (1-based). */
const lineOf = (file: string, text: string, edit: (t: string) => string = (t) => t) => {
  const lines = edit(fixtureText(file)).split("\n");
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} not in ${file}`);
  return index + 1;
};

const appendToBody = (text: string) => (lesson: string) => `${lesson.trimEnd()}\n\n${text}\n`;

test("the fixture course has no problem", () => {
  expect(checkContent(course())).toEqual([]);
});

describe("dates are real days of the calendar, refused otherwise", () => {
  test.each(["2026-02-30", "2026-04-31", "2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10"])("%s", (day) => {
    const edit = replace(/^checked: .*$/m, `checked: ${day}`);
    expect(checkContent(course({ [FIRST]: edit }))).toEqual([
      {
        file: `content/${FIRST}`,
        line: lineOf(FIRST, "checked:"),
        field: "checked",
        message: `date de vérification\u00a0: «\u00a0${day}\u00a0» n'est pas un jour du calendrier`,
      },
    ]);
  });

  test.each(["2028-02-29", "2000-02-29", "2026-12-31"])("%s is a day", (day) => {
    expect(checkContent(course({ [FIRST]: replace(/^checked: .*$/m, `checked: ${day}`) }))).toEqual([]);
  });

  test("another form of date is refused with the expected form", () => {
    const [problem] = checkContent(course({ [FIRST]: replace(/^checked: .*$/m, "checked: 30/11/2026") }));
    expect(problem?.message).toBe(
      "date de vérification\u00a0: date attendue au format AAAA-MM-JJ (par exemple 2026-11-22), pas «\u00a030/11/2026\u00a0»",
    );
  });

  test("a missing date is named as missing", () => {
    const [problem] = checkContent(course({ [FIRST]: replace(/^checked: .*\n/m, "") }));
    expect(problem).toMatchObject({
      field: "checked",
      message: "date de vérification est obligatoire, au format AAAA-MM-JJ",
    });
  });
});

describe("links in a lesson's body lead somewhere, or the build names file, line and link", () => {
  const withLinks = (...links: string[]) => appendToBody(links.map((l, i) => `Ligne ${i}\u00a0: ${l}`).join("\n\n"));

  test("a dead link to a lesson, with the near name", () => {
    const edit = withLinks("Voir [cette fiche](/lecons/deuxeme/).");
    expect(checkContent(course({ [FIRST]: edit }))).toEqual([
      {
        file: `content/${FIRST}`,
        line: lineOf(FIRST, "cette fiche", edit),
        message:
          "lien mort\u00a0: /lecons/deuxeme/ n'est pas une page du site\u00a0: vouliez-vous dire /lecons/deuxieme/\u00a0?",
      },
    ]);
  });

  test("an unknown heading of another lesson, and of this one", () => {
    const second = "lessons/alpha/deuxieme.mdx";
    const headings = fixtureText(second).match(/^## (.*)$/m);
    expect(headings, "the fixture's second lesson has a ## heading").not.toBeNull();
    const edit = withLinks("[là](/lecons/deuxieme/#nulle-part)", "[ici](#ailleurs)");
    const problems = checkContent(course({ [FIRST]: edit }));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^ancre inconnue #nulle-part sur \/lecons\/deuxieme\//),
      expect.stringMatching(/^ancre inconnue #ailleurs dans cette page/),
    ]);
    expect(problems.map((p) => p.line)).toEqual([lineOf(FIRST, "[là]", edit), lineOf(FIRST, "[ici]", edit)]);
  });

  test("a glossary anchor that is no term, with the near term", () => {
    const [problem] = checkContent(course({ [FIRST]: withLinks("Un [troll](/glossaire/#trol).") }));
    expect(problem?.message).toBe(
      "ancre inconnue #trol sur /glossaire/\u00a0: vouliez-vous dire /glossaire/#troll\u00a0?",
    );
  });

  test("links that lead somewhere pass: pages, headings, terms, public files, other sites, code", () => {
    const second = fixtureText("lessons/alpha/deuxieme.mdx");
    const heading = /^## (.*)$/m.exec(second)![1]!;
    const anchor = heading
      .toLowerCase()
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .replace(/\s/g, "-");
    const edit = withLinks(
      "[leçon](/lecons/deuxieme/)",
      `[titre](/lecons/deuxieme/#${anchor})`,
      "[terme](/glossaire/#troll)",
      "[module](/modules/beta/)",
      "[simulation](/simulations/exercice/)",
      "[fiche](/fiches/essai/)",
      "[public](/pour/parent/)",
      "[catalogue](/catalogue/)",
      "[accueil](/)",
      "![icône](/favicon.svg)",
      "[loi](https://www.legifrance.gouv.fr/)",
      "[courriel](mailto:contact@example.org)",
      "`[pas un lien](/nulle-part/)`",
      "\n```\n[pas un lien non plus](/nulle-part/)\n```",
      "[relatif](../deuxieme/)",
    );
    expect(checkContent(course({ [FIRST]: edit }))).toEqual([]);
  });
});

describe("what the site's own pages link to", () => {
  test("a checklist the footer and a door lead to, removed or renamed: named, with the pages that lead to it", () => {
    const edits = {
      "checklists/role-du-cm.yaml": null,
      "checklists/plan-de-continuite.yaml": null,
      "checklists/plan-de-continuite-2027.yaml": fixtureText("checklists/plan-de-continuite.yaml"),
    };
    expect(formatProblems(checkContent(course(edits))).split("\n")).toEqual([
      "Contenu invalide (2 problèmes)\u00a0:",
      "  content/checklists/plan-de-continuite.yaml  fiche manquante\u00a0: le pied de chaque page y mène (/fiches/plan-de-continuite/)",
      "  content/checklists/role-du-cm.yaml  fiche manquante\u00a0: le pied de chaque page et la page /pour/dirigeant/ y mènent (/fiches/role-du-cm/)",
    ]);
  });
});

describe("every problem at once, each where it is", () => {
  test("three mistakes in three files, each with its line and field", () => {
    const edits = {
      [FIRST]: replace(/^checked: .*$/m, "checked: 2026-02-30"),
      [MODULE]: replace(/^order: .*$/m, "order: zéro"),
      [TERM]: (text: string) => `${text.trimEnd()}\nauteur: Karim\n`,
    };
    const problems = checkContent(course(edits));
    expect(formatProblems(problems).split("\n")).toEqual([
      "Contenu invalide (3 problèmes)\u00a0:",
      `  content/${TERM}:${lineOf(TERM, "auteur", edits[TERM])}  auteur: champ inconnu`,
      `  content/${FIRST}:${lineOf(FIRST, "checked:")}  checked: date de vérification\u00a0: «\u00a02026-02-30\u00a0» n'est pas un jour du calendrier`,
      `  content/${MODULE}:${lineOf(MODULE, "order:")}  order: position du module attendue (1, 2, 3…)`,
    ]);
  });

  test("three MDX mistakes in three lessons, each at its line, with the schema's in the same run", () => {
    const second = "lessons/alpha/deuxieme.mdx";
    const third = "lessons/troisieme.mdx";
    const edits = {
      [FIRST]: appendToBody("<Encadre>attention</Encadre>"),
      [second]: appendToBody("Le budget {annuel"),
      [third]: (text: string) => appendToBody("<!-- à revoir -->")(text.replace(/^level: .*$/m, "level: facile")),
    };
    const problems = checkContent(course(edits));
    expect(problems.map((p) => [p.file, p.line, p.field, p.message.split("\u00a0:")[0]])).toEqual([
      [
        `content/${second}`,
        lineOf(second, "{annuel", edits[second]),
        undefined,
        "accolade «\u00a0{\u00a0» jamais fermée",
      ],
      [
        `content/${FIRST}`,
        lineOf(FIRST, "<Encadre>", edits[FIRST]),
        undefined,
        "le composant <Encadre> est utilisé sans être importé",
      ],
      [`content/${third}`, lineOf(third, "level:"), "level", "niveau inconnu («\u00a0facile\u00a0»)"],
      [`content/${third}`, lineOf(third, "<!--", edits[third]), undefined, "«\u00a0<!--\u00a0» n'existe pas en MDX"],
    ]);
  });

  test("a lesson's import is looked for beside the lesson, on the disk the build reads", () => {
    const folders: string[] = [];
    const disk = {
      filesIn: (folder: string) => {
        folders.push(folder);
        return folder === "src/components/diagram" ? ["Diagram.astro"] : undefined;
      },
    };
    const edit = (text: string) =>
      text.replace(/^---\n\n/m, '---\n\nimport Diagram from "../../../src/components/diagram/Diagram.astro";\n\n');
    expect(checkContent({ ...course({ [FIRST]: edit }), disk })).toEqual([]);
    expect(folders).toEqual(["src/components/diagram"]);
  });

  test("an unknown field gets the near field its place knows, at the top and deep in a quiz, and only that", () => {
    const edit = (text: string) =>
      text
        .replace(/^summary:/m, "sumary:")
        .replace(/^(\s+)text: Il anime une communauté/m, "$1txt: Il anime une communauté");
    // The field « missing » under its right name is the same mistake: not said a second time.
    expect(checkContent(course({ [FIRST]: edit }))).toEqual([
      {
        file: `content/${FIRST}`,
        line: lineOf(FIRST, "sumary:", edit),
        field: "sumary",
        message: "champ inconnu\u00a0: vouliez-vous dire «\u00a0summary\u00a0»\u00a0?",
      },
      {
        file: `content/${FIRST}`,
        line: lineOf(FIRST, "txt: Il anime", edit),
        field: "quiz.questions.0.options.1.txt",
        message: "champ inconnu\u00a0: vouliez-vous dire «\u00a0text\u00a0»\u00a0?",
      },
    ]);
  });

  test("a sentence read as a field's name points at a quote left open above, not at an unknown field", () => {
    const edit = (text: string) => `${text.trimEnd()}\n"Le CM suit l’actualité de son secteur, et": oui\n`;
    expect(checkContent(course({ [TERM]: edit }))).toEqual([
      {
        file: `content/${TERM}`,
        line: lineOf(TERM, "Le CM suit", edit),
        message:
          "texte lu comme un nom de champ («\u00a0Le CM suit l’actualité de son…\u00a0»)\u00a0: un guillemet ouvert plus haut n'a sans doute pas été fermé",
      },
    ]);
  });

  test("a nested field is found on its own line", () => {
    const edit = replace(/^(\s+)- id: a\n(\s+)text: Il anime une communauté/m, "$1- id: a\n$2text: 42");
    const [problem] = checkContent(course({ [FIRST]: edit }));
    expect(problem).toMatchObject({ field: "quiz.questions.0.options.1.text", line: lineOf(FIRST, "text: 42", edit) });
  });

  test("a YAML that cannot be read is named with its line, and the other files are still checked", () => {
    const edits = {
      [FIRST]: replace("title: Première leçon", "title: [Première leçon"),
      [MODULE]: replace(/^order: .*$/m, "order: 0"),
    };
    const problems = checkContent(course(edits));
    expect(problems).toEqual([
      expect.objectContaining({ file: `content/${FIRST}`, message: expect.stringMatching(/^YAML illisible\u00a0: /) }),
      expect.objectContaining({
        file: `content/${MODULE}`,
        field: "order",
        message: "position du module attendue (1, 2, 3…)",
      }),
    ]);
  });

  test("a file that cannot be parsed is still known by name: citing it is no problem", () => {
    const edits = { [MODULE]: replace(/^order: .*$/m, "order: 0") };
    expect(checkContent(course(edits)).map((p) => p.file)).toEqual([`content/${MODULE}`]);
  });

  test("a reference to nothing, with the near name and the line of the item", () => {
    const second = "lessons/alpha/deuxieme.mdx";
    const edit = replace("related: [troisieme]", "related: [troisiemme]");
    expect(checkContent(course({ [second]: edit }))).toEqual([
      {
        file: `content/${second}`,
        line: lineOf(second, "related:"),
        field: "related.0",
        message:
          "la leçon «\u00a0troisiemme\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0troisieme\u00a0»\u00a0?",
      },
    ]);
  });

  test("checks across files get the line of their field", () => {
    const second = "lessons/alpha/deuxieme.mdx";
    const problems = checkContent(course({ [second]: replace("order: 2", "order: 1") }));
    // Files are read in name order: deuxieme takes position 1 first, premiere is the one in conflict.
    expect(problems).toEqual([
      {
        file: `content/${FIRST}`,
        field: "order",
        line: lineOf(FIRST, "order:"),
        message: `la position 1 du module «\u00a0alpha\u00a0» est déjà prise par content/${second}`,
      },
    ]);
  });

  test("one file's schema problem hides no check across the others: positions, cycles, guides, a term citing itself", () => {
    const second = "lessons/alpha/deuxieme.mdx";
    const edits = {
      // The schema problem, in a file of its own.
      "lessons/piege.mdx": replace(/^level: .*$/m, "level: facile"),
      // A position taken twice, a cycle of prerequisites, two modules at one place, a term citing itself.
      [second]: replace("order: 2", "order: 1"),
      [FIRST]: replace(/^order: 1$/m, "order: 1\nprerequisites: [deuxieme]"),
      "modules/alpha.yaml": replace(/^order: .*$/m, "order: 2"),
      [TERM]: replace("seeAlso: [moderation]", "seeAlso: [moderation, troll]"),
      // A module whose guide is unreadable still has one; a module whose guide is gone has none.
      "guides/alpha.yaml": (text: string) => `${text.trimEnd()}\nauteur: Karim\n`,
      "guides/beta.yaml": null,
    };
    const said = checkContent(course(edits)).map((p) => `${p.file} ${p.field ?? ""} ${p.message.split("\u00a0:")[0]}`);
    expect(said).toEqual(
      expect.arrayContaining([
        "content/lessons/piege.mdx level niveau inconnu («\u00a0facile\u00a0»)",
        `content/${FIRST} order la position 1 du module «\u00a0alpha\u00a0» est déjà prise par content/${second}`,
        expect.stringMatching(/ prerequisites cycle de prérequis$/),
        "content/modules/beta.yaml order la position 2 du cours est déjà prise par le module «\u00a0alpha\u00a0» (content/modules/alpha.yaml)",
        `content/${TERM} seeAlso.1 le terme se cite lui-même`,
        "content/modules/beta.yaml  le module «\u00a0beta\u00a0» n'a pas de guide du formateur",
      ]),
    );
    expect(said.filter((line) => line.includes("guide du formateur"))).toHaveLength(1);
  });

  test("a file its schema refuses still has its references checked, at their lines, in the same run", () => {
    const second = "lessons/alpha/deuxieme.mdx";
    const edits = {
      [second]: (text: string) =>
        text.replace(/^level: .*$/m, "level: facile").replace("related: [troisieme]", "related: [troisiemme]"),
      [TERM]: (text: string) => `${text.replace("seeAlso: [moderation]", "seeAlso: [moderaton]")}auteur: Karim\n`,
    };
    const said = checkContent(course(edits)).map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`);
    expect(said).toEqual([
      `content/${TERM}:${lineOf(TERM, "seeAlso", edits[TERM])} seeAlso.0 le terme «\u00a0moderaton\u00a0» n'existe pas dans le glossaire\u00a0: vouliez-vous dire «\u00a0moderation\u00a0»\u00a0?`,
      `content/${TERM}:${lineOf(TERM, "auteur", edits[TERM])} auteur champ inconnu`,
      expect.stringMatching(new RegExp(`^content/${second}:${lineOf(second, "level:")} level niveau inconnu`)),
      `content/${second}:${lineOf(second, "related:")} related.0 la leçon «\u00a0troisiemme\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0troisieme\u00a0»\u00a0?`,
    ]);
  });

  test("the search's synonyms are read with the rest: their form said at its line before any page is built", () => {
    const synonyms = { file: "content/synonymes.yaml", text: "- [patron, dirigeant]\n- [Chef, boss]\n- [seul]\n" };
    expect(checkContent({ ...course(), synonyms })).toEqual([
      {
        file: "content/synonymes.yaml",
        line: 2,
        message: "«\u00a0Chef\u00a0»\u00a0: écrivez les synonymes en minuscules",
      },
      {
        file: "content/synonymes.yaml",
        line: 3,
        message: "un groupe est une liste d’au moins deux mots («\u00a0[patron, dirigeant]\u00a0»)",
      },
    ]);
  });

  test("a lesson with no text after its frontmatter, or only an import and a component, at the body's first line", () => {
    const headOnly = (text: string) => text.slice(0, text.indexOf("\n---\n") + 5);
    const componentOnly = (text: string) =>
      `${headOnly(text)}\nimport Diagram from "../../../src/components/diagram/Diagram.astro";\n\n<Diagram kind="steps" items={["a"]} />\n`;
    for (const edit of [headOnly, componentOnly]) {
      expect(checkContent(course({ [FIRST]: edit }))).toEqual([
        {
          file: `content/${FIRST}`,
          line: edit(fixtureText(FIRST)).split("\n").indexOf("---", 1) + 2,
          message: "la leçon n'a pas de texte après son en-tête\u00a0: écrire le texte à partir de cette ligne",
        },
      ]);
    }
  });

  test("a title whose quote is left open: said once, at its line, not as the fields it swallowed", () => {
    // The summary's own quotes close the title's: the YAML reads, a sentence becomes a field's name.
    const edit = (text: string) =>
      text.replace(/^title: (.*)$/m, 'title: "$1').replace(/^summary: .*$/m, 'summary: "Une leçon\u00a0: de test."');
    expect(checkContent(course({ [FIRST]: edit }))).toEqual([
      {
        file: `content/${FIRST}`,
        line: lineOf(FIRST, "title:"),
        message:
          'YAML illisible\u00a0: guillemet «\u00a0"\u00a0» jamais fermé\u00a0: fermer le texte par un guillemet sur la même ligne',
      },
    ]);
  });

  test("a lesson whose frontmatter is not closed is still a page: links and references to it are no problem", () => {
    const unclosed = (text: string) => text.replace(/\n---\n/, "\n--\n");
    const problems = checkContent(course({ "lessons/troisieme.mdx": unclosed }));
    // deuxieme cites it in `related`, and the fixture links to it: only its own problem is said.
    expect(problems).toEqual([
      {
        file: "content/lessons/troisieme.mdx",
        line: 1,
        message: "l'en-tête n'est pas fermé\u00a0: ajouter une ligne «\u00a0---\u00a0» après son dernier champ",
      },
    ]);
  });

  test("a lesson without frontmatter, and two lessons with one address", () => {
    const problems = checkContent(
      course({
        "lessons/sans-entete.mdx": "# Titre\n",
        "lessons/premiere.mdx": fixtureText(FIRST).replace("order: 1", "order: 9"),
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: "content/lessons/sans-entete.mdx",
          line: 1,
          message: "la leçon doit commencer par son en-tête, entre deux lignes «\u00a0---\u00a0»",
        },
        expect.objectContaining({
          line: 1,
          message: expect.stringMatching(/^même adresse \/lecons\/premiere\/ que content\/lessons\//),
        }),
      ]),
    );
  });
});

describe("trainer's guides", () => {
  const GUIDE = "guides/alpha.yaml";

  test("a guide naming a simulation that does not exist, on the line of the field", () => {
    const edit = replace("simulation: exercice", "simulation: exercise");
    expect(checkContent(course({ [GUIDE]: edit }))).toEqual([
      {
        file: `content/${GUIDE}`,
        line: lineOf(GUIDE, "simulation:", edit),
        field: "simulation",
        message:
          "la simulation «\u00a0exercise\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0exercice\u00a0»\u00a0? (simulations connues\u00a0: exercice)",
      },
    ]);
  });

  test("a module without its guide", () => {
    expect(checkContent(course({ [GUIDE]: null }))).toEqual([
      {
        file: "content/modules/alpha.yaml",
        line: 1,
        message: "le module «\u00a0alpha\u00a0» n'a pas de guide du formateur\u00a0: écrire content/guides/alpha.yaml",
      },
    ]);
  });

  test("a schema problem of a guide, with its line", () => {
    const edit = replace(/^sessionMinutes: .*$/m, "sessionMinutes: quatre-vingt-dix");
    const problems = checkContent(course({ [GUIDE]: edit }));
    expect(problems).toEqual([
      {
        file: `content/${GUIDE}`,
        line: lineOf(GUIDE, "sessionMinutes:", edit),
        field: "sessionMinutes",
        message: "la durée de séance\u00a0: nombre de minutes attendu, par exemple 120",
      },
    ]);
  });
});
