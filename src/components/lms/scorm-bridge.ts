// The SCORM 1.2 runtime of a package (relais-scorm.js at its root, loaded first by every page
// of the package; bundled by src/integrations/lms/scorm-bridge-bundle.ts). Opened in an LMS, it
// finds the LMS's API, restores the progress the LMS kept (cmi.suspend_data) into the device's,
// resumes at the last place on the launch page, and reports every change of progress:
// interactions, status, score, location, suspend data, then LMSCommit. Opened alone, it does
// nothing: the package works on device progress. The rules are in src/lib/lms/.
import { decodeSuspendData } from "../../lib/lms/suspend-data";
import { mergeProgress } from "../../lib/progress/merge";
import { progressStore } from "../../lib/progress/browser";
import type { Progress } from "../../lib/progress/schema";
import { findScormApi, type Scorm12Api } from "../../lib/lms/scorm-api";
import {
  PACKAGE_DESCRIPTION_FILE,
  parsePackageDescription,
  type PackageDescription,
} from "../../lib/lms/package-description";
import { locationItem } from "../../lib/lms/scorm-status";
import { scormReport, scormTimespan } from "../../lib/lms/scorm-report";
import { lmsSaveFailed, lmsStartFailed } from "../../lib/lms/lms-wording";
import { pageQuizzes } from "./page-quizzes";

const START_KEY = "relais:scorm:debut";

/** Says an LMS error in the page, once per kind of trouble (the latest wording replaces the last). */
function say(message: string) {
  let notice = document.querySelector<HTMLElement>("[data-lms-message]");
  if (!notice) {
    notice = document.createElement("p");
    notice.className = "update-notice";
    notice.setAttribute("role", "alert");
    notice.dataset["lmsMessage"] = "";
    // Where the site says its own news (the layout's update notice), before the header.
    const news = document.querySelector(".update-notice");
    if (news) news.after(notice);
    else document.body.prepend(notice);
  }
  notice.textContent = message;
}

const failure = (api: Scorm12Api): [string, string] | undefined => {
  const code = String(api.LMSGetLastError());
  return code === "0" || code === "" ? undefined : [code, String(api.LMSGetErrorString(code) ?? "")];
};

/**
 * Opens the session; true when this page opened it (the first of the session), false when it
 * continues one a page before opened, undefined when the LMS refuses (said in the page).
 */
function open(api: Scorm12Api): boolean | undefined {
  if (String(api.LMSInitialize("")) === "true") return true;
  const refused = failure(api);
  // A session already open (the learner came from another page of the package) answers reads.
  api.LMSGetValue("cmi.core.lesson_status");
  if (!failure(api)) return false;
  say(lmsStartFailed(...(refused ?? ["101", ""])));
  return undefined;
}

async function description(root: URL): Promise<PackageDescription | undefined> {
  try {
    const response = await fetch(new URL(PACKAGE_DESCRIPTION_FILE, root));
    return parsePackageDescription(await response.json());
  } catch {
    return undefined;
  }
}

function start(api: Scorm12Api) {
  const opened = open(api);
  if (opened === undefined) return;
  const root = new URL(document.documentElement.dataset["packageRoot"] ?? "./", location.href);
  const page = decodeURI(location.pathname.slice(root.pathname.length));
  try {
    if (opened) sessionStorage.setItem(START_KEY, String(Date.now()));
  } catch {
    // Without session storage the session time is this page's.
  }
  const store = progressStore();
  const kept = decodeSuspendData(String(api.LMSGetValue("cmi.suspend_data") ?? ""));
  if (kept) store.update((progress) => mergeProgress(progress, kept));
  // What the LMS kept stays known here even where the device cannot save it.
  let known: Progress = store.read();
  let interactions = Number(api.LMSGetValue("cmi.interactions._count")) || 0;
  const course = pageQuizzes(document);
  let leavingInside = false;

  const report = (info: PackageDescription | undefined, progress: Progress) => {
    const after = mergeProgress(progress, known);
    const { values, interactions: next } = scormReport({
      before: known,
      after,
      description: info,
      course,
      page,
      interactions,
      now: new Date(),
    });
    known = after;
    interactions = next;
    let trouble: [string, string] | undefined;
    for (const [element, value] of values) {
      api.LMSSetValue(element, value);
      trouble ??= failure(api);
    }
    api.LMSCommit("");
    trouble ??= failure(api);
    if (trouble) say(lmsSaveFailed(...trouble));
  };

  // A link followed inside the package keeps the session open for the next page, and so does a
  // form sent to one (the search). Heard last (bubbling), so a click or a submit the page handles
  // itself (the quiz's « Vérifier mes réponses ») leaves nothing.
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href]");
    if (event.defaultPrevented || !(link instanceof HTMLAnchorElement) || link.target) return;
    if (!link.href.startsWith(root.href)) return;
    // A link to a place in this page (« Aller au quiz ») leaves nothing.
    if (link.pathname !== location.pathname || link.search !== location.search) leavingInside = true;
  });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.target) return;
    if (form.action.startsWith(root.href)) leavingInside = true;
  });

  // Leaving the package (the LMS closes it, the learner goes elsewhere) ends the session.
  addEventListener("pagehide", () => {
    api.LMSCommit("");
    if (leavingInside) return;
    let begun = Date.now();
    try {
      begun = Number(sessionStorage.getItem(START_KEY)) || begun;
      sessionStorage.removeItem(START_KEY);
    } catch {
      // This page's time only.
    }
    api.LMSSetValue("cmi.core.exit", "suspend");
    api.LMSSetValue("cmi.core.session_time", scormTimespan(Date.now() - begun));
    api.LMSFinish("");
  });

  void description(root).then((info) => {
    if (opened && (page === "" || page === "index.html") && info) {
      const item = locationItem(info, String(api.LMSGetValue("cmi.core.lesson_location") ?? ""));
      if (item) {
        leavingInside = true;
        location.replace(new URL(item.path, root));
        return;
      }
    }
    report(info, store.read());
    store.subscribe((progress) => report(info, progress));
  });
}

const api = findScormApi(window as unknown as Parameters<typeof findScormApi>[0]);
if (api) {
  try {
    start(api);
  } catch {
    // An LMS API that throws instead of answering: the page goes on with device progress.
  }
}
