// An assignment: what a trainer asks a cohort to do, by when, and the score that
// counts as passed. It travels to learners in a link fragment ("a1." prefix) and
// is stored on both devices, so its shape is checked wherever it comes from.
import * as v from "valibot";
import { packFragment, unpackFragment, type UnpackFailure } from "../fragment-codec";

const PREFIX = "a1.";
/** Longer links are refused unread; a whole course with a long message stays far below. */
export const MAX_ASSIGNMENT_LINK = 8_000;
const MAX_ASSIGNMENT_JSON = 40_000;
export const MAX_MESSAGE = 600;
export const MAX_NAME = 80;

/** Names are shown as text everywhere; refusing markup also keeps them honest in files and sheets. */
export const HTML_IN_NAME = /[<>]/;
// C0 controls and DEL, written as escapes so the source stays plain text.
const CONTROL = new RegExp("[\\u0000-\\u001f\\u007f]");

/** A person's or a cohort's name: trimmed, one line, no markup. */
export const nameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, "est vide"),
  v.maxLength(MAX_NAME, `dépasse ${MAX_NAME} caractères`),
  v.check((s) => !HTML_IN_NAME.test(s), "contient des balises HTML\u00a0: «\u00a0<\u00a0» ou «\u00a0>\u00a0»"),
  v.check((s) => !CONTROL.test(s), "contient des caractères de contrôle"),
);

/** "lecon:<id>" or "simulation:<id>": a lesson (with its quiz) or a simulation. */
export type ItemRef = `lecon:${string}` | `simulation:${string}`;
const ITEM_REF = /^(lecon|simulation):[a-z0-9-]{1,100}$/;
export const itemRefSchema = v.custom<ItemRef>((s) => typeof s === "string" && ITEM_REF.test(s), "contenu inconnu");
const day = v.pipe(v.string(), v.isoDate());

export const assignmentSchema = v.strictObject({
  /** Random, made when the link is created: reports name it. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]{8,24}$/)),
  cohort: nameSchema,
  trainer: nameSchema,
  /** Last day to finish (inclusive), YYYY-MM-DD. */
  due: day,
  /** Minimum quiz or simulation score, in percent, that counts as passed. */
  passScore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  message: v.pipe(v.string(), v.maxLength(MAX_MESSAGE)),
  items: v.pipe(
    v.array(itemRefSchema),
    v.minLength(1),
    v.maxLength(300),
    v.check((items) => new Set(items).size === items.length, "élément répété"),
  ),
  created: day,
});
export type Assignment = v.InferOutput<typeof assignmentSchema>;

export type DecodedAssignment = { ok: true; assignment: Assignment } | { ok: false; error: string };

const BROKEN =
  "Ce lien d’affectation est incomplet ou a été modifié\u00a0: il ne peut pas être lu. Demandez le lien à nouveau à votre formateur.";
const FAILURES: Record<UnpackFailure, string> = {
  "too-long": "Ce lien est trop long pour être une affectation Relais.",
  broken: BROKEN,
  "other-version": "Ce lien d’affectation a été créé par une autre version de Relais et ne peut pas être lu ici.",
  "too-big": "Ce lien contient trop de données pour être une affectation Relais.",
};

/** A new random id (base 36, 12 characters). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}

/** The fragment (without "#") of the link that hands this assignment to learners. */
export const encodeAssignment = (assignment: Assignment): Promise<string> => packFragment(PREFIX, assignment);

/** Reads a link fragment; every item must exist in this site's course (`known`, as "lecon:id"…). */
export async function decodeAssignment(fragment: string, known: ReadonlySet<string>): Promise<DecodedAssignment> {
  const unpacked = await unpackFragment(PREFIX, fragment, {
    maxLength: MAX_ASSIGNMENT_LINK,
    maxJsonBytes: MAX_ASSIGNMENT_JSON,
  });
  if (!unpacked.ok) return { ok: false, error: FAILURES[unpacked.failure] };
  const parsed = v.safeParse(assignmentSchema, unpacked.value);
  if (!parsed.success) return { ok: false, error: BROKEN };
  const unknown = parsed.output.items.filter((item) => !known.has(item));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `Ce lien cite ${unknown.length === 1 ? "un contenu qui n’existe" : `${unknown.length} contenus qui n’existent`} pas sur ce site (${unknown.slice(0, 3).join(", ")})\u00a0: il vient peut-être d’une autre version de Relais.`,
    };
  }
  return { ok: true, assignment: parsed.output };
}

/** The assignment's identity and content, to tell "the same assignment" from "a tampered copy". */
export const sameAssignment = (a: Assignment, b: Assignment) =>
  a.id === b.id &&
  a.cohort === b.cohort &&
  a.trainer === b.trainer &&
  a.due === b.due &&
  a.passScore === b.passScore &&
  a.message === b.message &&
  a.created === b.created &&
  a.items.join() === b.items.join();
