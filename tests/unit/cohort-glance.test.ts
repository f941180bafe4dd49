// The cohort at a glance (src/lib/assignments/cohort-glance.ts, cohort-chart-layout.ts and
// glance-wording.ts): the numbers per item and over time, from an empty table to several
// learners on several days; where the shapes go; what the charts say; short column titles.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import type { Assignment } from "../../src/lib/assignments/assignment-link.ts";
import { shortTitle, shortTitles } from "../../src/lib/assignments/catalogue.ts";
import type { CohortReports } from "../../src/lib/assignments/cohort.ts";
import { completionPerItem, progressOverTime, share } from "../../src/lib/assignments/cohort-glance.ts";
import { itemChart, progressChart } from "../../src/lib/assignments/cohort-chart-layout.ts";
import * as say from "../../src/lib/assignments/glance-wording.ts";
import { buildReport } from "../../src/lib/assignments/report.ts";
import type { ItemStatus } from "../../src/lib/assignments/status.ts";
import { typographyFaults } from "../support/french-typography.ts";

const NBSP = "\u00a0";
const assignment: Assignment = {
  id: "cohorte000001",
  cohort: "Promo d’hiver",
  trainer: "Inès",
  due: "2027-01-31",
  passScore: 70,
  message: "",
  items: ["lecon:ecouter", "lecon:moderer", "simulation:bad-buzz"],
  created: "2027-01-10",
};
/** The day of an instant as a device in UTC sees it: the tests choose the calendar. */
const utcDay = (instant: string) => instant.slice(0, 10);

type State = "reussi" | "a-refaire" | "lu" | "-";
/** A learner's report: one state per item, a pass dated on the day given (YYYY-MM-DD). */
function learner(
  key: string,
  states: [State, string?][],
  exportedOn = "2027-01-20",
): [string, ReturnType<typeof buildReport>] {
  const statuses = assignment.items.map((item, i): ItemStatus => {
    const [state, day] = states[i] ?? ["-"];
    return state === "-"
      ? { item, state: "non-commence", score: null, ending: null, at: null }
      : { item, state, score: state === "lu" ? null : 80, ending: null, at: `${day ?? "2027-01-12"}T10:00:00.000Z` };
  });
  const report = buildReport({
    name: key,
    key,
    assignment,
    acceptedAt: "2027-01-10T08:00:00.000Z",
    statuses,
    now: new Date(`${exportedOn}T18:00:00.000Z`),
  });
  return [key, report];
}
const cohort = (...learners: ReturnType<typeof learner>[]): CohortReports => Object.fromEntries(learners);

describe("completion per item", () => {
  test("an empty cohort: every item at zero", () => {
    expect(completionPerItem({}, assignment)).toEqual(
      assignment.items.map((item) => ({ item, passed: 0, started: 0, notStarted: 0 })),
    );
  });

  test("one learner, and several: passed, started (read or to try again), not started; items nobody did", () => {
    expect(completionPerItem(cohort(learner("zoe", [["reussi"], ["lu"]])), assignment)).toEqual([
      { item: "lecon:ecouter", passed: 1, started: 0, notStarted: 0 },
      { item: "lecon:moderer", passed: 0, started: 1, notStarted: 0 },
      { item: "simulation:bad-buzz", passed: 0, started: 0, notStarted: 1 },
    ]);
    const three = cohort(
      learner("zoe", [["reussi"], ["lu"]]),
      learner("elie", [["reussi"], ["a-refaire"]]),
      learner("nour", [["a-refaire"]]),
    );
    expect(
      completionPerItem(three, assignment).map(({ passed, started, notStarted }) => [passed, started, notStarted]),
    ).toEqual([
      [2, 1, 0],
      [0, 2, 1],
      [0, 0, 3],
    ]);
  });

  test("the three counts always add up to the learners", () => {
    const state = fc.constantFrom<State>("reussi", "a-refaire", "lu", "-");
    fc.assert(
      fc.property(fc.array(fc.tuple(state, state, state), { maxLength: 12 }), (rows) => {
        const reports = cohort(
          ...rows.map((states, i) =>
            learner(
              `l${i}`,
              states.map((s) => [s] as [State]),
            ),
          ),
        );
        for (const item of completionPerItem(reports, assignment))
          expect(item.passed + item.started + item.notStarted).toBe(rows.length);
      }),
    );
  });
});

