// Pages rendered side by side, handed over in the order they began (src/lib/in-request-order.ts).
import fc from "fast-check";
import { expect, test } from "vitest";
import { inRequestOrder } from "../../src/lib/in-request-order.ts";

test("whatever the order they are ready in, items come out in the order their turns were taken, skipped ones left out", () => {
  fc.assert(
    fc.property(
      fc
        .array(fc.boolean(), { minLength: 1, maxLength: 30 })
        .chain((gives) =>
          fc.tuple(fc.constant(gives), fc.shuffledSubarray([...gives.keys()], { minLength: gives.length })),
        ),
      ([gives, readyOrder]) => {
        const out: number[] = [];
        const order = inRequestOrder<number>((n) => out.push(n));
        const turns = gives.map(() => order.take());
        expect(order.waiting()).toBe(gives.length);
        for (const [done, i] of readyOrder.entries()) {
          turns[i]!(gives[i] ? i : undefined);
          // Nothing comes out before every earlier turn is given.
          const firstMissing = gives.findIndex((_, j) => !readyOrder.slice(0, done + 1).includes(j));
          const through = firstMissing < 0 ? gives.length : firstMissing;
          expect(out).toEqual([...gives.keys()].filter((j) => j < through && gives[j]));
          expect(order.waiting()).toBe(gives.length - through);
        }
      },
    ),
  );
});

test("a turn given twice is a mistake, said", () => {
  const order = inRequestOrder<string>(() => {});
  const give = order.take();
  give("a");
  expect(() => give("b")).toThrow("tour 0 donné deux fois");
});
