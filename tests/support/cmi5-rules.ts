// Checks a cmi5 session's statements as an LRS behind a cmi5 LMS would: each one valid xAPI
// (Learning Locker's xapi-validation), then the cmi5 rules (spec § 7.1, 9): initialized first and
// once, terminated last, the session id and registration on every statement, the cmi5 category on
// defined statements only, the moveOn category exactly on those that judge, the AU as their object,
// passed at or over masteryScore and failed under it, durations where required. Problems in words.
import xapiValidation from "xapi-validation";

type Validate = (statement: unknown) => { path: string[]; constructor: { name: string } }[];
// A CommonJS module: its function is the default export under Node, or that export's `default`.
const loaded = xapiValidation as unknown as Validate | { default: Validate };
const validate: Validate = typeof loaded === "function" ? loaded : loaded.default;

const CMI5 = "https://w3id.org/xapi/cmi5/";
const VERB = "http://adlnet.gov/expapi/verbs/";
const DEFINED = ["initialized", "completed", "passed", "failed", "terminated"];

export interface Expected {
  registration: string;
  sessionId: string;
  activityId: string;
  masteryScore?: number;
}

type Statement = {
  id?: string;
  verb?: { id?: string };
  object?: { id?: string };
  result?: { success?: boolean; completion?: boolean; duration?: string; score?: { scaled?: number } };
  context?: {
    registration?: string;
    extensions?: Record<string, unknown>;
    contextActivities?: { category?: { id: string }[] };
  };
};

export const verbOf = (s: unknown) => (s as Statement).verb?.id?.replace(VERB, "") ?? "?";

export function cmi5Problems(statements: readonly unknown[], expected: Expected): string[] {
  const problems: string[] = [];
  const verbs = statements.map(verbOf);
  if (verbs[0] !== "initialized") problems.push(`first statement is ${verbs[0]}, not initialized`);
  if (verbs.at(-1) !== "terminated") problems.push(`last statement is ${verbs.at(-1)}, not terminated`);
  for (const once of ["initialized", "terminated", "completed", "passed"]) {
    if (verbs.filter((v) => v === once).length > 1) problems.push(`${once} sent more than once`);
  }
  if (new Set(statements.map((s) => (s as Statement).id)).size !== statements.length) problems.push("duplicate ids");
  statements.forEach((raw, i) => {
    const s = raw as Statement;
    const at = `#${i} ${verbs[i]}`;
    for (const warning of validate(raw))
      problems.push(`${at}: xAPI ${warning.constructor.name} at ${warning.path.join(".")}`);
    if (!/^[0-9a-f-]{36}$/.test(s.id ?? "")) problems.push(`${at}: no UUID id`);
    if (s.context?.registration !== expected.registration)
      problems.push(`${at}: registration ${s.context?.registration}`);
    if (s.context?.extensions?.[`${CMI5}context/extensions/sessionid`] !== expected.sessionId)
      problems.push(`${at}: session id missing or wrong`);
    const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
    const cmi5 = categories.includes(`${CMI5}context/categories/cmi5`);
    const moveon = categories.includes(`${CMI5}context/categories/moveon`);
    const isDefined = DEFINED.includes(verbs[i]!);
    if (isDefined !== cmi5)
      problems.push(`${at}: cmi5 category ${cmi5 ? "on an allowed" : "missing on a defined"} statement`);
    const judges = isDefined && s.result !== undefined && ("success" in s.result || "completion" in s.result);
    if (judges !== moveon) problems.push(`${at}: moveon category ${moveon ? "where nothing is judged" : "missing"}`);
    if (isDefined && s.object?.id !== expected.activityId) problems.push(`${at}: object is not the AU`);
    if (
      ["completed", "passed", "failed", "terminated"].includes(verbs[i]!) &&
      !/^PT[\d.]+S$/.test(s.result?.duration ?? "")
    )
      problems.push(`${at}: no duration`);
    const scaled = s.result?.score?.scaled;
    if (expected.masteryScore !== undefined && (verbs[i] === "passed" || verbs[i] === "failed")) {
      if (scaled === undefined) problems.push(`${at}: no scaled score`);
      else if (verbs[i] === "passed" ? scaled < expected.masteryScore : scaled >= expected.masteryScore)
        problems.push(`${at}: scaled ${scaled} against masteryScore ${expected.masteryScore}`);
      if (s.context?.extensions?.[`${CMI5}context/extensions/masteryscore`] !== expected.masteryScore)
        problems.push(`${at}: masteryScore extension missing`);
    }
    if (verbs[i] === "passed" && s.result?.success !== true) problems.push(`${at}: passed without success`);
    if (verbs[i] === "failed" && s.result?.success !== false) problems.push(`${at}: failed with success`);
    if (verbs[i] === "completed" && s.result?.completion !== true) problems.push(`${at}: completed without completion`);
  });
  return problems;
}
