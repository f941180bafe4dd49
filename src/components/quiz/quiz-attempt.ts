// The attempt each question of the quiz in progress was shuffled in, per lesson, in this tab's
// sessionStorage: a reload in the middle of an attempt shows the same order. Not
// progress (localStorage is the progress store's): a new tab is a new attempt.
import { isSeed } from "../../lib/shuffle";

const key = (lesson: string) => `relais:quiz-attempt:${lesson}`;

/** The seeds saved for this lesson in this tab, if any can be read. */
export function attemptSeeds(lesson: string): Record<string, string> | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key(lesson)) ?? "null");
    if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
    const entries = Object.entries(value).filter((entry): entry is [string, string] => isSeed(entry[1]));
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  } catch {
    return undefined; // storage disabled or a value that is not JSON: a fresh order does no harm
  }
}

export function keepAttemptSeeds(lesson: string, seeds: Readonly<Record<string, string>>): void {
  try {
    sessionStorage.setItem(key(lesson), JSON.stringify(seeds));
  } catch {
    // Without session storage a reload shuffles again; the answers are still checked by id.
  }
}
