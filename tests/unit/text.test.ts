import { posix } from "node:path";
import { describe, expect, test } from "vitest";
import { countWords, readingMinutes } from "../../src/lib/course/reading-time.ts";
import { slugFromFileName, slugify } from "../../src/lib/slug.ts";
import { filterCss, radioId } from "../../src/lib/course/catalogue-filters.ts";
import { sortModulesForDoor, DOORS } from "../../src/lib/course/doors.ts";

describe("reading time", () => {
  test("counts French words, not markup", () => {
    expect(countWords("## Titre\n\nL'équipe a **répondu** à [la question](/x/)\u00a0!\n\n```\nconst a = 1;\n```")).toBe(
      7,
    );
  });
  test("rounds at 200 words a minute, at least one minute", () => {
    expect(readingMinutes("mot ".repeat(1000))).toBe(5);
    expect(readingMinutes("")).toBe(1);
  });
});

test("slugify folds accents and punctuation", () => {
  expect(slugify("Qu'est-ce qu'un «\u00a0bad buzz\u00a0»\u00a0?")).toBe("qu-est-ce-qu-un-bad-buzz");
  expect(slugify("Réseaux sociaux")).toBe("reseaux-sociaux");
});

describe("slugFromFileName", () => {
  const base = new URL("file:///site/content/lessons/");
  test("the id is the file's name, whatever folder holds it", () => {
    const id = slugFromFileName("lessons", () => true);
    expect(id({ entry: "crise/Bad-Buzz.mdx", base })).toBe("bad-buzz");
    expect(id({ entry: "ecouter.mdx", base })).toBe("ecouter");
  });
  test("two files with one name stop the build, both named", () => {
    const id = slugFromFileName("lessons", () => true);
    id({ entry: "alpha/premiere.mdx", base });
    expect(() => id({ entry: "premiere.mdx", base })).toThrow(
      "lessons\u00a0: deux fichiers donnent la même adresse «\u00a0premiere\u00a0»\u00a0: /site/content/lessons/alpha/premiere.mdx et /site/content/lessons/premiere.mdx. Renommer l'un des deux.",
    );
  });
  test("a name with dots loses only its extension", () => {
    const id = slugFromFileName("lessons", () => true);
    expect(id({ entry: "web/Web.2.0-et-après.mdx", base })).toBe("web-2-0-et-apres");
  });
  test("whether the earlier file is still there is asked of that file's own path", () => {
    const files = new Set(["/site/content/lessons/alpha/premiere.mdx"]);
    const id = slugFromFileName("lessons", (path) => files.has(posix.normalize(path)));
    id({ entry: "alpha/premiere.mdx", base });
    expect(() => id({ entry: "premiere.mdx", base })).toThrow(
      /deux fichiers donnent la même adresse «\u00a0premiere\u00a0»/,
    );
  });
  test("the same file read again, or a file renamed away, is not a duplicate", () => {
    let present = true;
    const id = slugFromFileName("lessons", () => present);
    id({ entry: "alpha/premiere.mdx", base });
    expect(id({ entry: "alpha/premiere.mdx", base })).toBe("premiere");
    present = false; // the dev server saw alpha/premiere.mdx move to beta/
    expect(id({ entry: "beta/premiere.mdx", base })).toBe("premiere");
  });
});

describe("catalogue filters", () => {
  test("one rule per value hides the lessons that do not carry it", () => {
    const css = filterCss([{ name: "kind", legend: "Type", options: [{ value: "cas", label: "Cas" }] }]);
    expect(css).toBe(
      '.catalogue:has(#filtre-kind-cas:checked) .catalogue-list > li:not([data-kind~="cas"]){display:none}',
    );
  });
  test("the 'all' radio has its own id and no rule", () => {
    expect(radioId("kind", "")).toBe("filtre-kind-tous");
  });
});

test("a door puts its preferred modules first and keeps the course order for the rest", () => {
  const parent = DOORS.find((d) => d.audience === "parent")!;
  const modules = ["metier", "crise", "continuite", "expliquer"].map((id) => ({ id }));
  expect(sortModulesForDoor(parent, modules).map((m) => m.id)).toEqual(["expliquer", "metier", "crise", "continuite"]);
});
