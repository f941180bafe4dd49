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
/** The refusals, written out: what a learner reads when a link is damaged or is not for this sheet. */
const BROKEN = "Ce lien de partage est incomplet ou a été modifié\u00a0: il ne peut pas être lu.";
const NOT_THIS_SHEET =
  "Ce lien ne correspond pas à cette liste (élément inconnu ou répété)\u00a0: rien n’a été changé.";
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

  test("an undecided item whose note is empty or only spaces is left out of the link", async () => {
    const blank = { included: null, owner: null, note: "" };
    const link = await encodeAnswers({
      moderation: blank,
      charte: { ...blank, note: "  \n" },
      x: { ...blank, note: " à voir " },
    });
    expect(await decodeAnswers(link, known)).toEqual({ ok: true, answers: { x: { ...blank, note: " à voir " } } });
  });

  test("garbage never throws and never yields answers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
        const result = await decodeAnswers(junk, known);
        expect(result.ok).toBe(false);
      }),
    );
  });

  test("random bytes behind a valid prefix are refused as a damaged link", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const junk = `r1.${Buffer.from(bytes).toString("base64url")}`;
        expect(await decodeAnswers(junk, known)).toEqual({ ok: false, error: BROKEN });
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
          expect(await decodeAnswers(short, known)).toEqual({ ok: false, error: BROKEN });
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
    expect(await decodeAnswers(packed, known)).toEqual({
      ok: false,
      error: "Ce lien de partage contient trop de données pour être une fiche Relais.",
    });
    expect((await decodeAnswers(bomb, known)).ok).toBe(true);
  });

  test("another version's link is named as such", async () => {
    expect(await decodeAnswers("r2.abc", known)).toEqual({
      ok: false,
      error: "Ce lien a été créé par une autre version de Relais et ne peut pas être lu ici.",
    });
  });

  test("__proto__, constructor or any id foreign to the checklist is refused whole", async () => {
    const linkWith = (id: string) =>
      packedLink(
        "r1.",
        JSON.stringify([
          ["moderation", 1, 0, ""],
          [id, 1, 0, "pollution"],
        ]),
      );
    // The same link with an id of the sheet reads: each refusal below comes from the id alone.
    expect(await decodeAnswers(linkWith("charte"), known)).toEqual({
      ok: true,
      answers: {
        moderation: { included: true, owner: "cm", note: "" },
        charte: { included: true, owner: "cm", note: "pollution" },
      },
    });
    // « __proto__ » is not even an id (no underscores); the others are ids this sheet does not have.
    expect(await decodeAnswers(linkWith("__proto__"), known)).toEqual({ ok: false, error: BROKEN });
    for (const id of ["constructor", "prototype", "inconnu"]) {
      expect(await decodeAnswers(linkWith(id), known), id).toEqual({ ok: false, error: NOT_THIS_SHEET });
    }
    // An id twice would overwrite the first answer: refused too.
    expect(await decodeAnswers(linkWith("moderation"), known)).toEqual({ ok: false, error: NOT_THIS_SHEET });
  });
});
