// The trainer's guides in the built site: each module has its guide page, the module page links to
// it, the trainer's door and space list every guide (not lessons), and a guide page carries no
// JavaScript of its own (only the header's inlined scripts, as every page).
import { expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { guides, modules, simulations } from "../support/course.ts";
import { pageScripts } from "../support/page-weight.ts";
import { DIST } from "../support/paths.ts";

const page = (path: string) => parse(readFileSync(join(DIST, path, "index.html"), "utf8"));
const hrefs = (root: ReturnType<typeof parse>, selector = "main a") =>
  root.querySelectorAll(selector).map((a) => a.getAttribute("href"));
const guidePath = (id: string) => `/formateur/guides/${id}/`;

test("each module has a trainer's guide", () => {
  expect(
    guides()
      .map((g) => g.id)
      .toSorted(),
  ).toEqual(
    modules()
      .map((m) => m.id)
      .toSorted(),
  );
});

test.each(modules())("$id: its guide page, linked from the module page as « Guide du formateur »", ({ id, title }) => {
  expect(existsSync(join(DIST, guidePath(id), "index.html")), guidePath(id)).toBe(true);
  const guide = page(guidePath(id));
  expect(guide.querySelector("h1")?.textContent).toBe(title);
  const simulation = simulations().find((s) => s.id === guides().find((g) => g.id === id)!.simulation)!;
  expect(hrefs(guide)).toContain(`/simulations/${simulation.id}/`);
  const link = page(`/modules/${id}/`)
    .querySelectorAll("main a")
    .find((a) => a.getAttribute("href") === guidePath(id));
  expect(link?.textContent).toBe("Guide du formateur");
});

test.each(modules())("$id: the guide page has no script of its own and no island", ({ id }) => {
  const file = join(DIST, guidePath(id), "index.html");
  const { parts } = pageScripts(DIST, file);
  expect(parts.filter((part) => !part.startsWith("inline"))).toEqual([]);
  expect(readFileSync(file, "utf8")).not.toMatch(/<relais-(?!theme-toggle\b|search-launcher\b|search-box\b)/);
});

test("the formateur door lists every guide, in course order, and no lesson", () => {
  const door = page("/pour/formateur/");
  const ordered = modules()
    .toSorted((a, b) => a.order - b.order)
    .map((m) => guidePath(m.id));
  expect(hrefs(door).filter((href) => href?.startsWith("/formateur/guides/"))).toEqual(ordered);
  expect(hrefs(door).filter((href) => href?.startsWith("/lecons/"))).toEqual([]);
});

test("the trainer's space links to every guide", () => {
  const links = hrefs(page("/formateur/"));
  for (const m of modules()) expect(links).toContain(guidePath(m.id));
});
