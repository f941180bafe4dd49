// The changes « Mon parcours » and an assignment link make to the learner's progress, without a
// browser: what each one changes, and what it must leave as it was.
import { describe, expect, test } from "vitest";
import {
  acceptAssignment,
  forgetSetAsideName,
  removeAssignment,
  resetProgress,
  setLearnerName,
} from "../../src/lib/progress/parcours-changes.ts";
import { emptyProgress, parseProgress, type Progress } from "../../src/lib/progress/schema.ts";
import { parseCopy, restoreCopy } from "../../src/lib/progress/merge.ts";
import type { Assignment } from "../../src/lib/assignments/assignment-schema.ts";
import { sampleAssignment } from "../support/sample-assignment.ts";

const NOW = new Date("2026-12-01T10:00:00.000Z");
const assignment = sampleAssignment;
const other: Assignment = { ...assignment, id: "zzzz9999yyyy", cohort: "Promo d’été" };

/** Progress with a bit of everything, so each change can be seen to keep the rest. */
const full = (): Progress => ({
  ...emptyProgress(),
  lessons: { ecouter: { readAt: "2026-11-20T10:00:00.000Z" } },
  quizzes: {
    ecouter: {
      answers: { q1: ["a"] },
      correct: ["q1"],
      total: 1,
      percent: 100,
      passed: true,
      at: "2026-11-20T10:05:00.000Z",
    },
  },
  simulations: {
    "bad-buzz": {
      ending: "calme",
      endingTitle: "Le calme revient",
      score: 8,
      best: 10,
      at: "2026-11-21T09:00:00.000Z",
    },
  },
  checklists: { role: { a: { included: true, owner: null, note: "" } } },
  reviews: {
    "ecouter/q2": {
      lesson: "ecouter",
      question: "q2",
      fingerprint: "1k2j3h",
      due: "2026-11-21T10:05:00.000Z",
      misses: ["2026-11-20T10:05:00.000Z"],
    },
  },
  assignments: {
    [other.id]: { assignment: other, acceptedAt: "2026-11-01T08:00:00.000Z", learnerKey: "key0000other" },
  },
  unreadAssignments: { vieille: 42 },
  unread: { lessons: { abimee: "??" } },
  learnerName: "Zoé Ângelo",
});

describe("the learner's name", () => {
  test("saving a name replaces the one set aside as unreadable, and nothing else", () => {
    const { learnerName: _none, ...unnamed } = full();
    const before: Progress = { ...unnamed, unreadLearnerName: "<Zoé>" };
    const after = setLearnerName(before, "Zoé");
    expect(after).toEqual({ ...full(), learnerName: "Zoé" });
    expect(after).not.toHaveProperty("unreadLearnerName");
    // Pure: the progress given is not touched.
    expect(before.unreadLearnerName).toBe("<Zoé>");
  });

  test("a name saved again replaces the last one", () => {
    expect(setLearnerName(full(), "Zoé A.").learnerName).toBe("Zoé A.");
  });

  test("forgetting the set-aside name keeps the rest, and the saved name if any", () => {
    const before = { ...full(), unreadLearnerName: 12 };
    const after = forgetSetAsideName(before);
    expect(after).toEqual(full());
    expect(after).not.toHaveProperty("unreadLearnerName");
    expect(forgetSetAsideName(full())).toEqual(full());
  });
});

