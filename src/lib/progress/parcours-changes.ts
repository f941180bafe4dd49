// What « Mon parcours » and an assignment link change in the learner's progress — the name on
// reports, assignments accepted or removed, the reset — as named pure functions, like the
// activity changes of changes.ts (apart from them: lessons never load this file).
import * as v from "valibot";
import { emptyProgress, type Progress } from "./schema";
import { storageKey, type Assignment } from "../assignments/assignment-schema";

/** The name the learner puts on reports (checked by nameSchema first); a name set aside as unreadable goes. */
export function setLearnerName(progress: Progress, name: string): Progress {
  const { unreadLearnerName: _replaced, ...rest } = progress;
  return { ...rest, learnerName: name };
}

/** The set-aside name forgotten: the learner emptied the field rather than correct it. */
export function forgetSetAsideName(progress: Progress): Progress {
  const { unreadLearnerName: _forgotten, ...rest } = progress;
  return rest;
}

/**
 * An assignment accepted from its link on `at`. Accepting it again (another version) keeps the
 * first acceptance's date and learner key. One accepted before but set aside as unreadable gives
 * its learner key, if that still reads, so the learner stays on one row of the trainer's table;
 * the set-aside copy is replaced. An edited version of an accepted assignment (`replaces` it)
 * takes that one's learner key: the learner is the same person in both cohort tables, and the
 * replaced one stays, marked replaced in « Mon parcours ». `freshKey` (newId()) is used only when
 * none of these exists.
 */
export function acceptAssignment(progress: Progress, assignment: Assignment, at: Date, freshKey: string): Progress {
  const previous = progress.assignments?.[assignment.id];
  const { [assignment.id]: setAside, ...otherUnread } = progress.unreadAssignments ?? {};
  const oldKey = (setAside as { learnerKey?: unknown } | undefined)?.learnerKey;
  const keptKey = v.is(storageKey, oldKey) ? oldKey : undefined;
  const replaced = assignment.replaces === undefined ? undefined : progress.assignments?.[assignment.replaces];
  const { unreadAssignments: _unread, ...rest } = progress;
  return {
    ...rest,
    ...(Object.keys(otherUnread).length > 0 ? { unreadAssignments: otherUnread } : {}),
    assignments: {
      ...progress.assignments,
      [assignment.id]: {
        assignment,
        acceptedAt: previous?.acceptedAt ?? at.toISOString(),
        learnerKey: previous?.learnerKey ?? keptKey ?? replaced?.learnerKey ?? freshKey,
      },
    },
  };
}

/** An assignment taken off « Mon parcours »: lessons read and results stay. */
export function removeAssignment(progress: Progress, id: string): Progress {
  const { [id]: _removed, ...rest } = progress.assignments ?? {};
  return { ...progress, assignments: rest };
}

/**
 * Lessons, quizzes, simulations, checklists and questions under review forgotten. Accepted
 * assignments and the learner's name are not progress: they stay. What was set aside stays too,
 * until the learner deletes it under « Données mises de côté ».
 */
export function resetProgress({
  assignments,
  unreadAssignments,
  unread,
  learnerName,
  unreadLearnerName,
}: Progress): Progress {
  return {
    ...emptyProgress(),
    ...(assignments ? { assignments } : {}),
    ...(unreadAssignments ? { unreadAssignments } : {}),
    ...(unread ? { unread } : {}),
    ...(learnerName ? { learnerName } : {}),
    ...(unreadLearnerName !== undefined ? { unreadLearnerName } : {}),
  };
}

// Importing a backup, restoring what was set aside and deleting it are merges, in merge.ts
// (only « Mon parcours » loads them): mergeProgress(progress, backup), restoreUnread(progress),
// withoutUnread(progress).
