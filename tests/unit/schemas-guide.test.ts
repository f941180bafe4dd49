// A trainer's guide (src/schemas/guide.ts), parsed as the build parses it. That its module and its
// simulation exist, and that every module has one, is decided across files (src/lib/course/course-checks.ts).
import { expect, test } from "vitest";
import type { z } from "astro/zod";
import { guideSchema } from "../../src/schemas/guide.ts";
import { issues, parsed } from "../support/schema-issues.ts";
import { fixtureData } from "../support/content-files.ts";

type Guide = z.input<typeof guideSchema>;
const alpha = () => fixtureData<Guide>("guides/alpha.yaml");
const guideWith = (fields: Partial<Record<keyof Guide, unknown>>) => issues(guideSchema, { ...alpha(), ...fields });

test("the fixture guides are valid, and the simulation becomes a reference", () => {
  for (const file of ["guides/alpha.yaml", "guides/beta.yaml"])
    expect(issues(guideSchema, fixtureData(file)), file).toEqual([]);
  expect(parsed(guideSchema, alpha()).simulation).toEqual({ collection: "simulations", id: "exercice" });
});

test("every part is required, with a message naming it", () => {
  expect(issues(guideSchema, {})).toEqual([
    "objectives: les objectifs\u00a0: liste attendue, une ligne par élément («\u00a0- …\u00a0»)",
    "sessionMinutes: la durée de séance\u00a0: nombre de minutes attendu, par exemple 120",
    "plan: le déroulé\u00a0: liste de { title, minutes } attendue",
    "activity: activité attendue\u00a0: title, steps, minutes",
    "discussion: les questions de discussion\u00a0: liste attendue, une ligne par élément («\u00a0- …\u00a0»)",
    expect.stringMatching(/^simulation: /),
    "misconceptions: les idées reçues\u00a0: liste de { belief, reality } attendue",
  ]);
});

test("a session lasts 90 to 180 minutes, and its parts add up to it", () => {
  // Both are said at once: the author fixes the length and the plan in one go.
  expect(guideWith({ sessionMinutes: 60 })).toEqual([
    "sessionMinutes: la durée de séance\u00a0: au moins 90 minutes",
    "plan: les parties du déroulé font 90 minutes, la séance 60\u00a0: les accorder",
  ]);
  expect(guideWith({ sessionMinutes: 240 })).toEqual([
    "sessionMinutes: la durée de séance\u00a0: au plus 180 minutes",
    "plan: les parties du déroulé font 90 minutes, la séance 240\u00a0: les accorder",
  ]);
  expect(guideWith({ sessionMinutes: 100 })).toEqual([
    "plan: les parties du déroulé font 90 minutes, la séance 100\u00a0: les accorder",
  ]);
  expect(guideWith({ sessionMinutes: 90.5 })).toEqual([
    "sessionMinutes: la durée de séance\u00a0: nombre entier de minutes",
  ]);
});

test("4 to 6 discussion questions, 3 to 5 misconceptions, each with its belief and reality", () => {
  expect(guideWith({ discussion: ["Une\u00a0?", "Deux\u00a0?", "Trois\u00a0?"] })).toEqual([
    "discussion: les questions de discussion\u00a0: au moins 4",
  ]);
  const misconception = { belief: "Il faut répondre à tout", reality: "Non" };
  expect(guideWith({ misconceptions: Array(6).fill(misconception) })).toEqual([
    "misconceptions: les idées reçues\u00a0: au plus 5",
  ]);
  expect(guideWith({ misconceptions: [misconception, misconception, { belief: "Seule" }] })).toEqual([
    "misconceptions.2.reality: la réalité est obligatoire",
  ]);
});

test("the activity has at least three steps and is shorter than the session", () => {
  const activity = alpha().activity;
  expect(guideWith({ activity: { ...activity, steps: ["Une", "Deux"] } })).toEqual([
    "activity.steps: les étapes de l'activité\u00a0: au moins 3",
  ]);
  expect(guideWith({ activity: { ...activity, minutes: 90 } })).toEqual([
    "activity.minutes: l'activité dure autant que la séance entière ou plus\u00a0: revoir activity.minutes ou sessionMinutes",
  ]);
});

test("a field the schema does not know is refused", () => {
  expect(guideWith({ couleur: "rouge" } as never)).toEqual(["champ inconnu\u00a0: couleur"]);
});