describe("accepting an assignment", () => {
  test("adds it, accepted now, under a fresh learner key, beside the others", () => {
    const after = acceptAssignment(full(), assignment, NOW, "freshkey0001");
    expect(after.assignments?.[assignment.id]).toEqual({
      assignment,
      acceptedAt: NOW.toISOString(),
      learnerKey: "freshkey0001",
    });
    const { assignments, ...rest } = after;
    const { assignments: before, ...restBefore } = full();
    expect(rest).toEqual(restBefore);
    expect(assignments?.[other.id]).toEqual(before?.[other.id]);
    // What it makes is stored progress that reads back as it is.
    expect(parseProgress(JSON.parse(JSON.stringify(after)))).toEqual(after);
  });

  test("works on progress that never had an assignment", () => {
    const after = acceptAssignment(emptyProgress(), assignment, NOW, "freshkey0001");
    expect(Object.keys(after.assignments ?? {})).toEqual([assignment.id]);
    expect(after).not.toHaveProperty("unreadAssignments");
  });

  test("another version of one already accepted replaces it, keeping its date and learner key", () => {
    const first = acceptAssignment(full(), assignment, NOW, "freshkey0001");
    const newer = { ...assignment, due: "2027-01-10", message: "Une semaine de plus." };
    const again = acceptAssignment(first, newer, new Date("2026-12-05T10:00:00.000Z"), "freshkey0002");
    expect(again.assignments?.[assignment.id]).toEqual({
      assignment: newer,
      acceptedAt: NOW.toISOString(),
      learnerKey: "freshkey0001",
    });
  });

  test("one set aside as unreadable gives back its learner key: the learner keeps one row in the trainer's table", () => {
    const broken = { assignment: { ...assignment, due: "hier" }, acceptedAt: "n’importe", learnerKey: "oldkey000001" };
    const before = { ...full(), unreadAssignments: { [assignment.id]: broken, vieille: 42 } };
    const after = acceptAssignment(before, assignment, NOW, "freshkey0001");
    expect(after.assignments?.[assignment.id]).toEqual({
      assignment,
      acceptedAt: NOW.toISOString(),
      learnerKey: "oldkey000001",
    });
    // The set-aside copy is replaced; other set-aside assignments stay.
    expect(after.unreadAssignments).toEqual({ vieille: 42 });
  });

  test("the last set-aside copy replaced, no empty record is left behind", () => {
    const before = { ...emptyProgress(), unreadAssignments: { [assignment.id]: { learnerKey: "oldkey000001" } } };
    const after = acceptAssignment(before, assignment, NOW, "freshkey0001");
    expect(after).not.toHaveProperty("unreadAssignments");
    expect(after.assignments?.[assignment.id]?.learnerKey).toBe("oldkey000001");
  });

  test("a set-aside key that does not read as one is not reused", () => {
    for (const learnerKey of ["", "COURT", "__proto__", 12, null, "a b c d e f g h"]) {
      const before = { ...emptyProgress(), unreadAssignments: { [assignment.id]: { learnerKey } } };
      expect(acceptAssignment(before, assignment, NOW, "freshkey0001").assignments?.[assignment.id]?.learnerKey).toBe(
        "freshkey0001",
      );
    }
    const whole = { ...emptyProgress(), unreadAssignments: { [assignment.id]: "pas un objet" } };
    expect(acceptAssignment(whole, assignment, NOW, "freshkey0001").assignments?.[assignment.id]?.learnerKey).toBe(
      "freshkey0001",
    );
  });

  test("an assignment accepted and readable keeps its own key over a set-aside one", () => {
    const first = acceptAssignment(emptyProgress(), assignment, NOW, "freshkey0001");
    const before = { ...first, unreadAssignments: { [assignment.id]: { learnerKey: "oldkey000001" } } };
    expect(acceptAssignment(before, assignment, NOW, "freshkey0002").assignments?.[assignment.id]?.learnerKey).toBe(
      "freshkey0001",
    );
  });
});

describe("removing an assignment", () => {
  test("takes that one off and keeps the rest, results included", () => {
    const before = acceptAssignment(full(), assignment, NOW, "freshkey0001");
    expect(removeAssignment(before, assignment.id)).toEqual(full());
  });

  test("an id that is not there changes nothing but an empty record", () => {
    expect(removeAssignment(full(), "inconnue1234")).toEqual(full());
    expect(removeAssignment(emptyProgress(), assignment.id)).toEqual({ ...emptyProgress(), assignments: {} });
  });
});

describe("resetting progress", () => {
  test("forgets lessons, quizzes, simulations, checklists and questions under review", () => {
    const after = resetProgress(full());
    expect(after.lessons).toEqual({});
    expect(after.quizzes).toEqual({});
    expect(after.simulations).toEqual({});
    expect(after).not.toHaveProperty("checklists");
    expect(after).not.toHaveProperty("reviews");
  });

  test("keeps assignments, the name, and everything set aside", () => {
    const before = { ...full(), unreadLearnerName: "<nom>" };
    expect(resetProgress(before)).toEqual({
      ...emptyProgress(),
      assignments: before.assignments,
      unreadAssignments: before.unreadAssignments,
      unread: before.unread,
      learnerName: before.learnerName,
      unreadLearnerName: "<nom>",
    });
  });

  test("adds nothing that was not there", () => {
    expect(resetProgress(emptyProgress())).toEqual(emptyProgress());
  });
});

describe("a set-aside copy read again", () => {
  test("parses on its own, and restoring it is merging what it holds", () => {
    const copy = JSON.stringify(full());
    const read = parseCopy(copy);
    expect(read).toEqual({ ok: true, progress: full() });
    expect(parseCopy("{pas du json")).toEqual({ ok: false, reason: "json" });
    expect(parseCopy("[1,2]")).toEqual({ ok: false, reason: "shape" });
    const restored = restoreCopy(emptyProgress(), copy);
    expect(restored.ok && restored.progress.learnerName).toBe("Zoé Ângelo");
  });
});
