// A playbook's diagram (components/diagram/Diagram.astro) on a phone: readable in the light and
// the dark theme, black on white on paper, and clean for axe.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { lessons } from "../support/course.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

const s = useSite();
const PHONE = { width: 390, height: 844 };

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The computed colours of the first diagram's shapes, and the size its label text is drawn at. */
const look = (page: Page) =>
  page
    .locator("figure.diagram svg")
    .first()
    .evaluate((svg: SVGSVGElement) => {
      const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return {
        box: style("rect").fill,
        border: style("rect").stroke,
        text: style("text:not(.n):not(.detail)").fill,
        detail: style(".detail").fill,
        arrow: style(".arrow").stroke,
        textPx: parseFloat(style("text:not(.n)").fontSize) * scale,
        width: svg.getBoundingClientRect().width,
      };
    });

test("a playbook's diagram reads in both themes and in print, axe clean", async () => {
  const lesson = lessons().find((l) => l.id === "les-six-temps-d-une-crise")!;
  const { page, context, trouble } = await s.open(`/lecons/${lesson.id}/`, { viewport: PHONE, colorScheme: "light" });
  const figure = page.locator("figure.diagram").first();
  await figure.scrollIntoViewIfNeeded();
  expect(await figure.getByRole("img", { name: "Les six temps d’une crise" }).isVisible()).toBe(true);
  // Its words stay where screen readers and the search index find them.
  expect(await figure.locator("ol li").count()).toBe(6);

  const seen: Record<string, Awaited<ReturnType<typeof look>>> = {};
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    const colours = await look(page);
    seen[theme] = colours;
    expect(contrast(colours.text, colours.box), `${theme}: text`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.detail, colours.box), `${theme}: detail`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.border, colours.box), `${theme}: border`).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.arrow, colours.box), `${theme}: arrows`).toBeGreaterThanOrEqual(3);
    // On a 390 px phone the diagram fits and its text is drawn at a readable size.
    expect(colours.width).toBeLessThanOrEqual(PHONE.width);
    expect(colours.textPx).toBeGreaterThanOrEqual(14);
    await expectNoAxeViolations(page, { within: "figure.diagram", label: theme });
  }
  // The dark theme really changes the drawing: its boxes follow the page.
  expect(seen["dark"]!.box).not.toBe(seen["light"]!.box);

  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  expect(await figure.isVisible()).toBe(true);
  const printed = await look(page);
  expect(printed).toMatchObject({ box: "none", border: "rgb(0, 0, 0)", text: "rgb(0, 0, 0)", arrow: "rgb(0, 0, 0)" });
  expect(await figure.locator("figcaption").isVisible()).toBe(true);
  // The component's styles are hashed by the page's policy: nothing was blocked.
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  if (process.env["DIAGRAM_SHOTS"]) {
    for (const [media, colorScheme] of [
      ["screen", "light"],
      ["screen", "dark"],
      ["print", "light"],
    ] as const) {
      await page.emulateMedia({ media, colorScheme });
      await figure.screenshot({ path: `${process.env["DIAGRAM_SHOTS"]}/${media}-${colorScheme}.png` });
    }
  }
  await context.close();
});
