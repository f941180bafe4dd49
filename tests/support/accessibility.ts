// The accessibility bar every page and state is held to, and the one check of it that every
// browser test calls: WCAG 2.2 AA, as axe tags it.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "vitest";
import type { Page } from "playwright-core";

// With these tags axe also runs the WCAG rules it leaves off by default (target-size among them).
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeCheck {
  /** A selector: check only this part of the page (an island in a given state). */
  within?: string;
  /** Also axe's best practices (heading order, landmarks…), beyond WCAG. */
  bestPractices?: boolean;
  /** Says which state failed when one test checks several (a theme, a step). */
  label?: string;
}

/** Fails with one line per violation (rule, help, elements) when axe finds anything on the page as it is now. */
export async function expectNoAxeViolations(
  page: Page,
  { within, bestPractices = false, label }: AxeCheck = {},
): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(bestPractices ? [...WCAG_TAGS, "best-practice"] : WCAG_TAGS);
  if (within) axe.include(within);
  const { violations } = await axe.analyze();
  const found = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(found, label ? `axe, ${label}` : "axe").toEqual([]);
}
