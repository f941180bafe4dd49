// Property-based tests of the checklist share link: whatever the answers, a link
// reads back the same; whatever garbage arrives, decoding says so and never throws.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { decodeAnswers, encodeAnswers, MAX_LINK_LENGTH } from "../../src/lib/checklist/checklist-link.ts";
import { OWNERS } from "../../src/schemas/checklist-owners.ts";
import type { Answers } from "../../src/lib/checklist/checklist-answers.ts";
import { packedLink } from "../support/packed-link.ts";

const ids = ["moderation", "charte", "sav-delais", "veille-1", "crise-preuves", "x"];
const known = new Set(ids);
const answer = fc.record({
  included: fc.constantFrom(true, false, null),
  owner: fc.constantFrom(null, ...OWNERS),
  note: fc.string({ maxLength: 200 }),
});
const answers = fc.dictionary(fc.constantFrom(...ids), answer) as fc.Arbitrary<Answers>;
const meaningful = (a: Answers) =>
  Object.fromEntries(
    Object.entries(a).filter(([, v]) => v.included !== null || v.owner !== null || v.note.trim() !== ""),
  );

describe("share codec", () => {
  test("round trip: decoding an encoded link gives back every answer that says something", async () => {
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        const link = await encodeAnswers(a);
        expect(link).toMatch(/^r1\.[A-Za-z0-9_-]*$/);
        expect(await decodeAnswers(link, known)).toEqual({ ok: true, answers: meaningful(a) });
      }),
    );
  });

  test("garbage never throws and never yields answers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
        const result = await decodeAnswers(junk, known);
        expect(result.ok).toBe(false);
      }),
    );
  });

  test("random bytes behind a valid prefix are refused", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const junk = `r1.${Buffer.from(bytes).toString("base64url")}`;
        const result = await decodeAnswers(junk, known);
        if (result.ok) expect(Object.keys(result.answers).every((id) => known.has(id))).toBe(true);
        else expect(result.error).toMatch(/lien/);
      }),
    );
  });

  test("a truncated link is refused with a clear message", async () => {
    await fc.assert(
      fc.asyncProperty(
        answers.filter((a) => Object.keys(meaningful(a)).length > 0),
        fc.nat(),
        async (a, cut) => {
          const link = await encodeAnswers(a);
          const short = link.slice(0, 3 + (cut % (link.length - 3)));
          const result = await decodeAnswers(short, known);
          if (result.ok) expect(result.answers).not.toEqual(meaningful(a));
          else expect(result.error).toContain("lien");
        },
      ),
      { numRuns: 60 },
    );
  });

  test("an oversized link, or one that inflates too much, is refused unread", async () => {
    expect(await decodeAnswers(`r1.${"A".repeat(MAX_LINK_LENGTH)}`, known)).toEqual({
      ok: false,
      error: "Ce lien de partage est trop long pour être une fiche Relais.",
    });
    const bomb = await encodeAnswers({ x: { included: true, owner: null, note: "a".repeat(1_000) } });
    const huge = JSON.stringify(Array.from({ length: 400 }, (_, i) => [`x${i}`, 1, -1, "z".repeat(1_900)]));
    const packed = packedLink("r1.", huge);
    expect(packed.length).toBeLessThan(MAX_LINK_LENGTH);
    expect((await decodeAnswers(packed, known)).ok).toBe(false);
    expect((await decodeAnswers(bomb, known)).ok).toBe(true);
  });

  test("another version's link is named as such", async () => {
    expect(await decodeAnswers("r2.abc", known)).toEqual({
      ok: false,
      error: "Ce lien a été créé par une autre version de Relais et ne peut pas être lu ici.",
    });
  });

  test("__proto__, constructor or any id foreign to the checklist changes nothing", async () => {
    for (const id of ["__proto__", "constructor", "prototype", "inconnu"]) {
      const rows = JSON.stringify([
        ["moderation", 1, 0, ""],
        [id, 1, 0, "pollution"],
      ]);
      const link = packedLink("r1.", rows);
      const result = await decodeAnswers(link, known);
      expect(result.ok).toBe(false);
      expect(({} as Record<string, unknown>)["pollution"]).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("included");
    }
  });
});
