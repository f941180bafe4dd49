// Property-based tests of the completion report: what a learner exports, the
// trainer reads back identical; whatever else arrives is refused with a French
// message naming the file, and never throws or pollutes prototypes.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buildReport, parseReport, reportFileName, type Report } from "../../src/lib/assignments/report.ts";
import type { Assignment } from "../../src/lib/assignments/assignment-link.ts";
import { assignment, instant, learner, statusFor } from "../support/assignment-arbitraries.ts";
import { otherAssignment } from "../../src/lib/assignments/trainer-wording.ts";

const report: fc.Arbitrary<Report> = assignment.chain((a) =>
  fc
    .record({
      who: learner,
      acceptedAt: instant,
      now: fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }),
      statuses: fc.tuple(...a.items.map(statusFor)),
    })
    .map(({ who, acceptedAt, now, statuses }) =>
      buildReport({ name: who.name, key: who.key, assignment: a, acceptedAt, statuses, now }),
    ),
);

const read = (r: Report | unknown, expected: Assignment, text = JSON.stringify(r)) =>
  parseReport("rapport.json", text, new TextEncoder().encode(text).length, expected);

describe("completion report", () => {
  test("round trip: an exported report is read back identical", () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(read(r, r.assignment)).toEqual({ ok: true, report: r });
        expect(reportFileName(r)).toMatch(/^rapport-relais-[a-z0-9-]+-[a-z0-9-]+\.json$/);
      }),
    );
  });

  test("any text at all never throws, and what is refused names the file", () => {
    fc.assert(
      fc.property(report, fc.oneof(fc.string(), fc.json()), (r, junk) => {
        expect(read(undefined, r.assignment, junk)).toEqual({
          ok: false,
          error: expect.stringMatching(/^«\u00a0rapport\.json\u00a0»\u00a0: /),
        });
      }),
    );
  });

  test("any single field changed to a value of another type is refused", () => {
    const fields = ["format", "version", "learner", "assignment", "acceptedAt", "exportedAt", "items"] as const;
    fc.assert(
      fc.property(
        report,
        fc.constantFrom(...fields),
        fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)),
        (r, field, value) => {
          // `version` is a number: another number is not another type (and 1 is the value itself).
          fc.pre(typeof value !== typeof r[field]);
          expect(read({ ...r, [field]: value }, r.assignment).ok).toBe(false);
        },
      ),
    );
  });

  test("a report for another assignment, or a tampered copy of this one, is refused", () => {
    fc.assert(
      fc.property(report, assignment, (r, other) => {
        fc.pre(other.id !== r.assignment.id);
        const result = read(r, other);
        expect(result).toEqual({
          ok: false,
          error: `«\u00a0rapport.json\u00a0»\u00a0: ${otherAssignment(r.assignment, other)}`,
        });
        // Whatever the two names, the message never sets a name against itself.
        expect(read(r, { ...other, cohort: r.assignment.cohort })).toEqual({
          ok: false,
          error: expect.stringContaining(`nommée elle aussi «\u00a0${r.assignment.cohort}\u00a0»`),
        });
        const tampered = { ...r, assignment: { ...r.assignment, passScore: (r.assignment.passScore + 1) % 101 } };
        expect(read(tampered, r.assignment).ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  test("HTML in a name is refused with a message naming the field", () => {
    fc.assert(
      fc.property(report, fc.constantFrom("<b>Léa</b>", "<script>alert(1)</script>", "Léa <3", "a>b"), (r, name) => {
        expect(read({ ...r, learner: { ...r.learner, name } }, r.assignment)).toEqual({
          ok: false,
          error:
            "«\u00a0rapport.json\u00a0»\u00a0: le nom de l’apprenant n’est pas valable (contient des balises HTML\u00a0: «\u00a0<\u00a0» ou «\u00a0>\u00a0»).",
        });
      }),
      { numRuns: 30 },
    );
  });

  test("__proto__, constructor or prototype keys anywhere are refused, by name, before the shape is read", () => {
    fc.assert(
      fc.property(report, fc.constantFrom("__proto__", "constructor", "prototype"), fc.nat(2), (r, key, where) => {
        const json = JSON.stringify(r);
        const poisoned =
          where === 0
            ? `{"${key}": {"polluted": 1}, ${json.slice(1)}`
            : where === 1
              ? json.replace('"learner":{', `"learner":{"${key}": {"polluted": 1},`)
              : json.replace('"items":[{', `"items":[{"${key}": {"polluted": 1},`);
        // The key was put in: the file differs from the report, which reads (round trip above).
        expect(poisoned).not.toBe(json);
        // The key is named, so the refusal is the key check's, not the shape's (which would name a field).
        expect(read(undefined, r.assignment, poisoned)).toEqual({
          ok: false,
          error: `«\u00a0rapport.json\u00a0»\u00a0: le fichier contient une clé interdite («\u00a0${key}\u00a0»)\u00a0; il a été refusé.`,
        });
      }),
      { numRuns: 40 },
    );
  });

  test("a learner key spelt like an Object.prototype member is refused: it would key the cohort table", () => {
    const r = fc.sample(report, 1)[0]!;
    for (const key of ["constructor", "prototype"]) {
      expect(read({ ...r, learner: { ...r.learner, key } }, r.assignment), key).toEqual({
        ok: false,
        error:
          "«\u00a0rapport.json\u00a0»\u00a0: le champ «\u00a0learner.key\u00a0» n’est pas valable (est un mot réservé).",
      });
    }
  });

  test("a file over 1 MB is refused unread, whatever it holds", () => {
    fc.assert(
      fc.property(report, fc.integer({ min: 1_000_001, max: 50_000_000 }), (r, bytes) => {
        expect(parseReport("gros.json", JSON.stringify(r), bytes, r.assignment)).toEqual({
          ok: false,
          error: expect.stringMatching(
            /^«\u00a0gros\.json\u00a0»\u00a0: le fichier pèse \d+(,\d\d?)?\u00a0Mo, au-delà de la limite de 1\u00a0Mo/,
          ),
        });
      }),
      { numRuns: 20 },
    );
    // Just over the limit never reads as "1 Mo, beyond 1 Mo".
    const r = parseReport("gros.json", "", 1_000_001, fc.sample(assignment, 1)[0]!);
    expect(!r.ok && r.error).toContain("pèse 1,01\u00a0Mo");
  });

  test("impossible or offset dates are refused or rewritten in UTC", () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(read({ ...r, exportedAt: "2026-02-30T10:00:00.000Z" }, r.assignment).ok).toBe(false);
        expect(read({ ...r, acceptedAt: "2026-03-01T00:30:00+02:00" }, r.assignment)).toMatchObject({
          ok: true,
          report: { acceptedAt: "2026-02-28T22:30:00.000Z" },
        });
        expect(read({ ...r, acceptedAt: "2026-02-29T00:30:00+02:00" }, r.assignment).ok).toBe(false);
      }),
      { numRuns: 10 },
    );
  });

  test("a report from another version, or not a report at all, says so", () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(read({ ...r, version: 2 }, r.assignment)).toEqual({
          ok: false,
          error:
            "«\u00a0rapport.json\u00a0»\u00a0: ce rapport vient d’une autre version de Relais et ne peut pas être lu ici.",
        });
        expect(read({ nom: "Léa" }, r.assignment)).toEqual({
          ok: false,
          error: "«\u00a0rapport.json\u00a0»\u00a0: ce n’est pas un rapport d’avancement Relais.",
        });
      }),
      { numRuns: 10 },
    );
  });
});
