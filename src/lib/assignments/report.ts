// The completion report a learner exports for their trainer: a JSON file they
// choose to send. The trainer's side reads it as untrusted input: size first,
// then forbidden keys, then a strict shape; every refusal says why, in French,
// naming the file.
import * as v from "valibot";
import {
  assignmentSchema,
  itemRefSchema,
  nameSchema,
  sameAssignment,
  storageKey,
  type Assignment,
} from "./assignment-schema";
import type { ItemStatus } from "./status";
import { slugify } from "../slug";
import { otherAssignment } from "./trainer-wording";

export const REPORT_FORMAT = "relais-rapport";
export const REPORT_VERSION = 1;
/** Reports are a few kilobytes; anything over this is refused unread. */
export const MAX_REPORT_BYTES = 1_000_000;

/** An instant that exists (no 30 February), rewritten in UTC so reports' dates compare as text. */
const isoInstant = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((text) => Number.isFinite(Date.parse(text)) && sameCalendarDay(text), "date impossible"),
  v.transform((text) => new Date(text).toISOString()),
);
/** Date.parse rolls 30 February over to 2 March; the written day must survive the round trip. */
function sameCalendarDay(text: string): boolean {
  const offset = /([+-])(\d\d):?(\d\d)$/.exec(text);
  const shift = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const local = new Date(Date.parse(text) + shift * 60_000);
  return local.toISOString().slice(0, 10) === text.slice(0, 10);
}
const statusSchema = v.strictObject({
  item: itemRefSchema,
  state: v.picklist(["non-commence", "lu", "a-refaire", "reussi"]),
  score: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  ending: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  at: v.nullable(isoInstant),
  /** The text of each question wrong in the attempt the stored quiz result holds. */
  missed: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(30))),
});

export const reportSchema = v.strictObject({
  format: v.literal(REPORT_FORMAT),
  version: v.literal(REPORT_VERSION),
  learner: v.strictObject({
    name: nameSchema,
    /** Random, made when the learner accepted: tells two learners of the same name apart. */
    key: storageKey,
  }),
  assignment: assignmentSchema,
  acceptedAt: isoInstant,
  exportedAt: isoInstant,
  items: v.pipe(v.array(statusSchema), v.maxLength(300)),
  /** Days with at least one review since acceptance, their longest run, the last one (YYYY-MM-DD). */
  review: v.optional(
    v.strictObject({
      days: v.pipe(v.number(), v.integer(), v.minValue(0)),
      streak: v.pipe(v.number(), v.integer(), v.minValue(0)),
      last: v.nullable(v.pipe(v.string(), v.isoDate())),
    }),
  ),
});
export type Report = v.InferOutput<typeof reportSchema>;

export function buildReport(input: {
  name: string;
  key: string;
  assignment: Assignment;
  acceptedAt: string;
  statuses: ItemStatus[];
  now: Date;
}): Report {
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    learner: { name: input.name.trim(), key: input.key },
    assignment: input.assignment,
    acceptedAt: input.acceptedAt,
    exportedAt: input.now.toISOString(),
    items: input.statuses,
  };
}

/** "rapport-relais-cohorte-mars-camille-martin.json" */
export function reportFileName(report: Report): string {
  const slug = (s: string) => slugify(s).slice(0, 40) || "x";
  return `rapport-relais-${slug(report.assignment.cohort)}-${slug(report.learner.name)}.json`;
}

/** A file name in French quotes, with the non-breaking spaces typography asks for. */
export const quoted = (fileName: string) => `«\u00a0${fileName}\u00a0»`;

export type ParsedReport = { ok: true; report: Report } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const FIELD_LABELS: Record<string, string> = {
  "learner.name": "le nom de l’apprenant",
  "assignment.cohort": "le nom de la cohorte",
  "assignment.trainer": "le nom du formateur",
};

/**
 * Reads one report file's text. `bytes` is the file's size, checked before
 * anything else; `expected` is the assignment the cohort table is about.
 */
export function parseReport(fileName: string, text: string, bytes: number, expected: Assignment): ParsedReport {
  const refuse = (why: string): ParsedReport => ({ ok: false, error: `${quoted(fileName)}\u00a0: ${why}` });
  if (bytes > MAX_REPORT_BYTES) {
    // Rounded up: a file just over the limit must not read "1 Mo, au-delà de 1 Mo".
    const megabytes = String(Math.ceil(bytes / 10_000) / 100).replace(".", ",");
    return refuse(
      `le fichier pèse ${megabytes}\u00a0Mo, au-delà de la limite de 1\u00a0Mo d’un rapport Relais. Il n’a pas été lu.`,
    );
  }
  let forbidden: string | undefined;
  let json: unknown;
  try {
    json = JSON.parse(text, function (key, value) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return refuse("ce n’est pas un fichier JSON lisible (fichier abîmé ou d’un autre format).");
  }
  if (forbidden)
    return refuse(`le fichier contient une clé interdite («\u00a0${forbidden}\u00a0»)\u00a0; il a été refusé.`);
  if (typeof json !== "object" || json === null || (json as { format?: unknown }).format !== REPORT_FORMAT) {
    return refuse("ce n’est pas un rapport d’avancement Relais.");
  }
  if ((json as { version?: unknown }).version !== REPORT_VERSION) {
    return refuse("ce rapport vient d’une autre version de Relais et ne peut pas être lu ici.");
  }
  // Our own French messages for names; anything else is a "valeur inattendue".
  const parsed = v.safeParse(reportSchema, json, { message: "valeur inattendue" });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? "";
    const field = Object.hasOwn(FIELD_LABELS, path) ? FIELD_LABELS[path] : `le champ «\u00a0${path || "racine"}\u00a0»`;
    return refuse(`${field} n’est pas valable (${issue.message}).`);
  }
  const report = parsed.output;
  if (report.assignment.id !== expected.id) {
    return refuse(otherAssignment(report.assignment, expected));
  }
  if (!sameAssignment(report.assignment, expected)) {
    return refuse("l’affectation décrite dans ce rapport a été modifiée\u00a0; il a été refusé.");
  }
  const listed = report.items.map((s) => s.item).join();
  if (listed !== expected.items.join()) {
    return refuse("la liste des contenus du rapport ne correspond pas à l’affectation\u00a0; il a été refusé.");
  }
  return { ok: true, report };
}
