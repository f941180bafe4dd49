// The changes the trainer's pages make to what their device keeps: what each one changes,
// and what it must leave alone (other assignments, other cohorts, unrelated set-aside entries).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import type { Assignment } from "../../src/lib/assignments/assignment-link.ts";
import { buildReport, type Report } from "../../src/lib/assignments/report.ts";
import {
  addAssignment,
  addReports,
  clearCohort,
  deleteAssignment,
  dropSetAside,
  restoreSetAside,
} from "../../src/lib/assignments/trainer-changes.ts";
import { readTrainerCopy, type TrainerData } from "../../src/lib/assignments/trainer-store.ts";
import { assignment as anyAssignment } from "../support/assignment-arbitraries.ts";

/** An assignment of one lesson, due in 2030. */
const assignmentOf = (id: string, cohort: string): Assignment => ({
  id,
  cohort,
  trainer: "Inès",
  due: "2030-12-01",
  passScore: 70,
  message: "",
  items: ["lecon:ecouter"],
  created: "2026-11-20",
});
const winter = assignmentOf("cohorte000001", "Promo d’hiver");
const summer = assignmentOf("cohorte000002", "Promo d’été");

const reportOf = (name: string, key: string, of: Assignment, exportedAt = "2026-11-22T09:00:00.000Z"): Report =>
  buildReport({
    name,
    key,
    assignment: of,
    acceptedAt: "2026-11-20T08:00:00.000Z",
    statuses: [{ item: "lecon:ecouter", state: "lu", score: null, ending: null, at: "2026-11-21T10:00:00.000Z" }],
    now: new Date(exportedAt),
  });
const zoe = reportOf("Zoé Ângelo", "learner00001", winter);
const elie = reportOf("Élie", "learner00002", winter);
const noe = reportOf("Noé", "learner00003", summer);

// Set-aside entries as the store writes them: a whole assignment, or one learner's report.
const asideAssignment = (id: string) => ({ assignment: id, entry: { id } });
const asideReport = (id: string, learner: string) => ({ assignment: id, learner, entry: { broken: true } });

/** Two assignments, a report in each table, set-aside entries of both and of one long gone. */
const device = (): TrainerData => ({
  version: 1,
  assignments: { [winter.id]: winter, [summer.id]: summer },
  cohorts: { [winter.id]: { [zoe.learner.key]: zoe }, [summer.id]: { [noe.learner.key]: noe } },
  unread: [
    asideAssignment(winter.id),
    asideReport(winter.id, elie.learner.key),
    asideReport(winter.id, "learner00009"),
    asideReport(summer.id, noe.learner.key),
    asideAssignment("disparue0001"),
  ],
});

describe("assignments", () => {
  test("an assignment added is kept beside the others, and its set-aside copy (only) is forgotten", () => {
    const data = device();
    const { [winter.id]: _gone, ...others } = data.assignments;
    const added = addAssignment({ ...data, assignments: others }, winter);
    expect(added.assignments).toEqual(data.assignments);
    expect(added.cohorts).toEqual(data.cohorts);
    // The reports set aside for it stay: adding the assignment does not bring them back.
    expect(added.unread).toEqual(data.unread!.slice(1));
  });

  test("adding any assignment keeps every other one and every table", () => {
    fc.assert(
      fc.property(anyAssignment, (assignment) => {
        const data = device();
        const added = addAssignment(data, assignment);
        expect(added.assignments[assignment.id]).toEqual(assignment);
        for (const [id, kept] of Object.entries(data.assignments))
          if (id !== assignment.id) expect(added.assignments[id]).toEqual(kept);
        expect(added.cohorts).toEqual(data.cohorts);
      }),
    );
  });

  test("an assignment deleted goes with its table and all its set-aside entries; the rest stays", () => {
    const data = device();
    const deleted = deleteAssignment(data, winter.id);
    expect(deleted.assignments).toEqual({ [summer.id]: summer });
    expect(deleted.cohorts).toEqual({ [summer.id]: data.cohorts[summer.id] });
    expect(deleted.unread).toEqual([asideReport(summer.id, noe.learner.key), asideAssignment("disparue0001")]);
    // The last one deleted leaves the empty shape, with no `unread` at all.
    const empty = deleteAssignment(
      deleteAssignment({ ...deleted, unread: [asideAssignment(summer.id)] }, summer.id),
      "disparue0001",
    );
    expect(empty).toEqual({ version: 1, assignments: {}, cohorts: {} });
  });

  test("changes never touch the data they are given", () => {
    const data = device();
    const before = structuredClone(data);
    deleteAssignment(data, winter.id);
    addAssignment(data, { ...winter, cohort: "Autre" });
    addReports(data, winter.id, [elie]);
    clearCohort(data, winter.id);
    dropSetAside(data);
    restoreSetAside(data, [JSON.stringify({ version: 1, assignments: {}, cohorts: {} })]);
    expect(data).toEqual(before);
  });
});

