// The cmi5 runtime of a lesson or simulation page launched by a cmi5 LMS: loaded only when the page
// was opened with cmi5 parameters (lesson-islands.ts, Simulation.astro). It checks the launch
// (lib/lms/cmi5-launch.ts, against the LRS origins of the page's own policy), fetches the session's
// token once, reads LMS.LaunchData, sends « initialized », then what the learner's progress reports
// (lib/lms/cmi5-session.ts), and « terminated » when the page is left. Progress is saved on the
// device as ever; a refused launch or an LRS that fails is said in French, and nothing more is sent.
// Requests go only to the launch's fetch URL and endpoint, which the policy's connect-src allows.
import { progressStore } from "../../lib/progress/browser";
import type { Progress } from "../../lib/progress/schema";
import { checkLaunch, type Cmi5Launch } from "../../lib/lms/cmi5-launch";
import { lrsOriginsOfPolicy } from "../../lib/lms/lrs-origins";
import { cmi5Reports, type Cmi5Report, type Cmi5Scope, type Cmi5Sent } from "../../lib/lms/cmi5-session";
import * as make from "../../lib/lms/cmi5-statements";
import { progressEvents } from "../../lib/lms/progress-events";
import type { QuizQuestion } from "../../lib/lms/question-interaction";
import type { QuestionKind } from "../../lib/quiz/quiz-scoring";
import { CMI5_CONNECTED, CMI5_RETURN, CMI5_UNREACHABLE, cmi5LaunchRefused } from "../../lib/lms/lms-wording";
import { el } from "../dom";

type Json = Record<string, unknown>;
/** This AU's own State document: what the registration already holds from it (sent once). */
const SENT_STATE = "relais.cmi5.envoye";

let notice: HTMLElement | undefined;
function say(text: string, problem = false) {
  notice ??= document
    .querySelector("main .container")!
    .insertAdjacentElement("afterbegin", el("p", "", "box lms-notice"))! as HTMLElement;
  notice.setAttribute("role", problem ? "alert" : "status");
  notice.textContent = text;
}

/** The page's AU: its lesson (by its read marker or quiz) or its simulation. */
function pageScope(): Cmi5Scope | undefined {
  const simulation = document.querySelector<HTMLElement>("relais-simulation");
  if (simulation)
    return {
      kind: "simulation",
      id: simulation.dataset["simulation"]!,
      passPercent: Number(simulation.dataset["pass"] ?? 70),
    };
  const lesson = document.querySelector<HTMLElement>("relais-read-marker, relais-quiz")?.dataset["lesson"];
  return lesson ? { kind: "lecon", id: lesson } : undefined;
}

/** The page's quiz as the LMS sees it, read from its server-rendered markup. */
function pageQuiz(): QuizQuestion[] {
  return [...document.querySelectorAll<HTMLElement>("relais-quiz fieldset[data-question]")].map((fieldset) => {
    const legend = fieldset.querySelector("legend")!.cloneNode(true) as HTMLElement;
    legend.querySelector(".question-number")?.remove();
    return {
      id: fieldset.dataset["question"]!,
      kind: fieldset.dataset["kind"] as QuestionKind,
      prompt: legend.textContent!.trim(),
      choices: [...fieldset.querySelectorAll<HTMLElement>("[data-option], [data-step]")].map((li) => ({
        id: (li.dataset["option"] ?? li.dataset["step"])!,
        text: li.querySelector("label, .step-text")!.textContent!.trim(),
      })),
      expected: fieldset.dataset["expected"]!.split(" "),
    };
  });
}

