// A minimal LRS behind a cmi5 LMS, on 127.0.0.1 (another port: another origin than the site), for
// the cmi5 browser test: the one-time fetch URL (POST → auth-token), the State resource (the LMS's
// LMS.LaunchData, and any document the AU keeps), the Statements resource. It answers CORS as an LRS
// must for a page on another origin, and records every request and every statement it receives,
// each checked for the token and the xAPI version header; tests/support/cmi5-rules.ts judges them.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface MiniLrs {
  origin: string;
  /** The launch query string an LMS would give the AU (endpoint, fetch, actor, registration, activityId). */
  launch: URLSearchParams;
  actor: object;
  registration: string;
  activityId: string;
  sessionId: string;
  statements: unknown[];
  /** Every request, "METHOD /path", in arrival order (preflights left out). */
  requests: string[];
  /** What a strict LRS would have refused: wrong token, missing version header, a second token… */
  problems: string[];
  close(): Promise<void>;
}

const TOKEN = Buffer.from("relais-au:secret-de-session").toString("base64");

export async function startMiniLrs(options: {
  siteOrigin: () => string;
  masteryScore: number;
  publisherId: string;
  /** Where the LMS wants the learner back once the session ends. */
  returnURL?: string;
}) {
  const statements: unknown[] = [];
  const requests: string[] = [];
  const problems: string[] = [];
  const documents = new Map<string, string>();
  let tokens = 0;
  const registration = crypto.randomUUID();
  const sessionId = crypto.randomUUID();
  const activityId = `https://lms.example.org/activites/${crypto.randomUUID()}`;
  const actor = {
    objectType: "Agent",
    name: "Léa Martin",
    account: { homePage: "https://lms.example.org", name: "lea-42" },
  };
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ id: options.publisherId }] },
      extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": sessionId },
    },
    launchMode: "Normal",
    moveOn: "CompletedAndPassed",
    masteryScore: options.masteryScore,
    ...(options.returnURL ? { returnURL: options.returnURL } : {}),
  };

  const body = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = "";
      req.on("data", (chunk) => (text += chunk));
      req.on("end", () => resolve(text));
    });
  const server = createServer(async (req, res) => {
    res.setHeader("Access-Control-Allow-Origin", options.siteOrigin());
    res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT");
    if (req.method === "OPTIONS") return res.end();
    const url = new URL(req.url ?? "/", "http://lrs");
    requests.push(`${req.method} ${url.pathname}`);
    const json = (status: number, value: unknown) => {
      res.statusCode = status;
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify(value));
    };
    if (url.pathname === "/fetch") {
      if (req.method !== "POST") return json(405, { error: "POST only" });
      tokens += 1;
      if (tokens > 1) {
        problems.push("the fetch URL was called twice");
        return json(200, { "error-code": "1", "error-text": "already used" });
      }
      return json(200, { "auth-token": TOKEN });
    }
    if (!url.pathname.startsWith("/xapi/")) return json(404, {});
    if (req.headers.authorization !== `Basic ${TOKEN}`) problems.push(`${req.method} ${url.pathname}: no valid token`);
    if (req.headers["x-experience-api-version"] !== "1.0.3")
      problems.push(`${req.method} ${url.pathname}: no xAPI version`);
    if (url.pathname === "/xapi/activities/state") {
      const { stateId, agent, activityId: activity, registration: reg } = Object.fromEntries(url.searchParams);
      if (
        activity !== activityId ||
        reg !== registration ||
        JSON.stringify(JSON.parse(agent ?? "null")) !== JSON.stringify(actor)
      )
        problems.push(`state ${stateId}: wrong activity, agent or registration`);
      if (stateId === undefined && req.method === "GET") return json(200, ["LMS.LaunchData", ...documents.keys()]);
      if (stateId === "LMS.LaunchData") {
        if (req.method !== "GET") problems.push("the AU wrote LMS.LaunchData");
        return json(200, launchData);
      }
      if (req.method === "PUT") {
        documents.set(stateId!, await body(req));
        res.statusCode = 204;
        return res.end();
      }
      const stored = documents.get(stateId!);
      return stored === undefined ? json(404, {}) : json(200, JSON.parse(stored));
    }
    if (url.pathname === "/xapi/statements" && req.method === "POST") {
      const received = JSON.parse(await body(req)) as unknown;
      const list = Array.isArray(received) ? received : [received];
      statements.push(...list);
      return json(
        200,
        list.map((s) => (s as { id?: string }).id),
      );
    }
    json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launch = new URLSearchParams({
    endpoint: `${origin}/xapi/`,
    fetch: `${origin}/fetch`,
    actor: JSON.stringify(actor),
    registration,
    activityId,
  });
  const lrs: MiniLrs = {
    origin,
    launch,
    actor,
    registration,
    activityId,
    sessionId,
    statements,
    requests,
    problems,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return lrs;
}
