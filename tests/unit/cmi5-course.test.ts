// The cmi5 course structure: valid against the specification's XSD, a block per module and an AU
// per lesson in French, launched on absolute URLs of the hosted site, moveOn and masteryScore set
// (a lesson without a quiz is done once read).
import { describe, expect, test } from "vitest";
import {
  cmi5AuId,
  cmi5BlockId,
  cmi5CourseId,
  cmi5CourseStructure,
  type Cmi5CourseOptions,
} from "../../src/lib/lms/cmi5-course.ts";
import { validateCmi5 } from "../support/cmi5-schema.ts";

const lesson = (id: string, scored = true) => ({
  id,
  title: `Leçon ${id}`,
  summary: `Ce que « ${id} » apprend.`,
  launchPath: `lecons/${id}/`,
  scored,
});
const options: Cmi5CourseOptions = {
  siteRoot: "https://formation.example.org/relais/",
  title: "Relais — le métier de CM",
  description: "Des modules à lire & à valider <vraiment>.",
  modules: [
    {
      id: "metier",
      title: "Le métier",
      summary: "Ce que fait un CM « au quotidien ».",
      lessons: [lesson("veille"), lesson("c-est-un-metier", false)],
    },
    {
      id: "crise",
      title: "Gérer une crise",
      summary: "Repérer, qualifier, contenir.",
      lessons: [{ ...lesson("les-six-temps"), launchPath: "/lecons/les-six-temps/" }],
    },
    { id: "vide", title: "Module vide", summary: "Rien encore.", lessons: [] },
  ],
};

describe("cmi5CourseStructure", () => {
  const xml = cmi5CourseStructure(options);

  test("is valid against the cmi5 course structure schema", () => {
    const result = validateCmi5(xml);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  test("the schema check itself refuses a broken structure (an empty block, unknown moveOn)", () => {
    expect(validateCmi5(xml.replace(/<au [\s\S]*?<\/au>\n/, "").replace(/<au [\s\S]*?<\/au>\n/, "")).ok).toBe(false);
    expect(validateCmi5(xml.replace(/moveOn="CompletedAndPassed"/, 'moveOn="Read"')).ok).toBe(false);
  });

  test("a block per module with lessons, an AU per lesson in order, launched on the site's absolute URL, in French", () => {
    expect([...xml.matchAll(/<block id="([^"]+)">/g)].map((m) => m[1])).toEqual([
      "https://formation.example.org/relais/lms/cmi5/modules/metier",
      "https://formation.example.org/relais/lms/cmi5/modules/crise",
    ]);
    const aus = [
      ...xml.matchAll(/<au id="([^"]+)" moveOn="([^"]+)"(?: masteryScore="([^"]+)")? launchMethod="AnyWindow">/g),
    ];
    expect(aus.map((m) => [m[1], m[2], m[3]])).toEqual([
      ["https://formation.example.org/relais/lms/cmi5/lecons/veille", "CompletedAndPassed", "0.8"],
      ["https://formation.example.org/relais/lms/cmi5/lecons/c-est-un-metier", "Completed", undefined],
      ["https://formation.example.org/relais/lms/cmi5/lecons/les-six-temps", "CompletedAndPassed", "0.8"],
    ]);
    expect([...xml.matchAll(/<url>([^<]+)<\/url>/g)].map((m) => m[1])).toEqual([
      "https://formation.example.org/relais/lecons/veille/",
      "https://formation.example.org/relais/lecons/c-est-un-metier/",
      "https://formation.example.org/relais/lecons/les-six-temps/",
    ]);
    expect(xml).toContain('<course id="https://formation.example.org/relais/lms/cmi5/cours">');
    // Course, two blocks and three AUs: a title and a description each.
    expect(xml.match(/<langstring lang="fr-FR">/g)).toHaveLength(12);
    expect(xml).toContain('<langstring lang="fr-FR">Des modules à lire &amp; à valider &lt;vraiment&gt;.</langstring>');
    expect(xml).not.toContain("Module vide");
  });

  test("moveOn and masteryScore can be chosen for lessons with a quiz", () => {
    const other = cmi5CourseStructure({ ...options, moveOn: "CompletedOrPassed", masteryScore: 0.7 });
    expect(other).toContain('moveOn="CompletedOrPassed" masteryScore="0.7"');
    expect(other).toContain('moveOn="Completed" launchMethod');
    expect(validateCmi5(other).ok).toBe(true);
  });

  test("refuses a relative site address, a mastery score outside 0–1 and a course without lessons", () => {
    expect(() => cmi5CourseStructure({ ...options, siteRoot: "/relais/" })).toThrow(/absolue/);
    expect(() => cmi5CourseStructure({ ...options, siteRoot: "https://example.org/relais" })).toThrow(/absolue/);
    expect(() => cmi5CourseStructure({ ...options, masteryScore: 1.2 })).toThrow(/masteryScore/);
    expect(() => cmi5CourseStructure({ ...options, masteryScore: Number.NaN })).toThrow(/masteryScore/);
    expect(() => cmi5CourseStructure({ ...options, modules: [] })).toThrow(/aucun module/);
    expect(() => cmi5CourseStructure({ ...options, modules: [options.modules[2]!] })).toThrow(/aucun module/);
  });

  test("ids are IRIs under the site", () => {
    expect(cmi5CourseId("https://example.org/")).toBe("https://example.org/lms/cmi5/cours");
    expect(cmi5BlockId("https://example.org/", "cm contre cm")).toBe(
      "https://example.org/lms/cmi5/modules/cm%20contre%20cm",
    );
    expect(cmi5AuId("https://example.org/", "veille")).toBe("https://example.org/lms/cmi5/lecons/veille");
  });
});
