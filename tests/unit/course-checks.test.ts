import { describe, expect, test } from "vitest";
import {
  checkCourse,
  checkReferences,
  type CourseFacts,
  type LessonFacts,
} from "../../src/lib/course/course-checks.ts";
import { ContentError, formatProblems } from "../../src/lib/course/content-problems.ts";

const lesson = (id: string, over: Partial<LessonFacts> = {}): LessonFacts => ({
  id,
  file: `content/lessons/${id}.mdx`,
  module: "m1",
  order: 1,
  prerequisites: [],
  related: [],
  ...over,
});
const course = (lessons: LessonFacts[], extra: Partial<CourseFacts> = {}): CourseFacts => ({
  lessons,
  modules: [{ id: "m1", file: "content/modules/m1.yaml" }],
  glossary: [],
  ...extra,
});

describe("checkCourse", () => {
  test("a consistent course has no problem", () => {
    expect(checkCourse(course([lesson("a"), lesson("b", { order: 2, prerequisites: ["a"], related: ["a"] })]))).toEqual(
      [],
    );
  });

  test("names the file and field of a lesson pointing to an unknown module or lesson", () => {
    const problems = checkCourse(course([lesson("a", { module: "m9", related: ["zz"] })]));
    expect(problems).toContainEqual({
      file: "content/lessons/a.mdx",
      field: "module",
      message:
        "le module «\u00a0m9\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0m1\u00a0»\u00a0? (modules connus\u00a0: m1)",
    });
    expect(problems).toContainEqual({
      file: "content/lessons/a.mdx",
      field: "related.0",
      message: "la leçon «\u00a0zz\u00a0» n'existe pas",
    });
  });

  test("a simulation names a module that exists", () => {
    const simulations = [
      { id: "s1", file: "content/simulations/s1.yaml", module: "m1" },
      { id: "s2", file: "content/simulations/s2.yaml", module: "m9" },
    ];
    expect(checkCourse(course([lesson("a")], { simulations }))).toEqual([
      {
        file: "content/simulations/s2.yaml",
        field: "module",
        message: "le module «\u00a0m9\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0m1\u00a0»\u00a0?",
      },
    ]);
  });

  test("a near name is suggested, on the item that is wrong", () => {
    const simulations = [{ id: "s1", file: "s1.yaml", module: "m2", related: ["a", "lecture"] }];
    const modules = [
      { id: "m1", file: "m1.yaml" },
      { id: "m2", file: "m2.yaml" },
    ];
    const lessons = [
      lesson("a"),
      lesson("lecteur", { module: "m2" }),
      lesson("b", { related: ["lecteurs"], order: 2 }),
    ];
    expect(checkCourse(course(lessons, { simulations, modules }))).toEqual([
      {
        file: "content/lessons/b.mdx",
        field: "related.0",
        message: "la leçon «\u00a0lecteurs\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0lecteur\u00a0»\u00a0?",
      },
      {
        file: "s1.yaml",
        field: "related.1",
        message: "la leçon «\u00a0lecture\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0lecteur\u00a0»\u00a0?",
      },
    ]);
  });

  test("names known from files that could not be parsed are not reported missing", () => {
    const known = { lessons: new Set(["a", "cassee"]), modules: new Set(["m1"]), terms: new Set<string>() };
    expect(checkReferences(course([lesson("a", { related: ["cassee"] })]), known)).toEqual([]);
    expect(checkReferences(course([lesson("a", { related: ["cassee"] })]))).toEqual([
      { file: "content/lessons/a.mdx", field: "related.0", message: "la leçon «\u00a0cassee\u00a0» n'existe pas" },
    ]);
  });

  test("a lesson cannot list itself", () => {
    expect(checkCourse(course([lesson("a", { prerequisites: ["a"] })]))).toEqual([
      { file: "content/lessons/a.mdx", field: "prerequisites.0", message: "la leçon se cite elle-même" },
    ]);
  });

  test("two lessons at the same position of a module", () => {
    const problems = checkCourse(course([lesson("a"), lesson("b")]));
    expect(problems).toEqual([
      {
        file: "content/lessons/b.mdx",
        field: "order",
        message: "la position 1 du module «\u00a0m1\u00a0» est déjà prise par content/lessons/a.mdx",
      },
    ]);
  });

  test("the same position in two modules is fine", () => {
    const modules = [
      { id: "m1", file: "m1.yaml" },
      { id: "m2", file: "m2.yaml" },
    ];
    expect(checkCourse(course([lesson("a"), lesson("b", { module: "m2" })], { modules }))).toEqual([]);
  });

  test("a module no lesson belongs to", () => {
    const modules = [
      { id: "m1", file: "m1.yaml" },
      { id: "vide", file: "vide.yaml" },
    ];
    expect(checkCourse(course([lesson("a")], { modules }))).toEqual([
      { file: "vide.yaml", message: "aucune leçon n'indique «\u00a0module: vide\u00a0»\u00a0: le module serait vide" },
    ]);
  });

  test("a prerequisite cycle is reported once, with its path", () => {
    const problems = checkCourse(
      course([
        lesson("a", { prerequisites: ["c"] }),
        lesson("b", { order: 2, prerequisites: ["a"] }),
        lesson("c", { order: 3, prerequisites: ["b"] }),
        lesson("d", { order: 4, prerequisites: ["a"] }),
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "prerequisites", message: "cycle de prérequis\u00a0: a → c → b → a" });
  });

  test("a shared prerequisite (diamond) is not a cycle", () => {
    const lessons = [
      lesson("a"),
      lesson("b", { order: 2, prerequisites: ["a"] }),
      lesson("c", { order: 3, prerequisites: ["a"] }),
      lesson("d", { order: 4, prerequisites: ["b", "c"] }),
    ];
    expect(checkCourse(course(lessons))).toEqual([]);
  });

  test("an unknown module is followed by the known ones, or «\u00a0aucun\u00a0»", () => {
    const modules = [
      { id: "crise", file: "crise.yaml" },
      { id: "metier", file: "metier.yaml" },
    ];
    const lessons = [lesson("a", { module: "crise" }), lesson("b", { module: "metier" }), lesson("c")];
    expect(checkCourse(course(lessons, { modules }))).toEqual([
      {
        file: "content/lessons/c.mdx",
        field: "module",
        message: "le module «\u00a0m1\u00a0» n'existe pas (modules connus\u00a0: crise, metier)",
      },
    ]);
    expect(checkCourse(course([lesson("a")], { modules: [] }))).toEqual([
      {
        file: "content/lessons/a.mdx",
        field: "module",
        message: "le module «\u00a0m1\u00a0» n'existe pas (modules connus\u00a0: aucun)",
      },
    ]);
  });

  test("a prerequisite cycle met on the way from another lesson is reported without that lesson", () => {
    const problems = checkCourse(
      course([
        lesson("x", { prerequisites: ["a"] }),
        lesson("a", { order: 2, prerequisites: ["b"] }),
        lesson("b", { order: 3, prerequisites: ["a"] }),
      ]),
    );
    expect(problems).toEqual([
      { file: "content/lessons/b.mdx", field: "prerequisites", message: "cycle de prérequis\u00a0: a → b → a" },
    ]);
  });

  test("a see-also to a known term is fine", () => {
    const glossary = [
      { id: "troll", file: "troll.yaml", seeAlso: ["moderation"] },
      { id: "moderation", file: "moderation.yaml", seeAlso: [] },
    ];
    expect(checkCourse(course([lesson("a")], { glossary }))).toEqual([]);
  });

  test("glossary see-also must point to a known term", () => {
    const glossary = [{ id: "troll", file: "troll.yaml", seeAlso: ["moderation"] }];
    expect(checkCourse(course([lesson("a")], { glossary }))).toEqual([
      {
        file: "troll.yaml",
        field: "seeAlso.0",
        message: "le terme «\u00a0moderation\u00a0» n'existe pas dans le glossaire",
      },
    ]);
  });
});

describe("formatProblems", () => {
  test("the build stops on a ContentError whose message is the list, with no stack trace under it", () => {
    const problems = [{ file: "m.yaml", message: "vide" }];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe("ContentError: Contenu invalide (1 problème)\u00a0:\n  m.yaml  vide");
    expect(error.stack).toBe("");
    expect(error.problems).toEqual(problems);
  });

  test("one line per problem under a counted heading", () => {
    expect(
      formatProblems([
        { file: "a.mdx", line: 9, field: "order", message: "déjà prise" },
        { file: "m.yaml", message: "vide" },
      ]),
    ).toBe("Contenu invalide (2 problèmes)\u00a0:\n  a.mdx:9  order: déjà prise\n  m.yaml  vide");
    expect(formatProblems([{ file: "b.yaml", line: 1, message: "x" }])).toBe(
      "Contenu invalide (1 problème)\u00a0:\n  b.yaml:1  x",
    );
  });
});

describe("sources", () => {
  const modules = [
    { id: "m1", file: "content/modules/m1.yaml" },
    { id: "droit", file: "content/modules/droit.yaml", needsSources: true },
  ];
  test("a lesson of a module about law or platforms without sources is refused", () => {
    const lessons = [
      lesson("a"),
      lesson("b", { module: "droit", sources: 0 }),
      lesson("c", { module: "droit", order: 2, sources: 2 }),
    ];
    expect(checkCourse(course(lessons, { modules }))).toEqual([
      {
        file: "content/lessons/b.mdx",
        field: "sources",
        message:
          "le module «\u00a0droit\u00a0» traite du droit ou des plateformes\u00a0: indiquer les sources de la leçon (title, publisher, url, consulted)",
      },
    ]);
  });
});

describe("trainer's guides", () => {
  const modules = [
    { id: "m1", file: "content/modules/m1.yaml" },
    { id: "m2", file: "content/modules/m2.yaml" },
  ];
  const simulations = [{ id: "s1", file: "content/simulations/s1.yaml", module: "m1" }];
  const lessons = [lesson("a"), lesson("b", { module: "m2" })];
  const guide = (id: string, simulation = "s1") => ({ id, file: `content/guides/${id}.yaml`, simulation });

  test("every module with its guide, each naming a simulation that exists: no problem", () => {
    expect(checkCourse(course(lessons, { modules, simulations, guides: [guide("m1"), guide("m2")] }))).toEqual([]);
  });

  test("a module without a guide is named, with the file to write", () => {
    expect(checkCourse(course(lessons, { modules, simulations, guides: [guide("m1")] }))).toEqual([
      {
        file: "content/modules/m2.yaml",
        message: "le module «\u00a0m2\u00a0» n'a pas de guide du formateur\u00a0: écrire content/guides/m2.yaml",
      },
    ]);
  });

  test("a guide naming a simulation that does not exist, with the near name and the list", () => {
    const guides = [guide("m1", "s2"), guide("m2")];
    expect(checkCourse(course(lessons, { modules, simulations, guides }))).toEqual([
      {
        file: "content/guides/m1.yaml",
        field: "simulation",
        message:
          "la simulation «\u00a0s2\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0s1\u00a0»\u00a0? (simulations connues\u00a0: s1)",
      },
    ]);
  });

  test("a guide whose file name is no module's", () => {
    const guides = [guide("m1"), guide("m2"), guide("m3")];
    expect(checkCourse(course(lessons, { modules, simulations, guides }))).toEqual([
      {
        file: "content/guides/m3.yaml",
        message:
          "un guide se nomme comme son module, et le module «\u00a0m3\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0m1\u00a0»\u00a0?",
      },
    ]);
  });

  test("guides left out are not checked (callers that know no guides)", () => {
    expect(checkCourse(course(lessons, { modules, simulations }))).toEqual([]);
  });
});
