// A lesson's MDX read before the build (src/lib/content-check/mdx-body.ts): what MDX refuses, an
// import that leads nowhere, a component without its import, each said in French at its line.
import { describe, expect, test } from "vitest";
import { mdxProblems, mdxSyntaxProblem, readImport } from "../../src/lib/content-check/mdx-body.ts";

const FILE = "content/lessons/crise/x.mdx";
const HEAD = "---\ntitle: X\n---\n\n"; // the body starts on line 5
const DIAGRAM = 'import Diagram from "../../../src/components/diagram/Diagram.astro";';
const disk = {
  filesIn: (folder: string) =>
    folder === "src/components/diagram" ? ["Diagram.astro", "diagram-wording.ts"] : undefined,
};
const problems = (body: string) => mdxProblems(FILE, HEAD + body, disk);

test("a lesson MDX reads as written has no problem, components imported and HTML in lower case", () => {
  expect(
    problems(
      `Un texte, a < b et \\{accolades\\}.\n\n${DIAGRAM}\n\n<Diagram kind="steps" items={["a"]} />\n\n<kbd>Ctrl</kbd>\n`,
    ),
  ).toEqual([]);
});

describe("what MDX refuses, in French, at its line", () => {
  test.each([
    [
      '<Diagram kind="steps">\n\nFin\n',
      5,
      /^la balise <Diagram> n'est jamais fermée\u00a0: écrire <Diagram … \/> si elle/,
    ],
    ["Texte\n\n<br>\n", 7, /^la balise <br> n'est jamais fermée/],
    ["Le budget {annuel\n", 5, /^accolade «\u00a0{\u00a0» jamais fermée\u00a0: .* mettre \\{$/],
    ["Texte {1 +} fin\n", 5, /n'est pas une expression valide/],
    [
      "Texte\n\n<!-- à revoir -->\n",
      7,
      /^«\u00a0<!--\u00a0» n'existe pas en MDX\u00a0: écrire un commentaire ainsi\u00a0: {\/\* commentaire \*\/}$/,
    ],
    ["Si a <3 b\n", 5, /^«\u00a0<\u00a0» ouvre une balise en MDX/],
    ["Texte </Encadre> fin\n", 5, /^<\/Encadre> ferme une balise qui n'a pas été ouverte$/],
    ["<A>\ntexte\n</B>\n", 7, /^la balise <A> est fermée par <\/B>\u00a0: fermer par <\/A>$/],
  ])("%j", (body, line, message) => {
    const [problem, ...rest] = problems(body);
    expect(rest).toEqual([]);
    expect(problem!.line).toBe(line);
    expect(problem!.message).toMatch(message);
  });

  test("a message MDX gives that has no French wording yet keeps its reason, without position or rule", () => {
    expect(mdxSyntaxProblem("3:2: Something new happened (3:2) (mdx-x:y)")).toEqual({
      line: 3,
      message: "MDX illisible\u00a0: Something new happened",
    });
  });
});

describe("imports and components", () => {
  test("an import whose file does not exist, at its line, with the near file", () => {
    expect(problems(`Texte\n\n${DIAGRAM.replace("Diagram.astro", "Diagrame.astro")}\n`)).toEqual([
      {
        line: 7,
        message:
          "import introuvable\u00a0: ../../../src/components/diagram/Diagrame.astro\u00a0: vouliez-vous dire «\u00a0../../../src/components/diagram/Diagram.astro\u00a0»\u00a0?",
      },
    ]);
  });

  test("an import written without its extension is found as the bundler finds it", () => {
    expect(problems('import Diagram from "../../../src/components/diagram/Diagram";\n\n<Diagram />\n')).toEqual([]);
  });

  test("an import into a folder that does not exist, without a suggestion", () => {
    expect(problems('import X from "../nulle-part/X.astro";\n')).toEqual([
      { line: 5, message: "import introuvable\u00a0: ../nulle-part/X.astro" },
    ]);
  });

  test("a component used without its import, at the line it is used", () => {
    expect(problems("Texte\n\n<Encadre>attention</Encadre>\n")).toEqual([
      {
        line: 7,
        message:
          'le composant <Encadre> est utilisé sans être importé\u00a0: ajouter une ligne import Encadre from "…" avant le texte',
      },
    ]);
  });

  test("a component imported after it is used, and one under a namespace, are imported", () => {
    expect(problems(`<Diagram />\n\n<Parts.Box />\n\n${DIAGRAM}\nimport * as Parts from "./parts.ts";\n`)).toEqual([
      { line: 10, message: 'import illisible\u00a0: écrire import Nom from "…";' },
      {
        line: 7,
        message:
          'le composant <Parts.Box> est utilisé sans être importé\u00a0: ajouter une ligne import Parts from "…" avant le texte',
      },
    ]);
  });

  test("an import over several lines, and two on one line, are read", () => {
    const body = `import {\n  Diagram,\n  Other as Box,\n} from "../../../src/components/diagram/Diagram.astro";\n\n<Box />\n`;
    expect(problems(body)).toEqual([]);
    expect(readImport('import { A, B as C } from "./x"')).toEqual({ names: ["A", "C"], from: "./x" });
  });

  test("code that is not an import is refused at its line", () => {
    expect(problems(`${DIAGRAM}\nexport const x = 1;\n\nTexte\n`)).toEqual([
      { line: 6, message: expect.stringMatching(/^seules des lignes import sont permises hors du texte/) },
    ]);
  });

  test("without the disk, imports are read but not looked for", () => {
    expect(mdxProblems(FILE, `${HEAD}import X from "./nulle-part.astro";\n\n<X />\n`)).toEqual([]);
  });
});
