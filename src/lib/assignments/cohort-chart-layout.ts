// Where the shapes of the cohort's two charts go (the cohort island draws them as SVG): bars of
// learners per item, and columns of the cohort's progress per period. Drawn at the width they
// are shown at, in CSS pixels, so text keeps one size on a phone and a desktop.

/** Text size, and the room a character takes at that size in the widest system fonts. */
export const FONT = 14;
const CHAR = 7.6;
const LINE = 20;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Label {
  x: number;
  y: number;
  text: string;
  /** Where the text's anchor is: its start, middle or end. */
  anchor: "start" | "middle" | "end";
}

export interface ItemBar {
  label: Label;
  /** The whole bar: every learner. */
  track: Box;
  /** Its first part, learners who passed; then those who started. */
  passed: Box;
  started: Box;
  value: Label;
}
export interface ItemChart {
  width: number;
  height: number;
  bars: ItemBar[];
}

/** Labels beside their bar once there is room for a column of them; above it on a phone. */
const SIDE_BY_SIDE = 560;
const LABEL_COLUMN = 260;
const BAR = 14;
const GAP = 12;

/**
 * One bar per item: its label (above the bar, or to its left on a wide screen), the bar split in
 * passed, started and the rest, and the value written after it (`value`, e.g. « 3 sur 5 »).
 */
export function itemChart(
  items: { label: string; passed: number; started: number; value: string }[],
  learners: number,
  width: number,
): ItemChart {
  const beside = width >= SIDE_BY_SIDE;
  const valueRoom = Math.max(0, ...items.map((item) => item.value.length)) * CHAR + 8;
  const left = beside ? LABEL_COLUMN : 0;
  const track = Math.max(40, width - left - valueRoom);
  const scale = (n: number) => (learners === 0 ? 0 : (track * n) / learners);
  const row = beside ? BAR + GAP + 6 : LINE + BAR + GAP;
  const bars = items.map((item, i): ItemBar => {
    const top = i * row;
    const y = beside ? top + 3 : top + LINE;
    const passed = scale(item.passed);
    return {
      label: { x: 0, y: beside ? y + BAR - 2 : top + FONT, text: item.label, anchor: "start" },
      track: { x: left, y, width: track, height: BAR },
      passed: { x: left, y, width: passed, height: BAR },
      started: { x: left + passed, y, width: scale(item.started), height: BAR },
      value: { x: left + track + 6, y: y + BAR - 2, text: item.value, anchor: "start" },
    };
  });
  return { width, height: Math.max(row, items.length * row), bars };
}

export interface ProgressChart {
  width: number;
  height: number;
  /** The plotting area: its bottom is 0, its top everything passed. */
  plot: Box;
  columns: Box[];
  /** Horizontal rules and their labels, 0 to 100 %. */
  ticks: { y: number; label: Label }[];
  /** Under the columns: one label every few periods, so they never overlap. */
  periods: Label[];
}

const HEIGHT = 200;
const MARGIN = { top: 10, right: 8, bottom: 30, left: 48 };

/**
 * One column per period, as tall as the share of all the work passed by its end (`shares`,
 * 0 to 100); `tickLabels` name 0, 25, 50, 75 and 100 %; `periodLabels` name each period.
 */
export function progressChart(
  shares: number[],
  periodLabels: string[],
  tickLabels: string[],
  width: number,
): ProgressChart {
  const plot = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(40, width - MARGIN.left - MARGIN.right),
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const bottom = plot.y + plot.height;
  const step = shares.length === 0 ? 0 : plot.width / shares.length;
  const columns = shares.map((share, i) => {
    const height = (plot.height * Math.min(100, Math.max(0, share))) / 100;
    const width = Math.min(48, Math.max(1, step * 0.7));
    return { x: plot.x + step * (i + 0.5) - width / 2, y: bottom - height, width, height };
  });
  const ticks = tickLabels.map((text, i) => {
    const y = bottom - (plot.height * i) / Math.max(1, tickLabels.length - 1);
    return { y, label: { x: plot.x - 6, y: y + FONT / 3, text, anchor: "end" as const } };
  });
  // Every `every`-th period is named, counted back from the last: the latest is always named.
  const widest = Math.max(1, ...periodLabels.map((label) => label.length)) * CHAR + 10;
  const every = Math.max(1, Math.ceil(widest / Math.max(1, step)));
  const last = periodLabels.length - 1;
  const periods = periodLabels.flatMap((text, i) =>
    (last - i) % every === 0
      ? [{ x: plot.x + step * (i + 0.5), y: bottom + FONT + 6, text, anchor: "middle" as const }]
      : [],
  );
  // A label at either edge is anchored inside the drawing.
  for (const label of periods) {
    if (label.x - widest / 2 < 0) Object.assign(label, { x: plot.x, anchor: "start" });
    else if (label.x + widest / 2 > width) Object.assign(label, { x: width, anchor: "end" });
  }
  return { width, height: HEIGHT, plot, columns, ticks, periods };
}
