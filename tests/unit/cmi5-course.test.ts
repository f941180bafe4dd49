// The cmi5 course structure: valid against the specification's XSD, one AU per module in French,
// launched on absolute URLs of the hosted site, moveOn and masteryScore set.
import { describe, expect, test } from "vitest";
import { cmi5AuId, cmi5CourseId, cmi5CourseStructure, type Cmi5CourseOptions } from "../../src/lib/lms/cmi5-course.ts";
import { validateCmi5 } from "../support/cmi5-schema.ts";

const options: Cmi5CourseOptions = {
  siteRoot: "https://formation.example.org/relais/",
  title: "Relais — le métier de CM",
  description: "Des modules à lire & à valider <vraiment>.",
  modules: [
    { id: "metier", title: "Le métier", summary: "Ce que fait un CM « au quotidien ».", launchPath: "lecons/veille/" },
    {
      id: "crise",
      title: "Gérer une crise",
      summary: "Repérer, qualifier, contenir.",
      launchPath: "/lecons/les-six-temps/",
    },
  ],
};

describe("cmi5CourseStructure", () => {
  const xml = cmi5CourseStructure(options);

  test("is valid against the cmi5 course structure schema", () => {
    const result = validateCmi5(xml);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  test("the schema check itself refuses a broken structure (no AU, unknown moveOn)", () => {
    expect(validateCmi5(xml.replace(/<au [\s\S]*<\/au>\n/, "")).ok).toBe(false);
    expect(validateCmi5(xml.replace(/moveOn="CompletedAndPassed"/, 'moveOn="Read"')).ok).toBe(false);
  });

  test("one AU per module, in order, launched on the site's absolute URL, in French", () => {
    const aus = [
      ...xml.matchAll(/<au id="([^"]+)" moveOn="([^"]+)" masteryScore="([^"]+)" launchMethod="AnyWindow">/g),
    ];
    expect(aus.map((m) => m[1])).toEqual([
      "https://formation.example.org/relais/lms/cmi5/modules/metier",
      "https://formation.example.org/relais/lms/cmi5/modules/crise",
    ]);
    expect(aus.map((m) => [m[2], m[3]])).toEqual([
      ["CompletedAndPassed", "0.8"],
      ["CompletedAndPassed", "0.8"],
    ]);
    expect([...xml.matchAll(/<url>([^<]+)<\/url>/g)].map((m) => m[1])).toEqual([
      "https://formation.example.org/relais/lecons/veille/",
      "https://formation.example.org/relais/lecons/les-six-temps/",
    ]);
    expect(xml).toContain('<course id="https://formation.example.org/relais/lms/cmi5/cours">');
    expect(xml.match(/<langstring lang="fr-FR">/g)).toHaveLength(6);
    expect(xml).toContain('<langstring lang="fr-FR">Des modules à lire &amp; à valider &lt;vraiment&gt;.</langstring>');
  });

  test("moveOn and masteryScore can be chosen", () => {
    const other = cmi5CourseStructure({ ...options, moveOn: "CompletedOrPassed", masteryScore: 0.7 });
    expect(other).toContain('moveOn="CompletedOrPassed" masteryScore="0.7"');
    expect(validateCmi5(other).ok).toBe(true);
  });

  test("refuses a relative site address, a mastery score outside 0–1 and an empty course", () => {
    expect(() => cmi5CourseStructure({ ...options, siteRoot: "/relais/" })).toThrow(/absolue/);
    expect(() => cmi5CourseStructure({ ...options, siteRoot: "https://example.org/relais" })).toThrow(/absolue/);
    expect(() => cmi5CourseStructure({ ...options, masteryScore: 1.2 })).toThrow(/masteryScore/);
    expect(() => cmi5CourseStructure({ ...options, masteryScore: Number.NaN })).toThrow(/masteryScore/);
    expect(() => cmi5CourseStructure({ ...options, modules: [] })).toThrow(/aucun module/);
  });

  test("ids are IRIs under the site", () => {
    expect(cmi5CourseId("https://example.org/")).toBe("https://example.org/lms/cmi5/cours");
    expect(cmi5AuId("https://example.org/", "cm contre cm")).toBe(
      "https://example.org/lms/cmi5/modules/cm%20contre%20cm",
    );
  });
});
