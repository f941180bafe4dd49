// How each speaker of a simulation feed is introduced (src/lib/simulation/speakers.ts).
import { expect, test } from "vitest";
import { SPEAKER_LABEL } from "../../src/lib/simulation/speakers.ts";
import { SPEAKERS } from "../../src/schemas/simulation.ts";

test("every speaker has its French label", () => {
  expect(SPEAKER_LABEL).toEqual({
    client: "client",
    concurrent: "marque concurrente",
    direction: "direction",
    journaliste: "journaliste",
    collegue: "collègue",
    marque: "votre marque",
    communaute: "communauté",
    systeme: "la suite",
  });
  expect(Object.keys(SPEAKER_LABEL).toSorted()).toEqual([...SPEAKERS].toSorted());
});
