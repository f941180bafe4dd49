// An assignment's link: the assignment travels to learners in a link fragment
// ("a1." prefix), checked against its schema and this site's course on reading.
import * as v from "valibot";
import { packFragment, unpackFragment, type UnpackFailure } from "../fragment-codec";
import { assignmentSchema, type Assignment } from "./assignment-schema";

export * from "./assignment-schema";

const PREFIX = "a1.";
/** Longer links are refused unread; a whole course with a long message stays far below. */
export const MAX_ASSIGNMENT_LINK = 8_000;
const MAX_ASSIGNMENT_JSON = 40_000;

/**
 * `error` says what is wrong with the link to whoever holds it; `damaged` says it was cut or
 * altered on the way, so each reader's page adds what to do (ask the trainer, copy it again).
 */
export type DecodedAssignment = { ok: true; assignment: Assignment } | { ok: false; error: string; damaged: boolean };

const BROKEN = "Ce lien d’affectation est incomplet ou a été modifié\u00a0: il ne peut pas être lu.";
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
  if (!unpacked.ok) return { ok: false, error: FAILURES[unpacked.failure], damaged: unpacked.failure === "broken" };
  const parsed = v.safeParse(assignmentSchema, unpacked.value);
  if (!parsed.success) return { ok: false, error: BROKEN, damaged: true };
  const unknown = parsed.output.items.filter((item) => !known.has(item));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `Ce lien cite ${unknown.length === 1 ? "un contenu qui n’existe" : `${unknown.length} contenus qui n’existent`} pas sur ce site (${unknown.slice(0, 3).join(", ")})\u00a0: il vient peut-être d’une autre version de Relais.`,
      damaged: false,
    };
  }
  return { ok: true, assignment: parsed.output };
}
