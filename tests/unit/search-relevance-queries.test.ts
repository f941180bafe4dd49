// The search relevance suite and the synonyms it leans on, checked as data before any search runs:
// enough queries from each reader, every answer a page the course really has, no query copied
// from a lesson's keywords or a page's title, and content/synonymes.yaml a clean list of groups.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";
import { readYaml } from "../support/content-files.ts";
import { checklists, glossary, lessons, modules, simulations } from "../support/course.ts";
import { RELEVANCE_QUERIES, type Reader } from "../support/search-relevance-queries.ts";

const READERS: readonly Reader[] = ["cm", "parent", "dirigeant", "formateur"];

/** Lowercase, no accents, one kind of apostrophe, single spaces, no punctuation at the ends. */
const normalised = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .replace(/^[\s«»"?!.,;:]+|[\s«»"?!.,;:]+$/g, "");

/** Every page a search result may point to, as a site path without the base. */
const pages = new Set([
  ...lessons().map(({ id }) => `/lecons/${id}/`),
  ...simulations().map(({ id }) => `/simulations/${id}/`),
  ...glossary().map(({ id }) => `/glossaire/#${id}`),
  ...checklists().map(({ id }) => `/fiches/${id}/`),
  ...modules().map(({ id }) => `/modules/${id}/`),
]);

describe("the relevance suite", () => {
  test("holds at least 40 queries, at least 10 from each reader", () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const reader of READERS) {
      const count = RELEVANCE_QUERIES.filter((q) => q.reader === reader).length;
      expect(count, `requêtes du public « ${reader} »`).toBeGreaterThanOrEqual(10);
    }
  });

  test("keeps the three queries the issue was filed with", () => {
    const queries = RELEVANCE_QUERIES.map((q) => q.query);
    expect(queries).toEqual(
      expect.arrayContaining([
        "repérer une crise qui commence",
        "combien de temps pour répondre à un client",
        "mon fils veut devenir community manager",
      ]),
    );
  });

  test("never asks the same thing twice", () => {
    const seen = new Map<string, string>();
    const twice = RELEVANCE_QUERIES.flatMap(({ query }) => {
      const key = normalised(query);
      const first = seen.get(key);
      seen.set(key, query);
      return first === undefined ? [] : [`« ${query} » = « ${first} »`];
    });
    expect(twice).toEqual([]);
  });

  test("gives each query one to four answers, each a page of the course, none twice", () => {
    const wrong = RELEVANCE_QUERIES.flatMap(({ query, answers }) => [
      ...(answers.length < 1 || answers.length > 4 ? [`« ${query} » : ${answers.length} réponses`] : []),
      ...(new Set(answers).size !== answers.length ? [`« ${query} » : une réponse en double`] : []),
      ...answers.filter((path) => !pages.has(path)).map((path) => `« ${query} » → ${path} n'existe pas`),
    ]);
    expect(wrong).toEqual([]);
  });

  test("reaches every simulation, both sheets and glossary terms", () => {
    const answered = new Set(RELEVANCE_QUERIES.flatMap((q) => q.answers));
    const unanswered = [
      ...simulations().map(({ id }) => `/simulations/${id}/`),
      ...checklists().map(({ id }) => `/fiches/${id}/`),
    ].filter((path) => !answered.has(path));
    expect(unanswered).toEqual([]);
    expect([...answered].filter((path) => path.startsWith("/glossaire/#")).length).toBeGreaterThanOrEqual(10);
  });

  test("copies no lesson keyword and no page title: no query equals or sits inside one", () => {
    const borrowed = [
      ...lessons().flatMap(({ title, keywords }) => [title, ...keywords]),
      ...simulations().map(({ title }) => title),
      ...checklists().map(({ title }) => title),
      ...modules().map(({ title }) => title),
      ...glossary().flatMap(({ term }) => term.split(" / ")),
    ].map((text) => [text, normalised(text)] as const);
    const copied = RELEVANCE_QUERIES.flatMap(({ query }) => {
      const asked = normalised(query);
      return borrowed.filter(([, text]) => text.includes(asked)).map(([text]) => `« ${query} » ⊂ « ${text} »`);
    });
    expect(copied).toEqual([]);
  });
});

describe("content/synonymes.yaml", () => {
  const groups = readYaml<unknown>(readFileSync(join(ROOT, "content/synonymes.yaml"), "utf8"));
  const members = Array.isArray(groups) ? groups.flat() : [];

  test("is a list of groups of at least two words or short phrases", () => {
    expect(Array.isArray(groups)).toBe(true);
    for (const group of groups as unknown[]) {
      expect(Array.isArray(group), JSON.stringify(group)).toBe(true);
      expect((group as unknown[]).length, JSON.stringify(group)).toBeGreaterThanOrEqual(2);
      for (const member of group as unknown[]) expect(typeof member, JSON.stringify(group)).toBe("string");
    }
  });

  test("writes every member in lowercase, trimmed, with plain apostrophes", () => {
    const untidy = (members as string[]).filter(
      (member) => member !== member.toLowerCase() || member !== member.trim() || member === "" || /[’‘ʼ]/.test(member),
    );
    expect(untidy).toEqual([]);
  });

  test("puts no member in two groups, nor twice in one (accents and apostrophes aside)", () => {
    const owner = new Map<string, number>();
    const twice = (groups as string[][]).flatMap((group, index) => {
      const keys = group.map(normalised);
      const repeated = group.filter((_, i) => keys.indexOf(keys[i]!) !== i);
      const shared = group.filter((_, i) => (owner.get(keys[i]!) ?? index) !== index);
      for (const key of keys) if (!owner.has(key)) owner.set(key, index);
      return [...repeated, ...shared];
    });
    expect(twice).toEqual([]);
  });

  test("points somewhere: each group has a member written in the course's text", () => {
    const text = courseText();
    const nowhere = (groups as string[][]).filter(
      (group) =>
        !group.some((member) =>
          new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(member)}(?![\\p{L}\\p{N}])`, "u").test(text),
        ),
    );
    expect(nowhere).toEqual([]);
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every string a value holds, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value !== null && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];

/**
 * What the course says, lowercase with plain apostrophes: lessons (not their `keywords`, which no
 * reader sees), simulations, glossary and sheets.
 */
const courseText = (): string =>
  [
    ...lessons().flatMap(({ keywords: _keywords, ...lesson }) => strings(lesson)),
    ...[simulations(), glossary(), checklists()].flatMap(strings),
  ]
    .join("\n")
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[\u00a0\u202f]/g, " ");