async function start() {
  const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
  const check = checkLaunch(new URLSearchParams(location.search), lrsOriginsOfPolicy(policy));
  if (!check.ok) return say(cmi5LaunchRefused(check.problem), true);
  const scope = pageScope();
  if (!scope) return;
  const { launch } = check;
  const token = await fetchToken(launch);
  const headers = { Authorization: `Basic ${token}`, "X-Experience-API-Version": "1.0.3" };
  const state = (stateId: string) => stateUrl(launch, stateId);
  const data = make.readLaunchData(await getJson(state("LMS.LaunchData"), headers));
  if (!data) throw new Error("LMS.LaunchData");
  // Our own document, if an earlier session of this registration left one: listed first, as a GET of
  // a document not there answers 404, which the browser reports as an error.
  const ids = await getJson(state(""), headers);
  const previous = (
    Array.isArray(ids) && ids.includes(SENT_STATE) ? await getJson(state(SENT_STATE), headers) : {}
  ) as Partial<Cmi5Sent>;
  let sent: Cmi5Sent = { completed: previous.completed === true, passed: previous.passed === true };
  const session: make.Cmi5Session = {
    launch,
    data,
    startedAt: Date.now(),
    // The site's public address (RELAIS_SITE), as in cmi5.xml: question ids do not change with the host.
    siteRoot: new URL(import.meta.env.BASE_URL.replace(/\/?$/, "/"), import.meta.env.SITE).href,
  };
  const judging = data.launchMode === "Normal";
  const made = () => ({ id: crypto.randomUUID(), now: Date.now() });
  let ended = false;
  let chain = Promise.resolve();
  const post = (statements: Json[]) => {
    // One after another, so the LRS receives them in order; keepalive lets the last leave with the page.
    const body = JSON.stringify(statements);
    chain = chain
      .then(() => send(`${launch.endpoint}statements`, "POST", body, headers))
      .catch(() => {
        ended = true;
        say(CMI5_UNREACHABLE, true);
      });
  };
  const remember = () => {
    chain = chain.then(() => send(state(SENT_STATE), "PUT", JSON.stringify(sent), headers)).catch(() => undefined);
  };
  const statementOf = (report: Cmi5Report) =>
    report.verb === "completed"
      ? make.completed(session, made())
      : report.verb === "judged"
        ? make.judged(session, made(), report.scaled, report.passed)
        : make.answered(session, made(), report.interaction);
  const report = (reports: Cmi5Report[], after: Cmi5Sent) => {
    if (ended || reports.length === 0) return;
    const changed = after.completed !== sent.completed || after.passed !== sent.passed;
    sent = after;
    post(reports.map(statementOf));
    if (changed) remember();
  };

  post([make.initialized(session, made())]);
  say(CMI5_CONNECTED);
  const launched = { judging, masteryScore: data.masteryScore };
  const apply = (events: ReturnType<typeof progressEvents>) => {
    for (const event of events) {
      const next = cmi5Reports(scope, event, sent, launched);
      report(next.reports, next.sent);
    }
  };
  // Read or played before this launch, on this device: completed now; only its judgement waits.
  const store = progressStore();
  let before: Progress = store.read();
  const done = Object.hasOwn(scope.kind === "lecon" ? before.lessons : before.simulations, scope.id);
  if (done && judging && !sent.completed) report([{ verb: "completed" }], { ...sent, completed: true });
  const course = { quizzes: scope.kind === "lecon" ? { [scope.id]: pageQuiz() } : {} };
  store.subscribe((after) => {
    apply(progressEvents(before, after, course));
    before = after;
  });
  const end = () => {
    if (ended) return;
    ended = true;
    post([make.terminated(session, made())]);
  };
  addEventListener("pagehide", end);
  // With a returnURL, the learner can end the session here: terminated, then back to the platform.
  const { returnURL } = data;
  if (returnURL) {
    const back = el("button", CMI5_RETURN, "button");
    back.type = "button";
    back.addEventListener("click", () => {
      end();
      void chain.then(() => location.assign(returnURL));
    });
    notice?.after(back);
  }
}

function stateUrl(launch: Cmi5Launch, stateId: string) {
  const url = new URL("activities/state", launch.endpoint);
  url.search = new URLSearchParams({
    ...(stateId ? { stateId } : {}),
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  }).toString();
  return url.href;
}

async function send(url: string, method: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method,
    body,
    headers: { ...headers, "Content-Type": "application/json" },
    keepalive: true,
    credentials: "omit",
  });
  if (!response.ok) throw new Error(`${method} ${response.status}`);
}

async function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers, credentials: "omit", cache: "no-store" });
  if (!response.ok) throw new Error(`GET ${response.status}`);
  return response.json();
}

/** The session's token: one POST to the fetch URL (cmi5 § 8.2), never a GET, never twice. */
async function fetchToken(launch: Cmi5Launch): Promise<string> {
  const response = await fetch(launch.fetch, { method: "POST", credentials: "omit", cache: "no-store" });
  const json = (await response.json()) as { "auth-token"?: unknown };
  if (!response.ok || typeof json["auth-token"] !== "string") throw new Error("auth-token");
  return json["auth-token"];
}

start().catch(() => say(CMI5_UNREACHABLE, true));
