// The lanes the SCORM packages and their zips are made in (src/integrations/lms/in-lanes.ts):
// never more items at work than lanes, each told its place, items asked for only when a lane is free.
import { expect, test } from "vitest";
import { inLanes } from "../../src/integrations/lms/in-lanes.ts";

test("at most `lanes` items at work, each with its place in the list, all done", async () => {
  let busy = 0;
  let most = 0;
  const done: [string, number][] = [];
  await inLanes(["a", "b", "c", "d", "e"], 2, async (item, index) => {
    most = Math.max(most, ++busy);
    // Items finish out of order: « a » last of its pair.
    for (let turn = 0; turn < (item === "a" ? 3 : 1); turn++) await Promise.resolve();
    done.push([item, index]);
    busy -= 1;
  });
  expect(most).toBe(2);
  expect(done.toSorted((x, y) => x[1] - y[1])).toEqual([
    ["a", 0],
    ["b", 1],
    ["c", 2],
    ["d", 3],
    ["e", 4],
  ]);
  expect(done[0]![0]).not.toBe("a");
});

test("a generator is asked for its next item only when a lane is free", async () => {
  let asked = 0;
  const items = (function* () {
    for (let i = 0; i < 6; i++) {
      asked += 1;
      yield i;
    }
  })();
  const running = inLanes(items, 2, () => Promise.resolve());
  expect(asked).toBe(2);
  await running;
  expect(asked).toBe(6);
});

test("the first error stops it", async () => {
  await expect(
    inLanes([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error("deux");
    }),
  ).rejects.toThrow("deux");
});
