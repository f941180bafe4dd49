// The building blocks every content schema shares (src/schemas/vocabulary.ts): a line of text,
// the closed lists an author picks from, and the list of audiences; each refusal in French.
import { describe, expect, test } from "vitest";
import { z } from "astro/zod";
import {
  AUDIENCES,
  KINDS,
  LEVELS,
  audienceSchema,
  audiencesSchema,
  kindSchema,
  levelSchema,
  text,
} from "../../src/schemas/vocabulary.ts";
import { issues, parsed } from "../support/schema-issues.ts";

const titled = z.object({ title: text("le titre") });

describe("text", () => {
  test("a line of text is kept, trimmed", () => {
    expect(parsed(titled, { title: "  Bonjour  " })).toEqual({ title: "Bonjour" });
  });
  test("missing, not a text, or blank: each said in its words", () => {
    expect(issues(titled, {})).toEqual(["title: le titre est obligatoire"]);
    expect(issues(titled, { title: 12 })).toEqual(["title: le titre doit être un texte"]);
    expect(issues(titled, { title: " \n " })).toEqual(["title: le titre\u00a0: ne doit pas être vide"]);
  });
});

describe("closed lists", () => {
  test("each accepts its values and names them all when another is written", () => {
    for (const value of AUDIENCES) expect(parsed(audienceSchema, value)).toBe(value);
    for (const value of KINDS) expect(parsed(kindSchema, value)).toBe(value);
    for (const value of LEVELS) expect(parsed(levelSchema, value)).toBe(value);
    expect(issues(audienceSchema, "stagiaire")).toEqual([
      "public inconnu («\u00a0stagiaire\u00a0»)\u00a0: choisir parmi «\u00a0cm-junior\u00a0», «\u00a0parent\u00a0», «\u00a0dirigeant\u00a0», «\u00a0formateur\u00a0»",
    ]);
    expect(issues(kindSchema, "tuto")).toEqual([
      "type de leçon inconnu («\u00a0tuto\u00a0»)\u00a0: choisir parmi «\u00a0lecon\u00a0», «\u00a0playbook\u00a0», «\u00a0explication\u00a0», «\u00a0cas\u00a0»",
    ]);
    expect(issues(levelSchema, "expert")).toEqual([
      "niveau inconnu («\u00a0expert\u00a0»)\u00a0: choisir parmi «\u00a0debutant\u00a0», «\u00a0intermediaire\u00a0», «\u00a0confirme\u00a0»",
    ]);
  });
  test("a missing value is not quoted as «\u00a0undefined\u00a0»", () => {
    expect(issues(kindSchema, undefined)).toEqual([
      "type de leçon inconnu\u00a0: choisir parmi «\u00a0lecon\u00a0», «\u00a0playbook\u00a0», «\u00a0explication\u00a0», «\u00a0cas\u00a0»",
    ]);
  });
});

describe("audiences", () => {
  test("one or more distinct audiences", () => {
    expect(parsed(audiencesSchema, ["cm-junior", "dirigeant"])).toEqual(["cm-junior", "dirigeant"]);
  });
  test("a single word, an empty list, an audience twice or an unknown one are refused", () => {
    expect(issues(audiencesSchema, "parent")).toEqual([
      "liste de publics attendue, par exemple [cm-junior, dirigeant]",
    ]);
    expect(issues(audiencesSchema, [])).toEqual(["indiquer au moins un public"]);
    expect(issues(audiencesSchema, ["parent", "parent"])).toEqual(["un public est cité deux fois"]);
    expect(issues(audiencesSchema, ["parent", "voisin"])).toEqual([
      "1: public inconnu («\u00a0voisin\u00a0»)\u00a0: choisir parmi «\u00a0cm-junior\u00a0», «\u00a0parent\u00a0», «\u00a0dirigeant\u00a0», «\u00a0formateur\u00a0»",
    ]);
  });
});
