import * as v from "valibot";

// The five query-string parameters a cmi5 LMS launches an AU with (cmi5 § 8.1), checked before
// anything is sent: a missing, malformed or forged one (an LRS or fetch URL on an origin the site was
// not built to reach, an actor that is no cmi5 agent) is refused, named, and the page keeps to the
// learner's device. Pure: the origins allowed are given (lrs-origins.ts reads them from the policy).

export const LAUNCH_PARAMETERS = ["endpoint", "fetch", "actor", "registration", "activityId"] as const;
export type LaunchParameter = (typeof LAUNCH_PARAMETERS)[number];

/** A cmi5 actor: an Agent identified by an account (cmi5 § 9.2). */
export interface Cmi5Actor {
  objectType: "Agent";
  name?: string;
  account: { homePage: string; name: string };
}

export interface Cmi5Launch {
  /** The LRS's xAPI base, ending with "/". */
  endpoint: string;
  /** Where the AU POSTs once for its authorization token. */
  fetch: string;
  actor: Cmi5Actor;
  registration: string;
  activityId: string;
}

export type LaunchProblem =
  | { kind: "missing"; parameter: LaunchParameter }
  | { kind: "invalid"; parameter: LaunchParameter }
  | { kind: "origin"; parameter: "endpoint" | "fetch"; origin: string };

export type LaunchCheck = { ok: true; launch: Cmi5Launch } | { ok: false; problem: LaunchProblem };

const MAX = 2048;
const absoluteUrl = v.pipe(
  v.string(),
  v.maxLength(MAX),
  v.check((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol)),
  v.check((s) => !new URL(s).username && !new URL(s).password),
);
/** An IRI with a scheme (cmi5 § 3: IRIs fully qualified), no spaces or controls. */
const iri = v.pipe(v.string(), v.maxLength(MAX), v.regex(/^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f]+$/i));
const uuid = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i));
const actorSchema = v.object({
  objectType: v.optional(v.literal("Agent"), "Agent"),
  name: v.optional(v.pipe(v.string(), v.maxLength(500))),
  account: v.object({ homePage: absoluteUrl, name: v.pipe(v.string(), v.minLength(1), v.maxLength(500)) }),
});

const SCHEMAS = { endpoint: absoluteUrl, fetch: absoluteUrl, registration: uuid, activityId: iri } as const;

/** True when the page was opened with any cmi5 parameter: a launch to honour or to refuse. */
export const isCmi5Launch = (search: URLSearchParams) => LAUNCH_PARAMETERS.some((name) => search.has(name));

function parseActor(text: string): Cmi5Actor | undefined {
  try {
    const parsed = v.safeParse(actorSchema, JSON.parse(text));
    if (!parsed.success) return undefined;
    const { objectType, name, account } = parsed.output;
    return {
      objectType,
      ...(name === undefined ? {} : { name }),
      account: { homePage: account.homePage, name: account.name },
    };
  } catch {
    return undefined;
  }
}

/** The launch the query string holds, checked, or the first problem in it. */
export function checkLaunch(search: URLSearchParams, allowedOrigins: readonly string[]): LaunchCheck {
  for (const parameter of LAUNCH_PARAMETERS) {
    const values = search.getAll(parameter);
    // Given twice: which one the LMS meant cannot be known, so neither is trusted.
    if (values.length > 1) return { ok: false, problem: { kind: "invalid", parameter } };
    if (!values[0]) return { ok: false, problem: { kind: "missing", parameter } };
  }
  const value = (name: LaunchParameter) => search.get(name)!;
  for (const parameter of ["endpoint", "fetch", "registration", "activityId"] as const) {
    if (!v.is(SCHEMAS[parameter], value(parameter))) return { ok: false, problem: { kind: "invalid", parameter } };
  }
  for (const parameter of ["endpoint", "fetch"] as const) {
    const { origin } = new URL(value(parameter));
    if (!allowedOrigins.includes(origin)) return { ok: false, problem: { kind: "origin", parameter, origin } };
  }
  const actor = parseActor(value("actor"));
  if (!actor) return { ok: false, problem: { kind: "invalid", parameter: "actor" } };
  const endpoint = new URL(value("endpoint"));
  endpoint.pathname = endpoint.pathname.replace(/\/?$/, "/");
  return {
    ok: true,
    launch: {
      endpoint: endpoint.href,
      fetch: value("fetch"),
      actor,
      registration: value("registration"),
      activityId: value("activityId"),
    },
  };
}
