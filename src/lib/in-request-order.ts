// Things handed over in the order they were asked for, whatever the order they are ready in. The
// build renders several pages at once (build.concurrency), and a page may finish before one begun
// earlier; what reads the pages as they come (Pagefind's index, the search vocabulary) must still
// read them in one order, the same at every build of the same site, or the index written would
// differ from one build to the next, and the offline worker would announce an update that is none.

export interface RequestOrder<T> {
  /** Takes the next turn, when a page begins: the function to call once with what it gives (undefined: nothing). */
  take(): (item: T | undefined) => void;
  /** Turns taken and not yet handed over (waiting for themselves or for an earlier one). */
  waiting(): number;
}

/** Hands each item to `deliver` in the order the turns were taken; an undefined item is skipped. */
export function inRequestOrder<T>(deliver: (item: T) => void): RequestOrder<T> {
  let taken = 0;
  let next = 0;
  const ready = new Map<number, T | undefined>();
  return {
    take() {
      const turn = taken++;
      let given = false;
      return (item) => {
        if (given) throw new Error(`tour ${turn} donné deux fois`);
        given = true;
        ready.set(turn, item);
        for (; ready.has(next); next++) {
          const first = ready.get(next);
          ready.delete(next);
          if (first !== undefined) deliver(first);
        }
      };
    },
    waiting: () => taken - next,
  };
}
