import { describe, expect, test } from "vitest";
import { buildReport, parseReport, reportFileName, type Report } from "../../src/lib/assignments/report.ts";
import type { ItemStatus } from "../../src/lib/assignments/status.ts";
import { sampleAssignment } from "../support/sample-assignment.ts";

// Mutation-testing companions to assignment-report.test.ts: each case pins a behaviour a surviving mutant broke.
const statuses: ItemStatus[] = sampleAssignment.items.map((item) => ({
  item,
  state: "lu",
  score: null,
  ending: null,
  at: "2026-12-01T10:00:00.000Z",
}));
const sample = (over: Partial<Report> = {}): Report => ({
  ...buildReport({
    name: "Camille Martin",
    key: "k1234567890abcdef",
    assignment: sampleAssignment,
    acceptedAt: "2026-12-01T09:00:00.000Z",
    statuses,
    now: new Date("2026-12-02T10:00:00.000Z"),
  }),
  ...over,
});
const read = (r: unknown, text = JSON.stringify(r), bytes = new TextEncoder().encode(text).length) =>
  parseReport("rapport.json", text, bytes, sampleAssignment);
const refused = (why: string) => ({ ok: false, error: `«\u00a0rapport.json\u00a0»\u00a0: ${why}` });

describe("buildReport and reportFileName", () => {
  test("the learner's name is trimmed", () => {
    const r = buildReport({
      name: "  Léa  ",
      key: "k",
      assignment: sampleAssignment,
      acceptedAt: "x",
      statuses: [],
      now: new Date(0),
    });
    expect(r.learner.name).toBe("Léa");
  });

  test("the file name slugs cohort and name, cut at 40 characters, x when nothing is left", () => {
    expect(reportFileName(sample())).toBe("rapport-relais-promo-d-hiver-camille-martin.json");
    const long = sample({ learner: { name: "a".repeat(60), key: "k" } });
    expect(reportFileName(long)).toBe(`rapport-relais-promo-d-hiver-${"a".repeat(40)}.json`);
    const empty = sample({ learner: { name: "!!!", key: "k" } });
    expect(reportFileName(empty)).toBe("rapport-relais-promo-d-hiver-x.json");
  });
});

describe("parseReport", () => {
  test("a sample report is read back", () => {
    expect(read(sample())).toEqual({ ok: true, report: sample() });
  });

  test("exactly 1 000 000 bytes is still read", () => {
    expect(read(sample(), JSON.stringify(sample()), 1_000_000).ok).toBe(true);
  });

  test("unreadable JSON says so", () => {
    expect(read(undefined, "{")).toEqual(
      refused("ce n’est pas un fichier JSON lisible (fichier abîmé ou d’un autre format)."),
    );
  });

  test("JSON that is not an object is not a report", () => {
    for (const text of ["null", "5", '"relais-rapport"'])
      expect(read(undefined, text)).toEqual(refused("ce n’est pas un rapport d’avancement Relais."));
  });

  test("an unexpected value is named by its field, with our own message", () => {
    const items = [{ ...statuses[0]!, score: 101 }, statuses[1]!];
    expect(read(sample({ items }))).toEqual(
      refused("le champ «\u00a0items.0.score\u00a0» n’est pas valable (valeur inattendue)."),
    );
  });

  test("offsets are applied with their sign and minutes, with or without a colon", () => {
    const at = (acceptedAt: string) => read({ ...sample(), acceptedAt });
    expect(at("2026-03-01T00:10:00+05:30")).toMatchObject({
      ok: true,
      report: { acceptedAt: "2026-02-28T18:40:00.000Z" },
    });
    expect(at("2026-02-28T23:30:00-02:00")).toMatchObject({
      ok: true,
      report: { acceptedAt: "2026-03-01T01:30:00.000Z" },
    });
    expect(at("2026-03-01T00:30:00+0200")).toMatchObject({
      ok: true,
      report: { acceptedAt: "2026-02-28T22:30:00.000Z" },
    });
  });

  test("a tampered assignment, or a different list of contents, is refused", () => {
    expect(read(sample({ assignment: { ...sampleAssignment, cohort: "Autre" } }))).toEqual(
      refused("l’affectation décrite dans ce rapport a été modifiée\u00a0; il a été refusé."),
    );
    expect(read(sample({ items: statuses.slice(0, 1) }))).toEqual(
      refused("la liste des contenus du rapport ne correspond pas à l’affectation\u00a0; il a été refusé."),
    );
    expect(read(sample({ items: statuses.toReversed() })).ok).toBe(false);
  });
});
