// Reading many report files at once (a cohort of hundreds dropped in one go) without freezing
// the page: the files are read and checked a batch at a time, the browser gets the hand back
// between batches (to paint the progress and answer clicks), and the caller is told how far it
// got. One file that cannot be read or does not check is one refusal naming it; the others land.
import type { Assignment } from "./assignment-schema";
import { MAX_REPORT_BYTES, parseReport, quoted, type Report } from "./report";
import { UNREADABLE_FILE } from "./cohort-wording";

/** What this module needs of a File (a test gives plain objects). */
export interface ReportFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface ReadReports {
  /** Reports that passed every check, in the order of the files. */
  parsed: { fileName: string; report: Report }[];
  /** One French refusal per file refused, naming it, in the order of the files. */
  problems: string[];
  /** The caller stopped wanting them (`wanted()` turned false): nothing should be added. */
  cancelled: boolean;
}

/** Files read and checked between two pauses: small enough that a batch takes a few milliseconds. */
export const IMPORT_BATCH = 25;

/** Gives the browser its turn (a macrotask: it may paint and handle input in between). */
export const browserTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface ReadOptions {
  batch?: number;
  /** Called after each batch with how many files were read so far. */
  progress?: (read: number, total: number) => void;
  /** Awaited between batches. */
  pause?: () => Promise<void>;
  /** Asked after each batch; false stops the reading. */
  wanted?: () => boolean;
}

export async function readReportFiles(
  files: readonly ReportFile[],
  expected: Assignment,
  { batch = IMPORT_BATCH, progress, pause = browserTurn, wanted = () => true }: ReadOptions = {},
): Promise<ReadReports> {
  const result: ReadReports = { parsed: [], problems: [], cancelled: false };
  for (let start = 0; start < files.length; start += batch) {
    const slice = files.slice(start, start + batch);
    // Too big: refused before reading a byte of it. A file gone or unreadable is one refusal.
    const texts = await Promise.all(
      slice.map((file) => (file.size > MAX_REPORT_BYTES ? Promise.resolve("") : file.text().catch(() => null))),
    );
    slice.forEach((file, i) => {
      const text = texts[i];
      if (text === null || text === undefined) {
        result.problems.push(`${quoted(file.name)}\u00a0: ${UNREADABLE_FILE}`);
        return;
      }
      const parsed = parseReport(file.name, text, file.size, expected);
      if (parsed.ok) result.parsed.push({ fileName: file.name, report: parsed.report });
      else result.problems.push(parsed.error);
    });
    const read = Math.min(start + batch, files.length);
    progress?.(read, files.length);
    if (!wanted()) return { ...result, cancelled: true };
    if (read < files.length) await pause();
  }
  return result;
}