describe("progress over time", () => {
  test("an empty cohort, or one where nothing is passed yet: no period", () => {
    expect(progressOverTime({}, assignment, utcDay)).toEqual({ unit: "day", periods: [], possible: 0, before: 0 });
    expect(progressOverTime(cohort(learner("zoe", [["lu"], ["a-refaire"]])), assignment, utcDay)).toEqual({
      unit: "day",
      periods: [],
      possible: 3,
      before: 0,
    });
  });

  test("one learner: from the first pass to the day of the report, days without a pass included", () => {
    const progress = progressOverTime(
      cohort(
        learner(
          "zoe",
          [
            ["reussi", "2027-01-12"],
            ["reussi", "2027-01-14"],
          ],
          "2027-01-15",
        ),
      ),
      assignment,
      utcDay,
    );
    expect(progress).toEqual({
      unit: "day",
      possible: 3,
      before: 0,
      periods: [
        { start: "2027-01-12", end: "2027-01-12", passed: 1, total: 1 },
        { start: "2027-01-13", end: "2027-01-13", passed: 0, total: 1 },
        { start: "2027-01-14", end: "2027-01-14", passed: 1, total: 2 },
        { start: "2027-01-15", end: "2027-01-15", passed: 0, total: 2 },
      ],
    });
  });

  test("several learners on several days: each pass counted once, on its day", () => {
    const progress = progressOverTime(
      cohort(
        learner(
          "zoe",
          [
            ["reussi", "2027-01-12"],
            ["reussi", "2027-01-13"],
            ["reussi", "2027-01-13"],
          ],
          "2027-01-13",
        ),
        learner("elie", [["reussi", "2027-01-13"], ["lu"]], "2027-01-13"),
      ),
      assignment,
      utcDay,
    );
    expect(progress.periods.map((p) => [p.start, p.passed, p.total])).toEqual([
      ["2027-01-12", 1, 1],
      ["2027-01-13", 3, 4],
    ]);
    expect(progress.possible).toBe(6);
    expect(share(progress.periods.at(-1)!.total, progress.possible)).toBe(66);
  });

  test("passes older than the assignment count on the day it was created, and are said", () => {
    const progress = progressOverTime(
      cohort(
        learner(
          "zoe",
          [
            ["reussi", "2026-06-01"],
            ["reussi", "2027-01-11"],
          ],
          "2027-01-11",
        ),
      ),
      assignment,
      utcDay,
    );
    expect(progress.before).toBe(1);
    expect(progress.periods.map((p) => [p.start, p.passed])).toEqual([
      ["2027-01-10", 1],
      ["2027-01-11", 1],
    ]);
    expect(say.passedBefore(1, assignment.created)).toBe(
      `Dont 1${NBSP}contenu réussi avant la création de l’affectation, le 10 janvier 2027${NBSP}: il est compté ce jour-là.`,
    );
    expect(say.passedBefore(0, assignment.created)).toBe("");
  });

  test("over a month by week (weeks start on Monday), over half a year by month", () => {
    const weeks = progressOverTime(
      cohort(
        learner(
          "zoe",
          [
            ["reussi", "2027-01-13"],
            ["reussi", "2027-02-20"],
          ],
          "2027-02-21",
        ),
      ),
      assignment,
      utcDay,
    );
    expect(weeks.unit).toBe("week");
    expect(weeks.periods[0]).toEqual({ start: "2027-01-11", end: "2027-01-17", passed: 1, total: 1 });
    expect(weeks.periods.at(-1)).toEqual({ start: "2027-02-15", end: "2027-02-21", passed: 1, total: 2 });
    expect(weeks.periods).toHaveLength(6);
    const months = progressOverTime(
      cohort(
        learner(
          "zoe",
          [
            ["reussi", "2027-01-31"],
            ["reussi", "2027-09-02"],
          ],
          "2027-09-02",
        ),
      ),
      assignment,
      utcDay,
    );
    expect(months.unit).toBe("month");
    expect(months.periods.map((p) => `${p.start}/${p.end}`)).toEqual([
      "2027-01-01/2027-01-31",
      "2027-02-01/2027-02-28",
      "2027-03-01/2027-03-31",
      "2027-04-01/2027-04-30",
      "2027-05-01/2027-05-31",
      "2027-06-01/2027-06-30",
      "2027-07-01/2027-07-31",
      "2027-08-01/2027-08-31",
      "2027-09-01/2027-09-30",
    ]);
  });

  test("whatever the dates: periods follow each other, and the last total is every pass", () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2027, 0, 10 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day, fc.boolean()), { minLength: 1, maxLength: 8 }), (rows) => {
        const reports = cohort(
          ...rows.map(([a, b, second], i) =>
            learner(
              `l${i}`,
              second
                ? [
                    ["reussi", a],
                    ["reussi", b],
                  ]
                : [["reussi", a]],
              a > b ? a : b,
            ),
          ),
        );
        const { periods } = progressOverTime(reports, assignment, utcDay);
        const passes = rows.reduce((n, [, , second]) => n + (second ? 2 : 1), 0);
        expect(periods.at(-1)!.total).toBe(passes);
        expect(periods.length).toBeLessThanOrEqual(31);
        for (let i = 1; i < periods.length; i++) {
          const dayAfter = new Date(Date.parse(`${periods[i - 1]!.end}T00:00:00Z`) + 86_400_000).toISOString();
          expect(periods[i]!.start).toBe(dayAfter.slice(0, 10));
        }
      }),
    );
  });
});

