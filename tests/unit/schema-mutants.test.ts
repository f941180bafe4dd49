// Pins the details of joinAside / parseProgress that mutation testing found unchecked.
import { describe, expect, test } from "vitest";
import { WHOLE, emptyProgress, joinAside, parseProgress } from "../../src/lib/progress/schema.ts";

describe("joinAside", () => {
  test("two different entries under one id are both kept", () => {
    expect(joinAside({ a: 1 }, { a: 2 })).toEqual({ a: 1, "a#2": 2 });
  });
  test("an entry already kept under a numbered id is not added again", () => {
    expect(joinAside({ a: 1, "a#2": 2 }, { a: 2 })).toEqual({ a: 1, "a#2": 2 });
  });
  test("a numbered id already taken is skipped, never overwritten", () => {
    expect(joinAside({ "a#2": 1 }, { a: 2 })).toEqual({ "a#2": 1, "a#3": 2 });
    expect(joinAside({ "a#2": 1, "a#3": 3 }, { a: 2 })).toEqual({ "a#2": 1, "a#3": 3, "a#4": 2 });
  });
});

describe("parseProgress", () => {
  test("set-aside assignments that are not a record are kept whole", () => {
    expect(parseProgress({ ...emptyProgress(), unreadAssignments: "vieux" })?.unreadAssignments).toEqual({
      [WHOLE]: "vieux",
    });
    expect(parseProgress({ ...emptyProgress(), unreadAssignments: [1] })?.unreadAssignments).toEqual({ [WHOLE]: [1] });
  });
  test("null where a record belongs: a collection or a set-aside part is kept whole, a null set-aside list holds nothing", () => {
    const read = parseProgress({
      ...emptyProgress(),
      lessons: null,
      quizzes: { a: "?" },
      unread: { simulations: null },
      unreadAssignments: null,
    })!;
    expect(read.lessons).toEqual({});
    expect(read.unread).toEqual({ lessons: { [WHOLE]: null }, quizzes: { a: "?" }, simulations: { [WHOLE]: null } });
    expect(read.unreadAssignments).toEqual({ [WHOLE]: null });
    expect(parseProgress({ ...emptyProgress(), unread: null })).toEqual(emptyProgress());
  });
  test("a name set aside earlier stays aside; no name leaves no trace", () => {
    expect(parseProgress({ ...emptyProgress(), unreadLearnerName: "<b>Zoé</b>" })?.unreadLearnerName).toBe(
      "<b>Zoé</b>",
    );
    const plain = parseProgress(emptyProgress())!;
    expect(Object.hasOwn(plain, "unreadLearnerName")).toBe(false);
    expect(plain).toStrictEqual(emptyProgress());
  });
});
