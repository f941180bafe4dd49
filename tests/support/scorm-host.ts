// An LMS in miniature for the SCORM tests: the real scorm-again (npm) runtime on a host page that
// puts its Scorm12API on window.API and shows a package's launch page in a frame, served on
// 127.0.0.1 with the package's files at the root. The host records every value the package sets
// and every LMSInitialize, LMSCommit and LMSFinish, and can start from the data a previous
// session left (a relaunch). Meant for any package: `files` answers a path of the package.
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { ROOT } from "./paths.ts";

const HOST = "/__lms/";
const SCORM_AGAIN = join(ROOT, "node_modules/scorm-again/dist/scorm12.min.js");

/** What the LMS keeps of a session: the last value of each element, and the calls in order. */
export interface LmsRecord {
  values: Record<string, string>;
  calls: string[];
}

/** The elements an LMS gives back to the next launch of a SCORM 1.2 package. */
export const KEPT = ["cmi.core.lesson_location", "cmi.core.lesson_status", "cmi.core.score.raw", "cmi.suspend_data"];

const hostPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>LMS de test</title><link rel="icon" href="data:,">
<script src="${HOST}scorm12.js"></script>
<script src="${HOST}host.js"></script></head>
<body><h1>LMS de test</h1><iframe title="Paquet" width="1000" height="700"></iframe></body></html>`;

// The previous session's values come in the page's hash (#{"cmi.suspend_data": …}).
const hostScript = `
const previous = location.hash.length > 1 ? JSON.parse(decodeURIComponent(location.hash.slice(1))) : {};
// An LMS whose server fails every save (?commit-fails): its commits go to a URL that answers 500.
const failing = location.search === "?commit-fails";
const api = new Scorm12API({ autocommit: false, logLevel: 5, ...(failing ? { lmsCommitUrl: "${HOST}commit" } : {}) });
const core = {};
for (const [k, v] of Object.entries(previous)) if (k.startsWith("cmi.core.")) core[k.slice(9)] = v;
const data = { core: { ...core, entry: Object.keys(previous).length > 0 ? "resume" : "ab-initio" } };
if (previous["cmi.suspend_data"] !== undefined) data.suspend_data = previous["cmi.suspend_data"];
api.loadFromJSON(data);
window.API = api;
window.lms = { values: {}, calls: [] };
api.on("LMSInitialize", () => lms.calls.push("LMSInitialize"));
api.on("LMSCommit", () => lms.calls.push("LMSCommit"));
api.on("LMSFinish", () => lms.calls.push("LMSFinish"));
api.on("LMSSetValue.cmi.*", (element, value) => { lms.values[element] = String(value); });
addEventListener("DOMContentLoaded", () => { document.querySelector("iframe").src = "/index.html"; });
`;

export interface ScormHost {
  url: string;
  /** The host page's address for a launch, after a session that left `previous` (none: a first launch). */
  launchUrl(previous?: Record<string, string>, options?: { commitFails?: boolean }): string;
  close(): Promise<void>;
}

/**
 * Serves the host and a package: `files(path)` gives the package's file at `path` (from its
 * root, "" for the launch page's folder), or undefined for a 404.
 */
export async function serveScormHost(files: (path: string) => Buffer | string | undefined): Promise<ScormHost> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send = (type: string, body: Buffer | string) => {
      res.setHeader("Content-Type", type);
      res.end(body);
    };
    if (path === `${HOST}host.html`) return send("text/html; charset=utf-8", hostPage);
    if (path === `${HOST}host.js`) return send("text/javascript", hostScript);
    if (path === `${HOST}commit`) {
      res.statusCode = 500;
      return res.end();
    }
    if (path === `${HOST}scorm12.js`) return send("text/javascript", readFileSync(SCORM_AGAIN));
    const file = path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1);
    const body = files(file);
    if (body === undefined) {
      res.statusCode = 404;
      return res.end();
    }
    const type = file.endsWith(".html")
      ? "text/html; charset=utf-8"
      : file.endsWith(".js")
        ? "text/javascript"
        : file.endsWith(".css")
          ? "text/css"
          : file.endsWith(".json")
            ? "application/json"
            : "application/octet-stream";
    send(type, body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: (previous, options = {}) =>
      `${url}${HOST.slice(1)}host.html${options.commitFails ? "?commit-fails" : ""}${previous ? `#${encodeURIComponent(JSON.stringify(previous))}` : ""}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What the host's LMS recorded so far. */
export const lmsRecord = (host: Page): Promise<LmsRecord> =>
  host.evaluate(() => (window as unknown as { lms: LmsRecord }).lms);

/** The LMS closes the package (as Moodle does on « Quitter l'activité »): its page is unloaded. */
export const closePackage = (host: Page): Promise<void> =>
  host.evaluate(() => {
    document.querySelector("iframe")!.src = "about:blank";
  });

/** The values a relaunch starts from: those an LMS keeps of the session that ended. */
export const keptValues = (record: LmsRecord): Record<string, string> =>
  Object.fromEntries(
    KEPT.flatMap((element) => (record.values[element] === undefined ? [] : [[element, record.values[element]]])),
  );
