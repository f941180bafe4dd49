import * as v from "valibot";
import type { Cmi5Actor, Cmi5Launch } from "./cmi5-launch";
import type { QuestionInteraction } from "./question-interaction";

// The xAPI statements of a cmi5 session (cmi5 § 9), built as plain objects: the context is the
// LMS's contextTemplate (from LMS.LaunchData) with ours added, never overwritten; "cmi5 defined"
// statements carry the cmi5 category, those that judge the AU (completed, passed, failed) the
// moveOn category too; « answered », a "cmi5 allowed" statement, carries neither.

const CMI5 = "https://w3id.org/xapi/cmi5/";
export const SESSION_ID = `${CMI5}context/extensions/sessionid`;
export const MASTERY_SCORE = `${CMI5}context/extensions/masteryscore`;
export const CMI5_CATEGORY = `${CMI5}context/categories/cmi5`;
export const MOVEON_CATEGORY = `${CMI5}context/categories/moveon`;
const VERBS = {
  initialized: "http://adlnet.gov/expapi/verbs/initialized",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
  terminated: "http://adlnet.gov/expapi/verbs/terminated",
  answered: "http://adlnet.gov/expapi/verbs/answered",
} as const;
export type Cmi5Verb = keyof typeof VERBS;

type Json = Record<string, unknown>;
const object = v.record(v.string(), v.unknown());
const launchDataSchema = v.object({
  contextTemplate: v.object({
    contextActivities: v.optional(object),
    extensions: v.looseObject({ [SESSION_ID]: v.pipe(v.string(), v.minLength(1)) }),
  }),
  launchMode: v.picklist(["Normal", "Browse", "Review"]),
  moveOn: v.optional(v.picklist(["Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable"])),
  masteryScore: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  returnURL: v.optional(v.string()),
});

/** What the LMS wrote in LMS.LaunchData and the AU needs (cmi5 § 10). */
export interface LaunchData {
  contextTemplate: Json;
  sessionId: string;
  launchMode: "Normal" | "Browse" | "Review";
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
}

/** The LaunchData document read, or undefined when it lacks what cmi5 requires of it. */
export function readLaunchData(json: unknown): LaunchData | undefined {
  const parsed = v.safeParse(launchDataSchema, json);
  if (!parsed.success) return undefined;
  const { masteryScore, moveOn, returnURL, launchMode } = parsed.output;
  return {
    // The template as the LMS wrote it, extra properties included: they must reach every statement.
    contextTemplate: (json as { contextTemplate: Json }).contextTemplate,
    sessionId: parsed.output.contextTemplate.extensions[SESSION_ID],
    launchMode,
    ...(moveOn === undefined ? {} : { moveOn }),
    ...(masteryScore === undefined ? {} : { masteryScore }),
    // Where the AU sends the learner once terminated: a web address only, never a script.
    ...(returnURL !== undefined && /^https?:\/\/[^\s]+$/i.test(returnURL) ? { returnURL } : {}),
  };
}

export interface Cmi5Session {
  launch: Cmi5Launch;
  data: LaunchData;
  /** When the AU initialized (ms since the epoch): durations count from it. */
  startedAt: number;
  /** Where the site's own activity ids live (interactions): its address with the base, ending "/". */
  siteRoot: string;
}

/** An xAPI duration, to the hundredth of a second: "PT75.5S". */
export const isoDuration = (ms: number) => `PT${Math.max(0, Math.round(ms / 10) / 100)}S`;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The template with our category activities, parent and extensions added to its own. */
function context(session: Cmi5Session, categories: string[], extensions: Json = {}, parent = false): Json {
  const ctx = clone(session.data.contextTemplate);
  ctx["registration"] = session.launch.registration;
  const activities = (ctx["contextActivities"] ?? {}) as Record<string, Json[]>;
  const add = (list: string, ids: string[]) => {
    if (ids.length === 0) return;
    const existing = Array.isArray(activities[list]) ? activities[list] : activities[list] ? [activities[list]] : [];
    const known = new Set(existing.map((a) => a["id"]));
    activities[list] = [...existing, ...ids.filter((id) => !known.has(id)).map((id) => ({ id }))];
  };
  add("category", categories);
  if (parent) add("parent", [session.launch.activityId]);
  if (Object.keys(activities).length > 0) ctx["contextActivities"] = activities;
  ctx["extensions"] = { ...extensions, ...(ctx["extensions"] as Json) };
  return ctx;
}

interface Made {
  id: string;
  now: number;
}

function statement(session: Cmi5Session, verb: Cmi5Verb, made: Made, rest: Json): Json {
  const actor: Cmi5Actor = session.launch.actor;
  return {
    id: made.id,
    timestamp: new Date(made.now).toISOString(),
    actor,
    verb: { id: VERBS[verb], display: { "en-US": verb } },
    ...rest,
  };
}

const au = (session: Cmi5Session) => ({ objectType: "Activity", id: session.launch.activityId });
const defined = (session: Cmi5Session, verb: Cmi5Verb, made: Made, result?: Json, extensions?: Json) =>
  statement(session, verb, made, {
    object: au(session),
    ...(result ? { result } : {}),
    context: context(
      session,
      result && ("success" in result || "completion" in result) ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY],
      extensions,
    ),
  });

export const initialized = (session: Cmi5Session, made: Made) => defined(session, "initialized", made);

export const completed = (session: Cmi5Session, made: Made) =>
  defined(session, "completed", made, { completion: true, duration: isoDuration(made.now - session.startedAt) });

/** Passed or failed (cmi5-session.ts judged it), with the LMS's masteryScore when it gave one. */
export function judged(session: Cmi5Session, made: Made, scaled: number, success: boolean) {
  const mastery = session.data.masteryScore;
  return defined(
    session,
    success ? "passed" : "failed",
    made,
    { score: { scaled }, success, duration: isoDuration(made.now - session.startedAt) },
    mastery === undefined ? {} : { [MASTERY_SCORE]: mastery },
  );
}

export const terminated = (session: Cmi5Session, made: Made) =>
  defined(session, "terminated", made, { duration: isoDuration(made.now - session.startedAt) });

/** An answered question: a "cmi5 allowed" statement about the question, an activity of the site. */
export function answered(session: Cmi5Session, made: Made, interaction: QuestionInteraction): Json {
  const fr = (text: string) => ({ "fr-FR": text });
  return statement(session, "answered", made, {
    object: {
      objectType: "Activity",
      id: new URL(`lms/cmi5/questions/${encodeURIComponent(interaction.id)}`, session.siteRoot).href,
      definition: {
        type: "http://adlnet.gov/expapi/activities/cmi.interaction",
        name: fr(interaction.description),
        interactionType: interaction.type,
        correctResponsesPattern: [interaction.correct.join("[,]")],
        choices: interaction.choices.map((choice) => ({ id: choice.id, description: fr(choice.text) })),
      },
    },
    result: { response: interaction.response.join("[,]"), success: interaction.result === "correct" },
    context: context(session, [], {}, true),
  });
}
