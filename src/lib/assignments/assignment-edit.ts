// Editing an assignment. Its link is already in learners' hands and cannot change, so an edit
// makes a new assignment (new id, new link) that names the one it replaces (`replaces`). The
// trainer's list and the learner's « Mon parcours » tell replaced versions from current ones with
// these functions; chains (A replaced by B, B by C) follow `replaces` one step at a time.
import type { Assignment } from "./assignment-schema";

/** What the trainer chose in the form: everything but the identity an edit gives anew. */
export type AssignmentChoices = Omit<Assignment, "id" | "created" | "replaces">;

/** The assignment made by editing `old`: the trainer's new choices, a new id, today, and `replaces: old.id`. */
export const replacement = (
  old: Pick<Assignment, "id">,
  choices: AssignmentChoices,
  id: string,
  created: string,
): Assignment => ({ ...choices, id, created, replaces: old.id });

/** What the form opens with when `assignment` is edited: its choices, as they are. */
export const choicesOf = ({ id: _id, created: _created, replaces: _replaces, ...choices }: Assignment) =>
  choices satisfies AssignmentChoices;

/**
 * Per assignment id, the assignment (among `assignments`) that replaces it. Should two replace the
 * same one (edited on two devices), the later created wins, then the greater id, so every device
 * says the same.
 */
export function replacedBy(assignments: Iterable<Assignment>): Map<string, Assignment> {
  const by = new Map<string, Assignment>();
  for (const assignment of assignments) {
    const old = assignment.replaces;
    if (old === undefined || old === assignment.id) continue;
    const known = by.get(old);
    if (!known || later(assignment, known)) by.set(old, assignment);
  }
  return by;
}

const later = (a: Assignment, b: Assignment) => a.created > b.created || (a.created === b.created && a.id > b.id);

/**
 * The newest version of `assignment` among `assignments`: its replacement's replacement, and so
 * on. Stops at a loop (which only hand-edited data can make) rather than going round.
 */
export function latestVersion(assignment: Assignment, assignments: Iterable<Assignment>): Assignment {
  const by = replacedBy(assignments);
  const seen = new Set([assignment.id]);
  let current = assignment;
  for (let next = by.get(current.id); next && !seen.has(next.id); next = by.get(current.id)) {
    seen.add(next.id);
    current = next;
  }
  return current;
}

/** Current versions first (in `order`), then replaced ones (in the same order): what a list shows. */
export function currentFirst<T>(entries: T[], assignmentOf: (entry: T) => Assignment, order: (a: T, b: T) => number) {
  const replaced = replacedBy(entries.map(assignmentOf));
  const isReplaced = (entry: T) => replaced.has(assignmentOf(entry).id);
  return [...entries].sort((a, b) => Number(isReplaced(a)) - Number(isReplaced(b)) || order(a, b));
}
