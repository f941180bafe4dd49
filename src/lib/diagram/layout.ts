// Where the boxes and arrows of a diagram go (components/diagram/Diagram.astro draws them). One
// column of boxes in a 320-unit-wide viewBox: scaled to a 390 px phone it keeps 14-unit text at
// about 15 px, and nothing needs to reflow. Text is wrapped here, by a count of characters that
// stays inside the box in the widest system fonts.

/** steps: one after the other, top to bottom; ladder: levels, the first at the bottom; cycle: steps that start again. */
export type DiagramKind = "steps" | "ladder" | "cycle";

/** A box: a short label, and an optional detail in smaller type. */
export interface DiagramItem {
  label: string;
  detail?: string | undefined;
}

export interface DiagramBox {
  /** 1, 2, 3… in reading order (for a ladder, from the bottom). */
  n: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string[];
  detail: string[];
  /** Each line of text where it is drawn (its baseline), from the box's top left corner; `detail` in smaller type. */
  text: { x: number; y: number; line: string; detail: boolean }[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  /** Path data of the arrows' lines, and of their heads (filled triangles). */
  lines: string;
  heads: string;
}

export const WIDTH = 320;
const GAP = 24;
const PAD = 10;
const LINE = 18;
const DETAIL_LINE = 16;
/** Left of the text: the numbered disc, its centre here (drawn from the box's corner, so that every box
 * repeats the same markup but for its translation, which compresses well). */
export const DISC = { x: 23, y: 20 };
const TEXT_X = 46;
/** Right margin kept free for a cycle's return arrow. */
const RETURN = 22;
/** Each ladder level sits this much to the right of the one below. */
const STAIR = 14;

/** Lines of at most `max` characters, broken between words (a longer word stands on its own line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  // Ordinary spaces only: a no-break space (before « : », inside guillemets) never breaks a line.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Characters per line in a box this wide: about 7.6 units a character at 14 units, 6.8 at 12.5. */
const chars = (width: number, unit: number) => Math.floor((width - TEXT_X - PAD) / unit);

const head = (x: number, y: number, dir: "down" | "up" | "left") =>
  dir === "down"
    ? `M${x - 5} ${y - 7}L${x + 5} ${y - 7}L${x} ${y}Z`
    : dir === "up"
      ? `M${x - 5} ${y + 7}L${x + 5} ${y + 7}L${x} ${y}Z`
      : `M${x + 7} ${y - 5}L${x + 7} ${y + 5}L${x} ${y}Z`;

export function layout(kind: DiagramKind, items: DiagramItem[]): DiagramLayout {
  const n = items.length;
  const boxWidth = kind === "ladder" ? WIDTH - 2 - STAIR * (n - 1) : kind === "cycle" ? WIDTH - 2 - RETURN : WIDTH - 2;
  const sized = items.map((item, i) => {
    const label = wrap(item.label, chars(boxWidth, 7.6));
    const detail = item.detail ? wrap(item.detail, chars(boxWidth, 6.8)) : [];
    const height = Math.max(40, PAD * 2 + label.length * LINE + detail.length * DETAIL_LINE);
    return { n: i + 1, label, detail, height };
  });
  // A ladder is drawn from the top: its last level first.
  const drawn = kind === "ladder" ? sized.toReversed() : sized;
  let y = 1;
  const boxes: DiagramBox[] = drawn.map((box) => {
    const x = kind === "ladder" ? 1 + STAIR * (box.n - 1) : 1;
    const text = [...box.label, ...box.detail].map((line, i) => ({
      x: TEXT_X,
      y: PAD + 14 + Math.min(i, box.label.length) * LINE + Math.max(0, i - box.label.length) * DETAIL_LINE,
      line,
      detail: i >= box.label.length,
    }));
    const placed = { ...box, x, y, width: boxWidth, text };
    y += box.height + GAP;
    return placed;
  });
  const lines: string[] = [];
  const heads: string[] = [];
  boxes.slice(1).forEach((below, i) => {
    const above = boxes[i]!;
    const top = above.y + above.height;
    if (kind === "ladder") {
      // From the lower level up to the one above it, at the upper level's disc.
      const x = above.x + 23;
      lines.push(`M${x} ${below.y}V${top + 7}`);
      heads.push(head(x, top + 1, "up"));
    } else {
      const x = 23;
      lines.push(`M${x} ${top}V${below.y - 7}`);
      heads.push(head(x, below.y - 1, "down"));
    }
  });
  if (kind === "cycle" && n > 1) {
    const first = boxes[0]!;
    const last = boxes.at(-1)!;
    const right = first.x + first.width;
    const edge = WIDTH - 4;
    lines.push(`M${right} ${last.y + last.height / 2}H${edge}V${first.y + first.height / 2}H${right + 7}`);
    heads.push(head(right + 1, first.y + first.height / 2, "left"));
  }
  return { width: WIDTH, height: y - GAP + 1, boxes, lines: lines.join(""), heads: heads.join("") };
}
