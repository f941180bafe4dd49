// The parts of the content check: YAML read with its lines, the lesson's frontmatter, the links and
// headings of a Markdown body, whether a link leads somewhere, and the messages authors read.
import { describe, expect, test } from "vitest";
import { z } from "astro/zod";
import { readYaml } from "../../src/lib/content-check/yaml-source.ts";
import { splitLesson } from "../../src/lib/content-check/frontmatter.ts";
import { bodyLinks, headingAnchors, withoutCode } from "../../src/lib/content-check/body-links.ts";
import { linkProblem, sitePages } from "../../src/lib/content-check/site-links.ts";
import { nearest } from "../../src/lib/content-check/nearest.ts";
import { authorMessage, useAuthorMessages } from "../../src/schemas/messages.ts";
import { calendarDay } from "../../src/schemas/vocabulary.ts";

describe("readYaml", () => {
  const text = [
    "title: Écouter",
    "checked: 2026-02-30",
    "quiz:",
    "  questions:",
    "    - id: q1",
    "      prompt: Quoi\u00a0?",
    "    - id: q2",
  ].join("\n");

  test("values as written: a date stays its text", () => {
    expect(readYaml(text).data).toMatchObject({ title: "Écouter", checked: "2026-02-30" });
  });

  test("the line of each field, nested ones included, from the line the YAML starts on", () => {
    const source = readYaml(text, 2);
    expect(source.lineOf(["title"])).toBe(2);
    expect(source.lineOf(["checked"])).toBe(3);
    expect(source.lineOf(["quiz", "questions", 0, "prompt"])).toBe(7);
    expect(source.lineOf(["quiz", "questions", 1])).toBe(8);
  });

  test("a field not written gets the line of its nearest written parent", () => {
    const source = readYaml(text);
    expect(source.lineOf(["quiz", "questions", 1, "prompt"])).toBe(7);
    expect(source.lineOf(["quiz", "passScore"])).toBe(3);
    expect(source.lineOf(["absent"])).toBe(1);
  });

  test("unreadable YAML: no data, each error with its line", () => {
    const source = readYaml("title: ok\nliste: [a, b\nautre: c\n", 2);
    expect(source.data).toBeUndefined();
    expect(source.errors[0]).toEqual({
      line: expect.any(Number),
      message: expect.stringMatching(/^YAML illisible\u00a0: /),
    });
    expect(source.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  test("a key written twice is an error", () => {
    expect(readYaml("title: a\ntitle: b\n").errors).toHaveLength(1);
  });

  describe("an unreadable YAML said in French, at the line of the mistake", () => {
    test.each([
      ['title: "Informer\nsummary: Une phrase.\nkind: lecon\n', 2, /^guillemet «\u00a0"\u00a0» jamais fermé\u00a0: /],
      ["title: x\naudiences: [parent, cm-junior\nkind: x\n", 3, /^liste entre crochets mal fermée\u00a0: /],
      // The reader stumbles on the « : » two lines down; the quote left open is the mistake.
      [
        'title: "Garder des preuves\nsummary: Une leçon : de test.\nkind: lecon\n',
        2,
        /^guillemet «\u00a0"\u00a0» jamais fermé/,
      ],
      [
        'term: Veille\nshort: "Le CM suit.\nlong: Avec "des mots" entre guillemets.\nseeAlso: [troll]\n',
        3,
        /^guillemet «\u00a0"\u00a0» jamais fermé\u00a0: /,
      ],
      ["title: Le réflexe : capturer\n", 2, /^un texte qui contient «\u00a0:\u00a0» s'écrit entre guillemets doubles/],
      ["title: x\n  summary: y\nkind: z\n", 3, /^décalage incorrect\u00a0: aligner ce champ/],
      ["title: x\nquiz:\n\tpassScore: 70\n", 4, /^tabulation dans le décalage\u00a0: /],
      ["title: x\ntitle: y\n", 3, /^ce champ est écrit deux fois\u00a0: /],
      ['title: "a \\d b"\n', 2, /^barre oblique inverse .* inconnue entre guillemets doubles/],
      ["title: 'Informer\nkind: x\n", 2, /^apostrophe droite «\u00a0'\u00a0» jamais fermée/],
    ])("%j", (yaml, line, message) => {
      const [error, ...more] = readYaml(yaml, 2).errors;
      expect(more).toEqual([]);
      expect(error!.line).toBe(line);
      expect(error!.message.replace(/^YAML illisible\u00a0: /, "")).toMatch(message);
    });
  });
});

describe("splitLesson", () => {
  test("frontmatter, body and the line the body starts on", () => {
    expect(splitLesson("---\ntitle: a\norder: 1\n---\n\n## Titre\n")).toEqual({
      yaml: "title: a\norder: 1",
      body: "\n## Titre\n",
      bodyLine: 5,
    });
  });
  test("no frontmatter: undefined", () => {
    expect(splitLesson("## Titre\n---\n")).toBeUndefined();
    expect(splitLesson("texte\n---\ntitle: a\n---\n")).toBeUndefined();
  });
});

describe("bodyLinks and headingAnchors", () => {
  const body = [
    "", // line 10
    "## Le *bon* réflexe : l’écoute",
    'Voir [la fiche](/lecons/fiche/ "titre") puis ![logo](/favicon.svg).',
    "```md",
    "[exemple](/pas-un-lien/)",
    "```",
    'Un `[code](/non/)` et <a href="/glossaire/#troll">troll</a>.',
    "[note]: /modules/alpha/",
    "## Le *bon* réflexe : l’écoute",
  ].join("\n");

  test("links with their lines, never in code", () => {
    expect(bodyLinks(body, 10)).toEqual([
      { href: "/lecons/fiche/", line: 12 },
      { href: "/favicon.svg", line: 12 },
      { href: "/glossaire/#troll", line: 16 },
      { href: "/modules/alpha/", line: 17 },
    ]);
  });

  test("code is blanked, lines and offsets kept", () => {
    const blanked = withoutCode(body);
    expect(blanked).toHaveLength(body.length);
    expect(blanked.split("\n")).toHaveLength(body.split("\n").length);
    expect(blanked).not.toContain("pas-un-lien");
    expect(blanked).not.toContain("/non/");
  });

  test("an unclosed code block runs to the end of the body", () => {
    expect(bodyLinks("```\n[a](/x/)\n", 1)).toEqual([]);
  });

  test("anchors as Astro makes them: accents kept, punctuation dropped, -1 for a repeat", () => {
    expect(headingAnchors(body)).toEqual(["le-bon-réflexe--lécoute", "le-bon-réflexe--lécoute-1"]);
    expect(headingAnchors("### Voir [la loi](/x/) `LCEN`\n#### Fin ###\n")).toEqual(["voir-la-loi-lcen", "fin"]);
  });
});

describe("linkProblem", () => {
  const site = sitePages({
    lessons: [
      { id: "ecouter", anchors: ["premier-temps", "second-temps"] },
      { id: "repondre", anchors: [] },
    ],
    modules: ["bases"],
    glossary: ["troll", "moderation"],
    simulations: ["bad-buzz"],
    checklists: ["role"],
    audiences: ["parent"],
    fixedPages: ["/", "/glossaire/", "/catalogue/", "/manifest.webmanifest"],
    publicFiles: ["/favicon.svg"],
  });
  const from = "/lecons/ecouter/";
  const ok = (href: string) => expect(linkProblem(href, from, site), href).toBeUndefined();

  test("what leads somewhere", () => {
    for (const href of [
      "/lecons/repondre/",
      "/lecons/ecouter/#second-temps",
      "#premier-temps",
      "../repondre/",
      "/glossaire/#troll",
      "/modules/bases/",
      "/simulations/bad-buzz/",
      "/fiches/role/",
      "/pour/parent/",
      "/catalogue/?niveau=debutant",
      "/",
      "/favicon.svg",
      "/manifest.webmanifest",
      "https://www.cnil.fr/",
      "mailto:a@b.fr",
      "//example.org/x",
    ])
      ok(href);
  });

  test("a page that does not exist, with the nearest one of the same section", () => {
    expect(linkProblem("/lecons/ecoute/", from, site)).toBe(
      "lien mort\u00a0: /lecons/ecoute/ n'est pas une page du site\u00a0: vouliez-vous dire /lecons/ecouter/\u00a0?",
    );
    expect(linkProblem("/lecons/zzz-rien/", from, site)).toBe(
      "lien mort\u00a0: /lecons/zzz-rien/ n'est pas une page du site",
    );
    expect(linkProblem("/module/bases/", from, site)).toBe(
      "lien mort\u00a0: /module/bases/ n'est pas une page du site\u00a0: vouliez-vous dire /modules/bases/\u00a0?",
    );
  });

  test("a link written without its first slash, meant from the site's root", () => {
    expect(linkProblem("lecons/repondre/", from, site)).toBe(
      `lien relatif\u00a0: lecons/repondre/ mène à ${from}lecons/repondre/, qui n'existe pas\u00a0: écrire /lecons/repondre/ (depuis la racine du site)`,
    );
  });

  test("a page without its final slash", () => {
    expect(linkProblem("/lecons/repondre#x", from, site)).toBe(
      "lien sans la barre finale\u00a0: écrire /lecons/repondre/#x",
    );
  });

  test("an anchor no heading or term has", () => {
    expect(linkProblem("#premier-tems", from, site)).toBe(
      "ancre inconnue #premier-tems dans cette page\u00a0: vouliez-vous dire #premier-temps\u00a0?",
    );
    expect(linkProblem("/glossaire/#trolls", from, site)).toBe(
      "ancre inconnue #trolls sur /glossaire/\u00a0: vouliez-vous dire /glossaire/#troll\u00a0?",
    );
    expect(linkProblem("#zzz", from, site)).toBe(
      "ancre inconnue #zzz dans cette page (ancres\u00a0: #premier-temps, #second-temps)",
    );
    expect(linkProblem("/lecons/repondre/#zzz", from, site)).toBe("ancre inconnue #zzz sur /lecons/repondre/");
  });

  test("a link that cannot be read", () => {
    expect(linkProblem("/lecons/%E0%A4%A/", from, site)).toBe("lien illisible\u00a0: /lecons/%E0%A4%A/");
  });
});

test("nearest: only a likely typo is suggested", () => {
  expect(nearest("deuxeme", ["deuxieme", "premiere"])).toBe("deuxieme");
  expect(nearest("zz", ["a", "b"])).toBeUndefined();
  expect(nearest("x", [])).toBeUndefined();
});

describe("calendarDay", () => {
  test.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2000-02-29", true],
    ["2026-02-29", false],
    ["2100-02-29", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-1-01", false],
    ["26-01-01", false],
  ])("%s: %s", (written, valid) => {
    expect(calendarDay(written) !== undefined).toBe(valid);
  });
  test("the day at midnight UTC", () => {
    expect(calendarDay("2026-11-22")).toEqual(new Date("2026-11-22T00:00:00Z"));
  });
});

describe("authorMessage: each rule said in French an author acts on", () => {
  useAuthorMessages();
  const say = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? "accepté" : result.error.issues.map((i) => i.message).join(" | ");
  };

  test.each([
    [z.number().max(100), 120, "au plus 100 (ici\u00a0: 120)"],
    [z.number().min(1), 0, "au moins 1 (ici\u00a0: 0)"],
    [z.number().gt(0), 0, "plus de 0 (ici\u00a0: 0)"],
    [z.number().lt(10), 10, "moins de 10 (ici\u00a0: 10)"],
    [z.number().int(), 2.5, "valeur attendue\u00a0: un nombre entier, pas 2.5"],
    [z.number(), "dix", "valeur attendue\u00a0: un nombre, pas «\u00a0dix\u00a0»"],
    [z.number(), undefined, "champ obligatoire\u00a0: un nombre"],
    [z.boolean(), "oui", "valeur attendue\u00a0: true ou false, pas «\u00a0oui\u00a0»"],
    [z.array(z.string()).min(2), ["a"], "au moins 2 éléments"],
    [z.array(z.string()).max(1), ["a", "b"], "au plus 1 élément"],
    [
      z.array(z.string()),
      "a",
      "valeur attendue\u00a0: une liste (par exemple [a, b] ou des lignes «\u00a0- a\u00a0»), pas «\u00a0a\u00a0»",
    ],
    [z.string().min(1), "", "ne doit pas être vide"],
    [z.string().max(3), "abcd", "au plus 3 caractères"],
    [z.string(), null, "valeur attendue\u00a0: un texte, pas vide (null)"],
    [z.object({ a: z.string() }), [], "valeur attendue\u00a0: des champs (clé: valeur), pas une liste"],
    [z.enum(["a", "b"]), "c", "«\u00a0c\u00a0» n'est pas permis\u00a0: choisir parmi «\u00a0a\u00a0», «\u00a0b\u00a0»"],
    [z.strictObject({}), { x: 1 }, "champ inconnu\u00a0: x"],
    [z.number().multipleOf(5), 7, "un multiple de 5 est attendu (ici\u00a0: 7)"],
  ])("%#: %o", (schema, value, message) => {
    expect(say(schema, value)).toBe(message);
  });

  test("a long text is cut in the message", () => {
    expect(authorMessage({ code: "invalid_type", expected: "number", input: "x".repeat(50) } as never)).toBe(
      `valeur attendue\u00a0: un nombre, pas «\u00a0${"x".repeat(40)}…\u00a0»`,
    );
  });

  test("other codes keep zod's French", () => {
    expect(say(z.string().regex(/^a/), "b")).toMatch(/^Chaîne de caractères invalide/);
  });
});
