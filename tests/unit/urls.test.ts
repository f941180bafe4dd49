// Internal links (src/lib/urls.ts) under the default base "/" and under a base path.
import { afterEach, describe, expect, test, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const load = async (base?: string) => {
  vi.resetModules();
  if (base !== undefined) vi.stubEnv("BASE_URL", base);
  return import("../../src/lib/urls.ts");
};

describe("under the default base", () => {
  test("href joins the path to the base, with or without a leading slash", async () => {
    const { href } = await load("/");
    expect(href()).toBe("/");
    expect(href("")).toBe("/");
    expect(href("catalogue/")).toBe("/catalogue/");
    expect(href("/catalogue/")).toBe("/catalogue/");
    // Only one leading slash goes.
    expect(href("//x/")).toBe("//x/");
    expect(href("a/b/")).toBe("/a/b/");
  });

  test("page links", async () => {
    const { lessonHref, moduleHref, doorHref, glossaryHref } = await load("/");
    expect(lessonHref("ecoute")).toBe("/lecons/ecoute/");
    expect(moduleHref("bases")).toBe("/modules/bases/");
    expect(doorHref("parent")).toBe("/pour/parent/");
    expect(glossaryHref()).toBe("/glossaire/");
    expect(glossaryHref("")).toBe("/glossaire/");
    expect(glossaryHref("bad-buzz")).toBe("/glossaire/#bad-buzz");
  });
});

describe("under a base path", () => {
  test("a base without its trailing slash gets one", async () => {
    const { href, lessonHref, glossaryHref } = await load("/relais");
    expect(href()).toBe("/relais/");
    expect(href("/catalogue/")).toBe("/relais/catalogue/");
    expect(lessonHref("ecoute")).toBe("/relais/lecons/ecoute/");
    expect(glossaryHref("ton")).toBe("/relais/glossaire/#ton");
  });

  test("a base with its trailing slash keeps exactly one", async () => {
    const { href, moduleHref } = await load("/relais/");
    expect(href()).toBe("/relais/");
    expect(href("catalogue/")).toBe("/relais/catalogue/");
    expect(moduleHref("crise")).toBe("/relais/modules/crise/");
  });
});
