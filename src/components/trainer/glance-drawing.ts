// Draws « La cohorte en un coup d’œil » (CohortGlance.astro) for <relais-cohort>: the shapes come
// from lib/assignments/cohort-chart-layout.ts, the numbers from cohort-glance.ts, the words from
// glance-wording.ts. Colours are the stylesheet's (no style attribute: the CSP forbids them).
import type { Assignment } from "../../lib/assignments/assignment-schema";
import { itemTitle, shortTitles, type Catalogue } from "../../lib/assignments/catalogue";
import type { CohortReports } from "../../lib/assignments/cohort";
import { itemChart, progressChart, type Box, type Label } from "../../lib/assignments/cohort-chart-layout";
import { completionPerItem, progressOverTime, share } from "../../lib/assignments/cohort-glance";
import * as say from "../../lib/assignments/glance-wording";
import { el, part } from "../dom";

const SVG = "http://www.w3.org/2000/svg";

function shape(name: "rect" | "text" | "line", attributes: Record<string, string | number>, className = "") {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (className) node.setAttribute("class", className);
  return node;
}
const rect = ({ x, y, width, height }: Box, className: string) => shape("rect", { x, y, width, height }, className);
function text({ x, y, text: words, anchor }: Label, className = "") {
  const node = shape("text", { x, y, "text-anchor": anchor }, className);
  node.textContent = words;
  return node;
}

/** Sets an SVG's drawing and size: drawn at the width it is shown at, one unit a CSS pixel. */
function draw(svg: SVGSVGElement, width: number, height: number, children: SVGElement[]) {
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  part(svg, ".drawing").replaceChildren(...children);
}

function fillTable(table: HTMLTableElement, caption: string, columns: readonly string[], rows: string[][]) {
  table.caption!.textContent = caption;
  const head = el("tr");
  head.append(...columns.map((column) => Object.assign(el("th", column), { scope: "col" })));
  table.tHead!.replaceChildren(head);
  table.tBodies[0]!.replaceChildren(
    ...rows.map(([first, ...rest]) => {
      const row = el("tr");
      row.append(Object.assign(el("th", first), { scope: "row" }), ...rest.map((cell) => el("td", cell)));
      return row;
    }),
  );
}

/** Draws both charts and fills their tables, at `width` CSS pixels. */
export function drawGlance(
  root: HTMLElement,
  reports: CohortReports,
  assignment: Assignment,
  catalogue: Catalogue,
  width: number,
) {
  const learners = Object.keys(reports).length;
  const perItem = completionPerItem(reports, assignment);
  const titles = assignment.items.map((ref) => itemTitle(catalogue, ref));
  const shorts = shortTitles(titles);
  const items = itemChart(
    perItem.map((item, i) => ({ ...item, label: shorts[i]!, value: say.itemValue(item.passed, learners) })),
    learners,
    width,
  );
  part(root, "#glance-items-desc").textContent = say.itemsDescription(
    perItem.length,
    learners,
    perItem.filter((item) => item.passed === learners).length,
    perItem.filter((item) => item.passed === 0).length,
  );
  draw(
    part(root, "svg.glance-items"),
    items.width,
    items.height,
    items.bars.flatMap((bar) => [
      text(bar.label),
      rect(bar.track, "rest"),
      rect(bar.passed, "passed"),
      rect(bar.started, "started"),
      text(bar.value, "value"),
    ]),
  );
  fillTable(
    part(root, "table.glance-items-table"),
    say.itemsCaption(assignment.cohort),
    say.ITEM_COLUMNS,
    perItem.map((item, i) => [titles[i]!, String(item.passed), String(item.started), String(item.notStarted)]),
  );

  const progress = progressOverTime(reports, assignment);
  const none = progress.periods.length === 0;
  const svg = part<SVGSVGElement>(root, "svg.glance-time");
  svg.toggleAttribute("hidden", none);
  Object.assign(part(root, ".glance-none"), { hidden: !none, textContent: none ? say.NO_PASS_YET : "" });
  part(root, ".glance-time-table").closest("details")!.hidden = none;
  if (none) return;
  const shares = progress.periods.map((period) => share(period.total, progress.possible));
  const chart = progressChart(
    shares,
    progress.periods.map((period) => say.periodShort(progress.unit, period.start)),
    say.TICKS,
    width,
  );
  part(root, "#glance-time-desc").textContent = say.progressDescription(progress);
  draw(svg, chart.width, chart.height, [
    ...chart.ticks.flatMap((tick) => [
      shape("line", { x1: chart.plot.x, x2: chart.plot.x + chart.plot.width, y1: tick.y, y2: tick.y }, "rule"),
      text(tick.label, "tick"),
    ]),
    ...chart.columns.map((column) => rect(column, "passed")),
    ...chart.periods.map((label) => text(label, "tick")),
  ]);
  fillTable(
    part(root, "table.glance-time-table"),
    say.progressCaption(assignment.cohort),
    say.progressColumns(progress.unit),
    progress.periods.map((period, i) => [
      say.periodLong(progress.unit, period.start),
      String(period.passed),
      String(period.total),
      say.share(shares[i]!),
    ]),
  );
  part(root, ".glance-before").textContent = say.passedBefore(progress.before, assignment.created);
}
