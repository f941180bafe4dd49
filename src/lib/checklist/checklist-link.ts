// Checklist answers in a share link (see fragment-codec.ts for the transport).
// Decoding trusts nothing: a strict shape, and only the item ids of the
// checklist at hand.
import * as v from "valibot";
import { OWNERS } from "../../schemas/checklist-owners";
import type { Answers } from "./checklist-answers";
import { packFragment, unpackFragment, type UnpackFailure } from "../fragment-codec";

const PREFIX = "r1.";
/** Longer links are refused unread (a full 70-item sheet with notes is far below). */
export const MAX_LINK_LENGTH = 24_000;
/** Inflated JSON beyond this is refused: a small link must not unpack into a huge one. */
export const MAX_JSON_BYTES = 200_000;

// [itemId, included: 1 yes | 0 no | -1 undecided, owner index or -1, note]
const entry = v.strictTuple([
  v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)),
  v.picklist([1, 0, -1]),
  v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(OWNERS.length - 1)),
  v.pipe(v.string(), v.maxLength(2_000)),
]);
const payload = v.pipe(v.array(entry), v.maxLength(500));

export type DecodeResult = { ok: true; answers: Answers } | { ok: false; error: string };

const BROKEN = "Ce lien de partage est incomplet ou a été modifié\u00a0: il ne peut pas être lu.";
const FAILURES: Record<UnpackFailure, string> = {
  "too-long": "Ce lien de partage est trop long pour être une fiche Relais.",
  broken: BROKEN,
  "other-version": "Ce lien a été créé par une autre version de Relais et ne peut pas être lu ici.",
  "too-big": "Ce lien de partage contient trop de données pour être une fiche Relais.",
};

/** The fragment (without "#") that carries these answers; undecided blank items are left out. */
export function encodeAnswers(answers: Answers): Promise<string> {
  const rows = Object.entries(answers)
    .filter(([, a]) => a.included !== null || a.owner !== null || a.note.trim() !== "")
    .map(([id, a]) => [
      id,
      a.included === null ? -1 : a.included ? 1 : 0,
      a.owner === null ? -1 : OWNERS.indexOf(a.owner),
      a.note,
    ]);
  return packFragment(PREFIX, rows);
}

/** Reads a fragment made by encodeAnswers for the checklist whose item ids are given. */
export async function decodeAnswers(fragment: string, itemIds: ReadonlySet<string>): Promise<DecodeResult> {
  const unpacked = await unpackFragment(PREFIX, fragment, { maxLength: MAX_LINK_LENGTH, maxJsonBytes: MAX_JSON_BYTES });
  if (!unpacked.ok) return { ok: false, error: FAILURES[unpacked.failure] };
  const parsed = v.safeParse(payload, unpacked.value);
  if (!parsed.success) return { ok: false, error: BROKEN };
  const answers: Answers = {};
  for (const [id, included, owner, note] of parsed.output) {
    if (!itemIds.has(id) || Object.hasOwn(answers, id)) {
      return {
        ok: false,
        error: "Ce lien ne correspond pas à cette liste (élément inconnu ou répété)\u00a0: rien n’a été changé.",
      };
    }
    answers[id] = {
      included: included === -1 ? null : included === 1,
      owner: owner === -1 ? null : OWNERS[owner]!,
      note,
    };
  }
  return { ok: true, answers };
}