describe("cohort tables", () => {
  test("reports added take their learners' rows; the rows of others and other tables stay", () => {
    const data = device();
    const newer = reportOf("Zoé Ângelo", zoe.learner.key, winter, "2026-11-25T09:00:00.000Z");
    const added = addReports(data, winter.id, [elie, newer]);
    expect(added.cohorts[winter.id]).toEqual({ [zoe.learner.key]: newer, [elie.learner.key]: elie });
    expect(added.cohorts[summer.id]).toEqual(data.cohorts[summer.id]);
    expect(added.assignments).toEqual(data.assignments);
  });

  test("a report imported again forgets its learner's set-aside copy, and nothing else", () => {
    const data = device();
    const added = addReports(data, winter.id, [elie]);
    expect(added.unread).toEqual([
      asideAssignment(winter.id),
      asideReport(winter.id, "learner00009"),
      asideReport(summer.id, noe.learner.key),
      asideAssignment("disparue0001"),
    ]);
    // The same report as the row already there changes no row: its set-aside copies stay.
    const withZoeAside = { ...data, unread: [asideReport(winter.id, zoe.learner.key)] };
    expect(addReports(withZoeAside, winter.id, [zoe]).unread).toEqual(withZoeAside.unread);
  });

  test("the first reports of an assignment start its table; none at all still makes it (empty)", () => {
    const data: TrainerData = { version: 1, assignments: { [winter.id]: winter }, cohorts: {} };
    expect(addReports(data, winter.id, [zoe]).cohorts).toEqual({ [winter.id]: { [zoe.learner.key]: zoe } });
    expect(addReports(data, winter.id, []).cohorts).toEqual({ [winter.id]: {} });
  });

  test("a table cleared loses its reports; the assignment, other tables and set-aside entries stay", () => {
    const data = device();
    const cleared = clearCohort(data, winter.id);
    expect(cleared.cohorts).toEqual({ [summer.id]: data.cohorts[summer.id] });
    expect(cleared.assignments).toEqual(data.assignments);
    expect(cleared.unread).toEqual(data.unread);
    expect(clearCohort(cleared, winter.id)).toEqual(cleared);
  });
});

describe("data set aside", () => {
  test("dropping the set-aside entries keeps everything readable", () => {
    const data = device();
    const { unread: _unread, ...readable } = data;
    expect(dropSetAside(data)).toEqual(readable);
    expect(dropSetAside(readable)).toEqual(readable);
  });

  test("restoring brings back entries that read and merges readable copies; what is there wins", () => {
    const data: TrainerData = {
      version: 1,
      assignments: { [winter.id]: winter },
      cohorts: { [winter.id]: { [zoe.learner.key]: zoe } },
      unread: [
        { assignment: elie.assignment.id, learner: elie.learner.key, entry: elie },
        asideAssignment("cassee0001"),
      ],
    };
    const copy = JSON.stringify({
      version: 1,
      assignments: { [winter.id]: { ...winter, cohort: "Ancien nom" }, [summer.id]: summer },
      cohorts: { [summer.id]: { [noe.learner.key]: noe } },
    });
    const restored = restoreSetAside(data, [copy, "{pas du json", "[]"]);
    expect(restored.assignments).toEqual({ [winter.id]: winter, [summer.id]: summer });
    expect(restored.cohorts).toEqual({
      [winter.id]: { [zoe.learner.key]: zoe, [elie.learner.key]: elie },
      [summer.id]: { [noe.learner.key]: noe },
    });
    // What still does not read stays aside, as it was.
    expect(restored.unread).toEqual([asideAssignment("cassee0001")]);
    // Only copies that read as trainer data are merged (and may then be deleted by the page).
    expect([copy, "{pas du json", "[]"].map((raw) => readTrainerCopy(raw) !== undefined)).toEqual([true, false, false]);
  });
});
