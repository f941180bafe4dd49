import { afterAll, beforeAll, expect, test } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkLinks } from "../support/link-checker.ts";

let dist: string;
const page = (path: string, body: string) => {
  mkdirSync(join(dist, path, ".."), { recursive: true });
  writeFileSync(join(dist, path), `<!doctype html><html><body>${body}</body></html>`);
};

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "relais-links-"));
  page(
    "index.html",
    '<a href="/relais/a/">a</a><a href="/relais/a/#sec">sec</a><a href="https://ailleurs.example/">x</a>',
  );
  page(
    "a/index.html",
    '<h2 id="sec">S</h2><a href="../">home</a><a href="#sec">here</a><link rel="stylesheet" href="/relais/s.css">',
  );
  writeFileSync(join(dist, "s.css"), "");
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

test("a site whose links all land reports nothing", () => {
  const result = checkLinks(dist, "/relais/");
  expect(result).toMatchObject({ pages: 2, broken: [] });
  expect(result.links).toBe(5);
});

test("a missing page, a missing anchor and a link outside the base path are each reported", () => {
  page("b/index.html", '<a href="/relais/nulle-part/">x</a><a href="/relais/a/#absent">y</a><a href="/a/">z</a>');
  expect(checkLinks(dist, "/relais/").broken).toEqual([
    { page: "/relais/b/", target: "/relais/nulle-part/", reason: "aucune page à cette adresse" },
    { page: "/relais/b/", target: "/relais/a/#absent", reason: 'aucun élément id="absent" sur la page visée' },
    { page: "/relais/b/", target: "/a/", reason: "aucune page à cette adresse" },
  ]);
});
