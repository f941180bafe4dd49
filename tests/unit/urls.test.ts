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

describe("inside a SCORM package (<html data-package-root>)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const inPackage = (root: string) =>
    vi.stubGlobal("document", { documentElement: { dataset: { packageRoot: root } } });

  test("links start at the package's root and directories name their index.html, whatever the base", async () => {
    const { href, lessonHref, glossaryHref, siteHref } = await load("/relais/");
    inPackage("../../");
    expect(href()).toBe("../../index.html");
    expect(href("/catalogue/")).toBe("../../catalogue/index.html");
    expect(lessonHref("ecoute")).toBe("../../lecons/ecoute/index.html");
    expect(glossaryHref("ton")).toBe("../../glossaire/index.html#ton");
    expect(href("lecons/x/?q=1#a")).toBe("../../lecons/x/index.html?q=1#a");
    expect(href("favicon.svg")).toBe("../../favicon.svg");
    expect(href("_astro/a/b.js")).toBe("../../_astro/a/b.js");
    // The launch page, at the root.
    inPackage("./");
    expect(lessonHref("ecoute")).toBe("./lecons/ecoute/index.html");
    // What a package never holds stays on the hosted site.
    expect(siteHref("sw.js")).toBe("/relais/sw.js");
  });

  test("a page without the attribute keeps the site's addresses", async () => {
    const { href } = await load("/");
    vi.stubGlobal("document", { documentElement: { dataset: {} } });
    expect(href("catalogue/")).toBe("/catalogue/");
  });
});
