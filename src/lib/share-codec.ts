// Checklist answers in a share link: compact JSON, deflated, base64url, behind a
// version prefix, carried in the URL fragment (never sent to any server).
// Decoding trusts nothing: size limits before and after inflating, a strict
// shape, and only the item ids of the checklist at hand.
import * as v from "valibot";
import { OWNERS } from "../schemas/checklist-owners";
import type { Answers } from "./checklist-answers";

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

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError("trop gros");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

/** The fragment (without "#") that carries these answers; undecided blank items are left out. */
export async function encodeAnswers(answers: Answers): Promise<string> {
  const rows = Object.entries(answers)
    .filter(([, a]) => a.included !== null || a.owner !== null || a.note.trim() !== "")
    .map(([id, a]) => [
      id,
      a.included === null ? -1 : a.included ? 1 : 0,
      a.owner === null ? -1 : OWNERS.indexOf(a.owner),
      a.note,
    ]);
  const json = new TextEncoder().encode(JSON.stringify(rows));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** Reads a fragment made by encodeAnswers for the checklist whose item ids are given. */
export async function decodeAnswers(fragment: string, itemIds: ReadonlySet<string>): Promise<DecodeResult> {
  const broken = {
    ok: false,
    error: "Ce lien de partage est incomplet ou a été modifié\u00a0: il ne peut pas être lu.",
  } as const;
  if (fragment.length > MAX_LINK_LENGTH)
    return { ok: false, error: "Ce lien de partage est trop long pour être une fiche Relais." };
  if (!fragment.startsWith("r")) return broken;
  if (!fragment.startsWith(PREFIX)) {
    return { ok: false, error: "Ce lien a été créé par une autre version de Relais et ne peut pas être lu ici." };
  }
  let rows: v.InferOutput<typeof payload>;
  try {
    const json = await pipe(
      fromBase64Url(fragment.slice(PREFIX.length)),
      new DecompressionStream("deflate-raw"),
      MAX_JSON_BYTES,
    );
    const parsed = v.safeParse(payload, JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json)));
    if (!parsed.success) return broken;
    rows = parsed.output;
  } catch (error) {
    return error instanceof RangeError && error.message === "trop gros"
      ? { ok: false, error: "Ce lien de partage contient trop de données pour être une fiche Relais." }
      : broken;
  }
  const answers: Answers = {};
  for (const [id, included, owner, note] of rows) {
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
