import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import {
  PROGRESS_VERSION,
  parseProgress,
  type Progress,
  type QuizResult,
  type SimulationResult,
} from "../progress/schema";

// The learner's progress as the LMS keeps it between sessions (SCORM 1.2 cmi.suspend_data, at
// most 4,096 characters): lessons read, quiz results with their answers, simulation results.
// Review cards (« Révisions ») stay on the device: a package has no review page, and they are
// the largest part of progress. Written as short-keyed JSON with dates in base 36, deflated,
// in base64, after "r1.". When that is too long, the least needed parts go first (LEVELS); read
// back, every entry is checked by the progress schema and a bad one is dropped alone.

export const SUSPEND_DATA_MAX = 4096;
const PREFIX = "r1.";

type Packed = Record<string, unknown>;
const time = (iso: string) => Date.parse(iso).toString(36);
function iso(packed: unknown): unknown {
  const ms = typeof packed === "string" ? parseInt(packed, 36) : NaN;
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : packed;
}

/** What each level keeps: every level drops more of what a resumed session needs least. */
interface Keep {
  plays: boolean; // a simulation's whole history
  records: boolean; // record-setting attempts and endings found
  seeds: boolean; // the option order each answer was given in
  answers: boolean; // the answers themselves (the scores stay)
}
const LEVELS: Keep[] = [
  { plays: true, records: true, seeds: true, answers: true },
  { plays: false, records: true, seeds: true, answers: true },
  { plays: false, records: false, seeds: true, answers: true },
  { plays: false, records: false, seeds: false, answers: true },
  { plays: false, records: false, seeds: false, answers: false },
];

function packQuiz(q: QuizResult, keep: Keep): Packed {
  return {
    p: q.percent,
    k: q.passed ? 1 : 0,
    n: q.total,
    t: time(q.at),
    c: q.correct,
    ...(keep.answers ? { a: q.answers } : {}),
    ...(keep.seeds && q.seeds ? { s: q.seeds } : {}),
    ...(keep.records && q.records ? { r: q.records.map((r) => [r.percent, r.passed ? 1 : 0, time(r.at)]) } : {}),
  };
}

const packPlay = (p: { ending: string; endingTitle: string; score: number; at: string }) => [
  p.ending,
  p.endingTitle,
  p.score,
  time(p.at),
];
function packSimulation(s: SimulationResult, keep: Keep): Packed {
  return {
    e: s.ending,
    h: s.endingTitle,
    p: s.score,
    b: s.best,
    t: time(s.at),
    ...(keep.records && s.records ? { r: s.records.map(packPlay) } : {}),
    ...(keep.records && s.found ? { f: s.found.map((f) => [f.ending, f.endingTitle]) } : {}),
    ...(keep.plays && s.plays ? { y: s.plays.map(packPlay) } : {}),
  };
}

const encodeText = (json: string) => {
  const bytes = deflateSync(strToU8(json), { level: 9 });
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary);
};

const map = <T, U>(record: Record<string, T>, f: (value: T) => U) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

/** Entries by how long ago they last changed, oldest first: the first to go when even scores do not fit. */
function byAge(progress: Progress): { collection: "lessons" | "quizzes" | "simulations"; id: string; at: number }[] {
  return [
    ...Object.entries(progress.simulations).map(([id, s]) => ({
      collection: "simulations" as const,
      id,
      at: Date.parse(s.at),
    })),
    ...Object.entries(progress.quizzes).map(([id, q]) => ({
      collection: "quizzes" as const,
      id,
      at: Date.parse(q.at),
    })),
    ...Object.entries(progress.lessons).map(([id, l]) => ({
      collection: "lessons" as const,
      id,
      at: Date.parse(l.readAt),
    })),
  ].toSorted((a, b) => a.at - b.at);
}

function packAt(progress: Progress, keep: Keep): string {
  return encodeText(
    JSON.stringify({
      l: map(progress.lessons, (l) => time(l.readAt)),
      q: map(progress.quizzes, (q) => packQuiz(q, keep)),
      s: map(progress.simulations, (s) => packSimulation(s, keep)),
    }),
  );
}

/**
 * Progress as suspend data, never longer than `max`: the first level that fits, and when not
 * even scores fit, without the oldest entries (then a quiz's score outlives its lesson's reading).
 */
export function encodeSuspendData(progress: Progress, max = SUSPEND_DATA_MAX): string {
  for (const keep of LEVELS) {
    const text = packAt(progress, keep);
    if (text.length <= max) return text;
  }
  const last = LEVELS.at(-1)!;
  const left: Progress = {
    ...progress,
    lessons: { ...progress.lessons },
    quizzes: { ...progress.quizzes },
    simulations: { ...progress.simulations },
  };
  for (const { collection, id } of byAge(progress)) {
    delete left[collection][id];
    const text = packAt(left, last);
    if (text.length <= max) return text;
  }
  return packAt(left, last);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function unpackQuiz(p: Record<string, unknown>): unknown {
  return {
    answers: p["a"] ?? {},
    correct: p["c"],
    total: p["n"],
    percent: p["p"],
    passed: p["k"] === 1,
    at: iso(p["t"]),
    ...(p["s"] === undefined ? {} : { seeds: p["s"] }),
    ...(p["r"] === undefined
      ? {}
      : { records: list(p["r"]).map((r) => ({ percent: list(r)[0], passed: list(r)[1] === 1, at: iso(list(r)[2]) })) }),
  };
}

const unpackPlay = (p: unknown) => {
  const [ending, endingTitle, score, at] = list(p);
  return { ending, endingTitle, score, at: iso(at) };
};
function unpackSimulation(p: Record<string, unknown>): unknown {
  return {
    ending: p["e"],
    endingTitle: p["h"],
    score: p["p"],
    best: p["b"],
    at: iso(p["t"]),
    ...(p["r"] === undefined ? {} : { records: list(p["r"]).map(unpackPlay) }),
    ...(p["f"] === undefined
      ? {}
      : { found: list(p["f"]).map((f) => ({ ending: list(f)[0], endingTitle: list(f)[1] })) }),
    ...(p["y"] === undefined ? {} : { plays: list(p["y"]).map(unpackPlay) }),
  };
}

const unpackEach = (value: unknown, unpack: (p: Record<string, unknown>) => unknown) =>
  isRecord(value) ? map(value, (p) => (isRecord(p) ? unpack(p) : p)) : {};

/**
 * The progress suspend data holds, each entry checked: a bad entry is dropped alone. Undefined
 * for a text that is not Relais suspend data at all (empty, another course's, cut short).
 */
export function decodeSuspendData(text: string): Progress | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  let packed: unknown;
  try {
    const binary = atob(text.slice(PREFIX.length));
    packed = JSON.parse(strFromU8(inflateSync(Uint8Array.from(binary, (c) => c.charCodeAt(0)))));
  } catch {
    return undefined;
  }
  if (!isRecord(packed)) return undefined;
  const progress = parseProgress({
    version: PROGRESS_VERSION,
    lessons: isRecord(packed["l"]) ? map(packed["l"], (t) => ({ readAt: iso(t) })) : {},
    quizzes: unpackEach(packed["q"], unpackQuiz),
    simulations: unpackEach(packed["s"], unpackSimulation),
  });
  if (!progress) return undefined;
  const { unread: _dropped, ...kept } = progress;
  return kept;
}
