// Finding the SCORM 1.2 API an LMS offers its content (the RTE's own algorithm): a `window.API`
// object in this window or one of its parents, up to a few levels, then in the window that
// opened this one and its parents. A parent from another origin cannot be read: it is skipped,
// never an exception.

/** The SCORM 1.2 API's functions the package calls (values are strings, as the RTE says). */
export interface Scorm12Api {
  LMSInitialize(parameter: ""): string;
  LMSFinish(parameter: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ""): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The part of a window the search reads. */
export interface WindowLike {
  parent: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
}

/** How many parents up the search goes (LMS frames nest a few deep; the RTE's example allows 7). */
export const MAX_LEVELS = 7;

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === "object" &&
  value !== null &&
  ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish", "LMSGetLastError"].every(
    (name) => typeof (value as Record<string, unknown>)[name] === "function",
  );

function apiOf(win: WindowLike): Scorm12Api | undefined {
  try {
    return isApi(win.API) ? win.API : undefined;
  } catch {
    return undefined; // a window of another origin
  }
}

/** The API in `start` or its parents, up to MAX_LEVELS up. */
function inParents(start: WindowLike): Scorm12Api | undefined {
  let win: WindowLike | null = start;
  for (let level = 0; win && level <= MAX_LEVELS; level++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: WindowLike | null = null;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/** The LMS's API for this window, or undefined when the package was opened alone. */
export function findScormApi(win: WindowLike): Scorm12Api | undefined {
  const found = inParents(win);
  if (found) return found;
  try {
    return win.opener ? inParents(win.opener) : undefined;
  } catch {
    return undefined;
  }
}
