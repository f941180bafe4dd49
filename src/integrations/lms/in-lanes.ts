/**
 * Runs `work` on each item of `items`, `lanes` at a time: each lane takes the next item when its
 * own is done, and `index` says where the item came in the list. Items are taken from the iterable
 * only then (a generator makes each when its turn comes). Rejects with the first error.
 */
export async function inLanes<T>(
  items: Iterable<T>,
  lanes: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const next = items[Symbol.iterator]();
  let taken = 0;
  const lane = async () => {
    // next() makes an item whole before another lane can ask: one order, whatever the turns.
    for (let item = next.next(); !item.done; item = next.next()) await work(item.value, taken++);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}
