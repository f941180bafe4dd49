// Property-based tests of the assignment link: any assignment reads back the
// same; garbage, truncation, tampering and oversized links are refused with a
// French message and never throw.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import * as v from "valibot";
import {
  decodeAssignment,
  encodeAssignment,
  MAX_ASSIGNMENT_LINK,
  newId,
  storageKey,
  type Assignment,
} from "../../src/lib/assignments/assignment-link.ts";
import { assignment, known } from "../support/assignment-arbitraries.ts";
import { qrMatrix } from "../../src/components/trainer/qr-code.ts";
import { packedLink } from "../support/packed-link.ts";

const pack = (value: unknown) => packedLink("a1.", JSON.stringify(value));

// Said to whoever holds the link: each reader's page adds what to do (learner-wording, trainer-wording).
const BROKEN = "Ce lien d’affectation est incomplet ou a été modifié\u00a0: il ne peut pas être lu.";

const sample: Assignment = {
  id: "abc123def456",
  cohort: "Promo de mars",
  trainer: "Inès Moreau",
  due: "2026-12-04",
  passScore: 70,
  message: "Bonjour à toutes et à tous\u00a0!",
  items: ["lecon:ecouter", "simulation:bad-buzz"],
  created: "2026-11-22",
};

describe("assignment link", () => {
  test("round trip: any assignment reads back identical", async () => {
    await fc.assert(
      fc.asyncProperty(assignment, async (a) => {
        const link = await encodeAssignment(a);
        expect(link).toMatch(/^a1\.[A-Za-z0-9_-]+$/);
        expect(await decodeAssignment(link, known)).toEqual({ ok: true, assignment: a });
      }),
    );
  });

  test("a whole course with the longest message fits in a QR code; past a QR code's size, none is drawn", async () => {
    // 60 contents (the course has about 40) and 600 varied characters that deflate cannot shrink much.
    const items = Array.from({ length: 60 }, (_, i) => `lecon:une-lecon-du-cours-numero-${i}` as const);
    const message = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))).join(
      "",
    );
    const url = `https://formation.example.fr/affectation/#${await encodeAssignment({ ...sample, items, message })}`;
    expect(url.length).toBeLessThan(2_953);
    expect(qrMatrix(url)?.size).toBeGreaterThan(100);
    // A course of hundreds of lessons can go past it: the builder then gives the link alone, with a message.
    expect(qrMatrix(`${url}${"x".repeat(2_953 - url.length + 1)}`)).toBeNull();
  });

  test("garbage never throws and is refused", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (junk) => {
        const result = await decodeAssignment(junk, known);
        expect(result.ok).toBe(false);
      }),
    );
  });

  test("random bytes behind the right prefix are refused with a message about the link", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
        const result = await decodeAssignment(`a1.${Buffer.from(bytes).toString("base64url")}`, known);
        expect(result).toEqual({ ok: false, error: expect.stringMatching(/lien/), damaged: expect.any(Boolean) });
      }),
    );
  });

  test("a truncated link is refused, never read as another assignment", async () => {
    await fc.assert(
      fc.asyncProperty(assignment, fc.nat(), async (a, cut) => {
        const link = await encodeAssignment(a);
        const short = link.slice(0, 3 + (cut % (link.length - 3)));
        expect(await decodeAssignment(short, known)).toEqual({ ok: false, error: BROKEN, damaged: true });
      }),
      { numRuns: 80 },
    );
  });

  test("a tampered field is refused: unknown content, markup in a name, extra or prototype keys", async () => {
    // The untouched assignment reads: each refusal below comes from its one change.
    expect(await decodeAssignment(pack(sample), known)).toEqual({ ok: true, assignment: sample });
    expect(await decodeAssignment(pack({ ...sample, items: ["lecon:ecouter", "lecon:inexistante"] }), known)).toEqual({
      ok: false,
      error:
        "Ce lien cite un contenu qui n’existe pas sur ce site (lecon:inexistante)\u00a0: il vient peut-être d’une autre version de Relais.",
      damaged: false,
    });
    const tampered: unknown[] = [
      { ...sample, cohort: "<img src=x onerror=alert(1)>" },
      { ...sample, trainer: "" },
      { ...sample, passScore: 140 },
      { ...sample, due: "2026-13-45" },
      { ...sample, due: "2026-02-30" },
      { ...sample, created: "2026-11-31" },
      { ...sample, id: "constructor" },
      { ...sample, trainer: "Inès\u202emoreM" },
      { ...sample, cohort: "Promo\u2028de mars" },
      { ...sample, trainer: "In\u0085ès" },
      { ...sample, items: ["lecon:ecouter", "lecon:ecouter"] },
      { ...sample, admin: true },
      // JSON.parse makes « __proto__ » an own key, as the decoder's JSON.parse does from the link.
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(sample).slice(1)}`),
      JSON.parse(`{"constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(sample).slice(1)}`),
    ];
    // Soft: each case that got through is named, not only the first.
    for (const value of tampered) {
      expect
        .soft(await decodeAssignment(pack(value), known), JSON.stringify(value))
        .toEqual({ ok: false, error: BROKEN, damaged: true });
    }
  });

  test("several unknown contents are counted, and the first three named", async () => {
    const citing = (...missing: string[]) => pack({ ...sample, items: ["lecon:ecouter", ...missing] });
    expect(await decodeAssignment(citing("lecon:une", "lecon:deux"), known)).toEqual({
      ok: false,
      error:
        "Ce lien cite 2 contenus qui n’existent pas sur ce site (lecon:une, lecon:deux)\u00a0: il vient peut-être d’une autre version de Relais.",
      damaged: false,
    });
    expect(await decodeAssignment(citing("lecon:une", "lecon:deux", "lecon:trois", "lecon:quatre"), known)).toEqual({
      ok: false,
      error:
        "Ce lien cite 4 contenus qui n’existent pas sur ce site (lecon:une, lecon:deux, lecon:trois)\u00a0: il vient peut-être d’une autre version de Relais.",
      damaged: false,
    });
  });

  test("a new id is 12 lowercase letters and digits, a valid storage key, and each is new", () => {
    const ids = Array.from({ length: 50 }, newId);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]{12}$/);
      expect(v.is(storageKey, id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("oversized links and inflation bombs are refused unread; other versions are named", async () => {
    expect(await decodeAssignment(`a1.${"A".repeat(MAX_ASSIGNMENT_LINK)}`, known)).toEqual({
      ok: false,
      error: "Ce lien est trop long pour être une affectation Relais.",
      damaged: false,
    });
    const bomb = pack({ ...sample, message: "z".repeat(200_000) });
    expect(bomb.length).toBeLessThan(MAX_ASSIGNMENT_LINK);
    expect(await decodeAssignment(bomb, known)).toEqual({
      ok: false,
      error: "Ce lien contient trop de données pour être une affectation Relais.",
      damaged: false,
    });
    const other = await decodeAssignment("a2.xyz", known);
    expect(other.ok === false && other.error).toMatch(/autre version/);
    expect(other.ok === false && other.damaged).toBe(false);
  });
});