describe("the charts' shapes", () => {
  const bars = [
    { label: "Écouter", passed: 2, started: 1, value: "2 sur 4" },
    { label: "Modérer", passed: 0, started: 0, value: "0 sur 4" },
  ];

  test("a bar per item, split in proportion; the value written after it, inside the drawing", () => {
    for (const width of [320, 600]) {
      const chart = itemChart(bars, 4, width);
      expect(chart.bars).toHaveLength(2);
      const [first, second] = chart.bars;
      expect(first!.passed.width).toBeCloseTo(first!.track.width / 2);
      expect(first!.started.x).toBeCloseTo(first!.passed.x + first!.passed.width);
      expect(first!.started.width).toBeCloseTo(first!.track.width / 4);
      expect(second!.passed.width).toBe(0);
      expect(first!.value.x).toBeGreaterThan(first!.track.x + first!.track.width);
      expect(first!.value.x + first!.value.text.length * 7.6).toBeLessThanOrEqual(width);
      expect(second!.track.y).toBeGreaterThan(first!.track.y + first!.track.height);
      expect(chart.height).toBeGreaterThanOrEqual(second!.track.y + second!.track.height);
    }
    // On a phone the label is above its bar; on a wide screen, beside it.
    expect(itemChart(bars, 4, 320).bars[0]!.label.y).toBeLessThan(itemChart(bars, 4, 320).bars[0]!.track.y);
    expect(itemChart(bars, 4, 600).bars[0]!.track.x).toBeGreaterThan(200);
  });

  test("no learner: empty bars, no division by zero", () => {
    const chart = itemChart(bars, 0, 320);
    for (const bar of chart.bars) expect([bar.passed.width, bar.started.width]).toEqual([0, 0]);
  });

  test("columns as tall as their share; period labels that never overlap, the last one always there", () => {
    const shares = [0, 50, 100];
    const chart = progressChart(shares, ["1 mars", "2 mars", "3 mars"], say.TICKS, 320);
    const bottom = chart.plot.y + chart.plot.height;
    expect(chart.columns.map((c) => c.height)).toEqual([0, chart.plot.height / 2, chart.plot.height]);
    for (const column of chart.columns) expect(column.y + column.height).toBeCloseTo(bottom);
    expect(chart.ticks.map((t) => t.label.text)).toEqual([
      `0${NBSP}%`,
      `25${NBSP}%`,
      `50${NBSP}%`,
      `75${NBSP}%`,
      `100${NBSP}%`,
    ]);
    expect(chart.ticks[0]!.y).toBe(bottom);
    expect(chart.ticks.at(-1)!.y).toBe(chart.plot.y);

    const many = Array.from({ length: 31 }, (_, i) => `${i + 1} mars`);
    const crowded = progressChart(
      Array.from({ length: 31 }, (_, i) => i * 3),
      many,
      say.TICKS,
      320,
    );
    expect(crowded.columns).toHaveLength(31);
    expect(crowded.periods.at(-1)!.text).toBe("31 mars");
    expect(crowded.periods.length).toBeLessThan(31);
    const xs = crowded.periods.map((p) => p.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(7 * 7.6);
  });
});

describe("what the charts say", () => {
  test("bar values, periods and the descriptions, in French with 0 and 1 in the singular", () => {
    expect(say.itemValue(3, 5)).toBe("3 sur 5");
    expect(say.itemsDescription(14, 5, 2, 1)).toBe(
      `14${NBSP}contenus, 5${NBSP}apprenants${NBSP}: pour chaque contenu, combien l’ont réussi. Réussis par tous${NBSP}: 2${NBSP}; par personne${NBSP}: 1. Les chiffres sont dans le tableau qui suit.`,
    );
    expect(say.itemsDescription(1, 1, 0, 1)).toBe(
      `1${NBSP}contenu, 1${NBSP}apprenant${NBSP}: pour chaque contenu, s’il l’a réussi. Réussis${NBSP}: 0 sur 1. Les chiffres sont dans le tableau qui suit.`,
    );
    expect(say.periodShort("day", "2027-03-01")).toBe("1er mars");
    expect(say.periodShort("week", "2027-03-08")).toBe("sem. du 8 mars");
    expect(say.periodShort("month", "2027-03-01")).toBe("mars 2027");
    expect(say.periodLong("day", "2027-03-01")).toBe("1er mars 2027");
    expect(say.periodLong("week", "2027-03-08")).toBe("semaine du 8 mars 2027");
    expect(say.periodLong("month", "2027-12-01")).toBe("décembre 2027");
    expect(say.progressColumns("week")[0]).toBe("Semaine");
    expect(
      say.progressDescription({
        unit: "day",
        possible: 6,
        before: 0,
        periods: [
          { start: "2027-01-12", end: "2027-01-12", passed: 1, total: 1 },
          { start: "2027-01-13", end: "2027-01-13", passed: 3, total: 4 },
        ],
      }),
    ).toBe(
      `Part de tout le travail de la cohorte réussie, jour par jour, du 12 janvier 2027 au 13 janvier 2027${NBSP}: 4${NBSP}contenus réussis sur 6 à la fin, soit 66${NBSP}%. Les chiffres sont dans le tableau qui suit.`,
    );
  });

  test("typography: no-break spaces where French wants them", () => {
    const texts = [
      say.itemsDescription(3, 2, 1, 0),
      say.itemsDescription(3, 1, 1, 0),
      say.passedBefore(2, "2027-01-10"),
      say.NO_PASS_YET,
      say.itemsCaption("Promo"),
      say.progressCaption("Promo"),
      say.progressDescription({
        unit: "month",
        possible: 0,
        before: 0,
        periods: [{ start: "2027-01-01", end: "2027-01-31", passed: 0, total: 0 }],
      }),
    ];
    expect(texts.flatMap((text) => typographyFaults(`<body>${text}</body>`))).toEqual([]);
  });
});

describe("short titles for narrow columns and chart labels", () => {
  test("the part before the colon, the question in guillemets, or words cut with an ellipsis", () => {
    expect(shortTitle("Les six temps d’une crise\u00a0: la procédure à garder sous la main")).toBe(
      "Les six temps d’une crise",
    );
    expect(shortTitle("«\u00a0Quel est le ROI d’un CM\u00a0?\u00a0» Une réponse honnête pour la direction")).toBe(
      "Quel est le ROI d’un CM\u00a0?",
    );
    expect(shortTitle("Repérer un signal faible avant qu’il ne devienne une crise")).toBe(
      "Repérer un signal faible avant…",
    );
    expect(shortTitle("Les quatre qualités d’un CM, réponse par réponse")).toBe("Les quatre qualités d’un CM…");
    expect(shortTitle("Écouter")).toBe("Écouter");
    // A single word longer than the limit is cut inside it.
    expect(shortTitle("Anticonstitutionnellementissimementalement")).toMatch(/^Anticonstitu.{0,20}…$/);
  });

  test("always short, and two that would read the same are told apart by their place", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        expect(shortTitle(title).length).toBeLessThanOrEqual(33);
      }),
    );
    expect(shortTitles(["Crise\u00a0: avant", "Crise\u00a0: après", "Écouter"])).toEqual([
      "Crise (1)",
      "Crise (2)",
      "Écouter",
    ]);
  });
});
