// The SCORM 1.2 packager's pure parts (src/lib/lms/): relative addresses, a built page made into a
// packaged page, the package's plan and description, its file list, and imsmanifest.xml (checked
// against the ADL and IMS schemas with xmllint, as tests/built/scorm-packages.test.ts checks the
// real packages).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { fileOf, packageRoot, relativeHref, sitePath } from "../../src/lib/lms/package-paths.ts";
import { packagePage } from "../../src/lib/lms/package-page.ts";
import { buildPlans, planPackage, PackageRequestError } from "../../src/lib/lms/package-plan.ts";
import {
  listedPages,
  packageEntries,
  packageFiles,
  packageScript,
  scriptImports,
} from "../../src/lib/lms/package-files.ts";
import { noMadePages } from "../../src/lib/lms/made-pages.ts";
import { manifestTitle, scormManifest } from "../../src/lib/lms/scorm-manifest.ts";
import { parsePackageDescription } from "../../src/lib/lms/package-description.ts";
import { launchIntro, PACKAGE_PRIVACY } from "../../src/lib/lms/package-wording.ts";
import type { CourseOutline } from "../../src/lib/lms/course-outline.ts";
import { ROOT } from "../support/paths.ts";

const outline: CourseOutline = {
  base: "/",
  modules: [
    {
      id: "crise",
      title: "Gérer une crise",
      items: [
        { kind: "lecon", id: "six-temps", title: "Les six temps", scored: true },
        { kind: "simulation", id: "rumeur", title: "La rumeur", scored: true },
      ],
    },
    {
      id: "continuite",
      title: "Continuité",
      items: [{ kind: "lecon", id: "releve", title: "La relève", scored: false }],
    },
    { id: "metier", title: "Le métier", items: [{ kind: "lecon", id: "semaine", title: "Une semaine", scored: true }] },
  ],
};

describe("addresses in a package", () => {
  test("relative from any page, directories ending with index.html", () => {
    expect(relativeHref("lecons/x/index.html", "lecons/y/index.html")).toBe("../y/index.html");
    expect(relativeHref("lecons/x/index.html", "glossaire/index.html#t")).toBe("../../glossaire/index.html#t");
    expect(relativeHref("lecons/x/index.html", "index.html#module-crise")).toBe("../../index.html#module-crise");
    expect(relativeHref("index.html", "lecons/x/index.html")).toBe("lecons/x/index.html");
    expect(relativeHref("lecons/x/index.html", "_astro/a.js")).toBe("../../_astro/a.js");
    expect(relativeHref("lecons/x/index.html", "lecons/x/index.html")).toBe("index.html");
    expect(fileOf("lecons/x/#a")).toEqual(["lecons/x/index.html", "#a"]);
    expect(fileOf("")).toEqual(["index.html", ""]);
    expect(fileOf("favicon.svg?v=1")).toEqual(["favicon.svg", "?v=1"]);
    expect(packageRoot("lecons/x/index.html")).toBe("../../");
    expect(packageRoot("index.html")).toBe("./");
  });

  test("the base is stripped; other origins, protocol-relative and fragments are not site paths", () => {
    expect(sitePath("/relais/lecons/x/", "/relais/")).toBe("lecons/x/");
    expect(sitePath("/lecons/x/", "/")).toBe("lecons/x/");
    expect(sitePath("/ailleurs/", "/relais/")).toBeUndefined();
    expect(sitePath("//cdn.example/x.js", "/")).toBeUndefined();
    expect(sitePath("https://example.org/", "/")).toBeUndefined();
    expect(sitePath("#quiz", "/")).toBeUndefined();
  });
});

const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
const SW = "navigator.serviceWorker.register(`/sw.js`)";
const builtPage = (base: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8">` +
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${sha(SW)} ${sha("a()")}; style-src 'self' ${sha("p{}")}">` +
  `<link rel="icon" href="${base}favicon.svg"><link rel="manifest" href="${base}manifest.webmanifest">` +
  `<script type="module">${SW}</script><script type="module">a()</script><style>p{}</style></head><body>` +
  `<header class="site-header"><a class="brand" href="${base}">Relais</a><details class="site-menu"><nav><a href="${base}catalogue/">Catalogue</a></nav></details>` +
  `<relais-search-launcher data-styles="${base}search.css"><a href="${base}recherche/">Rechercher</a></relais-search-launcher></header>` +
  `<main><a href="${base}modules/crise/">Gérer une crise</a> <a href="${base}lecons/six-temps/#quiz">Six temps</a> ` +
  `<a class="card-link" href="${base}lecons/ailleurs/">Ailleurs</a> <a href="${base}glossaire/#kpi">KPI</a> ` +
  `<a href="https://legifrance.gouv.fr/">Loi</a> <a href="#haut">Haut</a> <a href="https://example.org/" rel="external">Source</a></main>` +
  `<footer class="site-footer"><p>Relais forme.</p><p><a href="${base}catalogue/">Toutes les leçons</a></p></footer>` +
  `<dialog id="search-dialog"><relais-search-box data-bundle="${base}pagefind/"></relais-search-box></dialog>` +
  `<script type="module" src="${base}_astro/lecon.js"></script></body></html>`;
const pages = new Map([
  ["index.html", "index.html"],
  ["modules/crise/index.html", "index.html#module-crise"],
  ["lecons/six-temps/index.html", "lecons/six-temps/index.html"],
  ["glossaire/index.html", "glossaire/index.html"],
]);

describe("a built page made into a packaged page", () => {
  test.each(["/", "/relais/"])(
    "under the base %s: relative links, site-only parts gone, root and runtime given",
    (base) => {
      const { html, assets } = packagePage(builtPage(base), { page: "lecons/releve/index.html", base, pages });
      expect(html).toContain('<html lang="fr" data-package-root="../../">');
      // The runtime first, right after the policy that binds it.
      expect(html).toMatch(
        /^<!doctype html><html lang="fr" data-package-root="..\/..\/"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*"><script type="module" src="..\/..\/relais-scorm.js"><\/script>/,
      );
      expect(html).toContain('<a class="brand" href="../../index.html">');
      expect(html).toContain('<a href="../../index.html#module-crise">Gérer une crise</a>');
      expect(html).toContain('<a href="../six-temps/index.html#quiz">Six temps</a>');
      expect(html).toContain('<a href="../../glossaire/index.html#kpi">KPI</a>');
      // A page the package lacks: its text stays, the link goes.
      expect(html).toContain('<span class="card-link">Ailleurs</span>');
      // Another site opens in a new tab: in the LMS's frame it would replace the package.
      expect(html).toContain(
        '<a target="_blank" rel="noopener" href="https://legifrance.gouv.fr/">Loi</a> <a href="#haut">Haut</a>',
      );
      expect(html).toContain('<a target="_blank" href="https://example.org/" rel="external">Source</a>');
      expect(html).toContain('<script type="module" src="../../_astro/lecon.js">');
      expect(html).toContain('<link rel="icon" href="../../favicon.svg">');
      for (const gone of [
        "serviceWorker",
        "manifest",
        "site-menu",
        "search",
        "pagefind",
        "Catalogue",
        "Toutes les leçons",
      ]) {
        expect(html).not.toContain(gone);
      }
      expect(html).toContain(
        `<footer class="site-footer"><div class="container"><p>${PACKAGE_PRIVACY}</p></div></footer>`,
      );
      expect(assets.toSorted()).toEqual(["_astro/lecon.js", "favicon.svg"]);
      // The policy holds the hashes of the inline code left, no more.
      const policy = /content-security-policy" content="([^"]*)"/.exec(html)![1];
      expect(policy).toBe(`default-src 'self'; script-src 'self' ${sha("a()")}; style-src 'self' ${sha("p{}")}`);
    },
  );

  test("a page held one byte a character, as the build reads it, comes out the same bytes as decoded", () => {
    const accented = new Map([...pages, ["lecons/été/index.html", "lecons/été/index.html"]]);
    const page =
      builtPage("/relais/").replace(
        "<style>p{}</style>",
        `<style>q::before{content:"«\u00a0"}i{background:url(/relais/images/carré.png)}</style>`,
      ) +
      `<p>Réglé\u00a0: <a href="/relais/lecons/six-temps/#à-retenir">À retenir</a> <a href="/relais/lecons/été/#où">L’été</a> ` +
      `<a class="carte" href="/relais/lecons/hors-paquet/">Pas là\u00a0?</a> <a href="/relais/fiches/modèle.pdf">Modèle</a></p>`;
    const context = { page: "lecons/releve/index.html", base: "/relais/", pages: accented, hostedSite: undefined };
    const decoded = packagePage(page, context);
    const held = packagePage(Buffer.from(page).toString("latin1"), { ...context, held: "latin1" });
    expect(Buffer.from(held.html, "latin1").equals(Buffer.from(decoded.html))).toBe(true);
    expect(held.assets.toSorted()).toEqual(decoded.assets.toSorted());
    expect(decoded.assets).toContain("images/carré.png");
    expect(decoded.html).toContain('<a href="../été/index.html#où">L’été</a>');
    expect(decoded.html).toContain('<a href="../six-temps/index.html#à-retenir">À retenir</a>');
    expect(decoded.html).toContain(
      `<footer class="site-footer"><div class="container"><p>${PACKAGE_PRIVACY}</p></div></footer>`,
    );
  });

  test("with the hosted site's address, links to pages the package lacks lead there", () => {
    const { html } = packagePage(builtPage("/relais/"), {
      page: "lecons/releve/index.html",
      base: "/relais/",
      pages,
      hostedSite: "https://relais.example.org/relais/",
    });
    expect(html).toContain(
      '<a target="_blank" rel="noopener" class="card-link" href="https://relais.example.org/relais/lecons/ailleurs/">Ailleurs</a>',
    );
  });

  test("a page whose site-only parts are no longer where the packager looks stops the build, named", () => {
    const changed = builtPage("/").replace('<script type="module">navigator', '<script type="module" data-x>navigator');
    expect(() => packagePage(changed, { page: "lecons/releve/index.html", base: "/", pages })).toThrow(
      /lecons\/releve\/index\.html garde «\u00a0serviceWorker\u00a0»/,
    );
  });
});

describe("the package's plan", () => {
  test("modules in course order, items with their page, a description the runtime reads", () => {
    const { description, modules } = planPackage(outline, ["continuite", "crise"], 70);
    expect(modules.map((m) => m.id)).toEqual(["crise", "continuite"]);
    expect(description.id).toBe("relais-crise-continuite");
    expect(description.title).toBe("Relais\u00a0: Gérer une crise, Continuité");
    expect(description.passPercent).toBe(70);
    expect(description.items).toEqual([
      { kind: "lecon", id: "six-temps", title: "Les six temps", path: "lecons/six-temps/index.html", scored: true },
      { kind: "simulation", id: "rumeur", title: "La rumeur", path: "simulations/rumeur/index.html", scored: true },
      { kind: "lecon", id: "releve", title: "La relève", path: "lecons/releve/index.html", scored: false },
    ]);
    expect(parsePackageDescription(description)).toEqual(description);
  });

  test("the build's packages: one per module, then the whole course at 80\u00a0%", () => {
    expect(buildPlans(outline).map((p) => [p.description.id, p.description.passPercent])).toEqual([
      ["relais-crise", 80],
      ["relais-continuite", 80],
      ["relais-metier", 80],
      ["relais-cours", 80],
    ]);
  });

  test("an unknown module is named, in French, with the course's modules", () => {
    expect(() => planPackage(outline, ["crise", "zorglub"])).toThrow(PackageRequestError);
    expect(() => planPackage(outline, ["crise", "zorglub"])).toThrow(
      "Module inconnu\u00a0: «\u00a0zorglub\u00a0». Modules du cours\u00a0: crise, continuite, metier.",
    );
    expect(() => planPackage(outline, [])).toThrow(/Aucun module choisi/);
  });
});

describe("the package's files", () => {
  const html = (body: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">` +
    `<style>body{}</style></head><body>${body}</body></html>`;
  const site = new Map<string, string>([
    [
      "lecons/releve/index.html",
      html(
        '<a href="/glossaire/">G</a><script type="module" src="/_astro/lecon.js"></script>' +
          '<link rel="stylesheet" href="/polices/texte.css"><style>i{background:url(/images/carte.png)}</style>',
      ),
    ],
    ["glossaire/index.html", html('<a href="/lecons/releve/">La relève</a>')],
    ["_astro/lecon.js", 'import{a}from"./commun.js";var t=function(e){return`/`+e};import(`./fin.js`),`modulepreload`'],
    ["_astro/commun.js", "export const a=1"],
    ["_astro/fin.js", 'import"./commun.js"'],
    ["_astro/autre.js", "// not loaded by the module's pages"],
    ["favicon.svg", "<svg/>"],
    ["polices/texte.css", '@font-face{src:url("/polices/texte.woff2") format("woff2")}b{background:url(data:x)}'],
    ["polices/texte.woff2", "wOF2"],
    ["images/carte.png", "PNG"],
  ]);
  const reader = (file: string) => (site.has(file) ? new TextEncoder().encode(site.get(file)) : undefined);
  const plan = planPackage(outline, ["continuite"]);

  test("pages, the scripts they load followed through their imports, and the package's own files", () => {
    const files = packageFiles({ plan, site: reader, base: "/", bridge: "// pont" });
    expect([...files.keys()].toSorted()).toEqual([
      "_astro/commun.js",
      "_astro/fin.js",
      "_astro/lecon.js",
      "favicon.svg",
      "glossaire/index.html",
      "images/carte.png",
      "imsmanifest.xml",
      "index.html",
      "lecons/releve/index.html",
      "polices/texte.css",
      "polices/texte.woff2",
      "relais-package.json",
      "relais-scorm.js",
    ]);
    // Stylesheets' url() lead from where they are, inline ones from their page (and the CSP follows).
    expect(new TextDecoder().decode(files.get("polices/texte.css"))).toBe(
      '@font-face{src:url("texte.woff2") format("woff2")}b{background:url(data:x)}',
    );
    const lesson = new TextDecoder().decode(files.get("lecons/releve/index.html"));
    expect(lesson).toContain("<style>i{background:url(../../images/carte.png)}</style>");
    expect(lesson).toContain(sha("i{background:url(../../images/carte.png)}"));
    const manifest = new TextDecoder().decode(files.get("imsmanifest.xml"));
    for (const file of files.keys()) {
      if (file !== "imsmanifest.xml") expect(manifest).toContain(`<file href="${file}"/>`);
    }
    // Vite's preloading helper starts from the package's root, not the LMS's.
    expect(new TextDecoder().decode(files.get("_astro/lecon.js"))).toContain("function(e){return`../`+e}");
    const launch = new TextDecoder().decode(files.get("index.html"));
    expect(launch).toContain('<a href="lecons/releve/index.html">La relève</a>');
    expect(launch).toContain('<script type="module" src="relais-scorm.js"></script>');
    expect(launch).toContain(sha("body{}"));
    expect(JSON.parse(new TextDecoder().decode(files.get("relais-package.json")))).toEqual(plan.description);
  });

  test("a file the pages load that the site lacks stops the build, named with the page that wants it", () => {
    const without = (file: string) => (file === "_astro/commun.js" ? undefined : reader(file));
    expect(() => packageFiles({ plan, site: without, base: "/", bridge: "" })).toThrow(
      "Paquetage SCORM relais-continuite\u00a0: _astro/commun.js (demandé par _astro/lecon.js) manque au site construit",
    );
  });

  test("files are made one at a time as the zip asks, each once, the icon too when a page loads it", () => {
    const read: string[] = [];
    const withIcon = (file: string) => {
      read.push(file);
      const bytes = reader(file);
      return file === "glossaire/index.html"
        ? new TextEncoder().encode(html('<link rel="icon" href="/favicon.svg"><a href="/lecons/releve/">R</a>'))
        : bytes;
    };
    const entries = packageEntries({ plan, site: withIcon, base: "/", bridge: "" });
    expect(read).toEqual([]);
    expect(entries.next().value?.[0]).toBe("lecons/releve/index.html");
    expect(read).toEqual(["lecons/releve/index.html"]);
    const paths = [...entries].map(([path]) => path);
    expect(paths.filter((path) => path === "favicon.svg")).toHaveLength(1);
    expect(paths.at(-1)).toBe("imsmanifest.xml");
  });

  test("a page the build's packages hold the same is made once; one that differs is made for each", () => {
    // « Les six temps » (module crise) links to « La relève » (module continuité): a link in the
    // whole course's package, plain text in the crise module's.
    const linked = new Map(site);
    linked.set("lecons/six-temps/index.html", html('<a href="/lecons/releve/">La relève</a>'));
    linked.set("simulations/rumeur/index.html", html("<p>Rumeur</p>"));
    linked.set("lecons/semaine/index.html", html("<p>Semaine</p>"));
    const read: string[] = [];
    const counted = (file: string) => {
      read.push(file);
      return linked.has(file) ? new TextEncoder().encode(linked.get(file)) : undefined;
    };
    const plans = buildPlans(outline).toReversed();
    const alone = plans.map((p) => packageFiles({ plan: p, site: counted, base: "/", bridge: "" }));
    const madePages = noMadePages(listedPages(plans));
    read.length = 0;
    const shared = plans.map((p) => packageFiles({ plan: p, site: counted, base: "/", bridge: "", madePages }));
    expect(shared).toEqual(alone);
    const pageReads = (page: string) => read.filter((file) => file === page).length;
    expect(pageReads("lecons/releve/index.html")).toBe(1);
    // The glossary links to « La relève »: the course's made is given to continuité's package, and
    // it is made again for crise's and métier's, which lack that lesson.
    expect(pageReads("glossaire/index.html")).toBe(3);
    expect(pageReads("lecons/six-temps/index.html")).toBe(2);
    const decoded = (files: Map<string, Uint8Array>) =>
      new TextDecoder().decode(files.get("lecons/six-temps/index.html"));
    expect(decoded(shared[0]!)).toContain('<a href="../releve/index.html">La relève</a>');
    expect(decoded(shared[plans.findIndex((p) => p.description.id === "relais-crise")]!)).toContain(
      "<span>La relève</span>",
    );
    // Each page let go once every package listing it had it.
    expect(madePages.kept.size).toBe(0);
    expect(madePages.bytes).toBe(0);
    // Past the bound in bytes, pages are made again: the same files.
    const bounded = noMadePages(listedPages(plans), 0);
    read.length = 0;
    expect(
      plans.map((p) => packageFiles({ plan: p, site: counted, base: "/", bridge: "", madePages: bounded })),
    ).toEqual(alone);
    expect(pageReads("glossaire/index.html")).toBe(plans.length);
  });

  test("script imports resolve against the script's folder", () => {
    expect(scriptImports("_astro/a.js", 'import"./b.js";import(`../c.js`);x="./d.css"')).toEqual([
      "_astro/b.js",
      "c.js",
    ]);
  });
});

describe("imsmanifest.xml", () => {
  const description = planPackage(outline, ["crise"], 75).description;
  const validate = (xml: string) => {
    const dir = mkdtempSync(join(tmpdir(), "relais-manifest-"));
    writeFileSync(join(dir, "imsmanifest.xml"), xml);
    const schema = join(ROOT, "tests/fixtures/scorm12/scorm12.xsd");
    return execFileSync("xmllint", ["--noout", "--schema", schema, join(dir, "imsmanifest.xml")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  };

  test("one organization, one SCO launched at index.html listing its files, the pass mark as mastery score", () => {
    const xml = scormManifest(description, ["index.html", "lecons/six-temps/index.html", "_astro/a b.js"]);
    expect(xml).toContain("<schema>ADL SCORM</schema>");
    expect(xml).toContain("<schemaversion>1.2</schemaversion>");
    expect(xml.match(/<organization /g)).toHaveLength(1);
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).toContain("<adlcp:masteryscore>75</adlcp:masteryscore>");
    expect(xml).toContain('<file href="_astro/a%20b.js"/>');
    expect(() => validate(xml)).not.toThrow();
  });

  test("titles escaped and cut to the schemas' 200 characters; still valid", () => {
    const long = { ...description, title: `Q&A <crise> «\u00a0${"x".repeat(300)}\u00a0»` };
    const xml = scormManifest(long, ["index.html"]);
    expect(xml).toContain("<title>Q&amp;A &lt;crise&gt; «\u00a0x");
    expect([...manifestTitle(long.title)]).toHaveLength(200);
    expect(() => validate(xml)).not.toThrow();
    // The schemas do refuse what they should: a title over the limit.
    expect(() => validate(xml.replace(/<title>[^<]*<\/title>/, `<title>${"y".repeat(201)}</title>`))).toThrow();
  });

  test("a file list without the launch page is refused", () => {
    expect(() => scormManifest(description, ["lecons/six-temps/index.html"])).toThrow(/index\.html manque/);
  });
});

describe("a bundled script in the package", () => {
  const helper = (base: string) =>
    `var e=\`modulepreload\`,t=function(e){return\`${base}\`+e},f=function(e){return new URL(e,import.meta.url)};`;

  test.each(["/", "/relais/"])(
    "Vite's preloading helper, made from the base %s, starts from the package's root",
    (base) => {
      expect(packageScript("_astro/lecon.js", helper(base), base)).toBe(helper("../"));
      expect(packageScript("a/b/c.js", helper(base).replace(/`/g, '"'), base)).toBe(
        helper("../../").replace(/`/g, '"'),
      );
    },
  );

  test("a script that preloads in another form stops the build, named; one that does not preload is kept as is", () => {
    expect(() => packageScript("_astro/lecon.js", helper("/autre/"), "/")).toThrow(/_astro\/lecon\.js précharge/);
    expect(packageScript("_astro/x.js", "export const a=`/`+b", "/")).toBe("export const a=`/`+b");
  });
});

test("the launch page says what counts, in French", () => {
  expect(launchIntro(7, 7, 80)).toBe(
    "Ce paquetage contient 7\u00a0activités, toutes notées\u00a0: le module est réussi à partir de 80\u00a0% des points.",
  );
  expect(launchIntro(3, 1, 70)).toBe(
    "Ce paquetage contient 3\u00a0activités, dont 1\u00a0activité notée\u00a0: le module est réussi à partir de 70\u00a0% des points.",
  );
});

test("the cmi5 runtime, which reports to an LRS from the hosted site, is left out of packages", async () => {
  const { NOT_PACKAGED } = await import("../../src/lib/lms/package-files.ts");
  expect(NOT_PACKAGED.test("_astro/cmi5-runtime.DjBQepVA.js")).toBe(true);
  expect(NOT_PACKAGED.test("_astro/commun.zO8c8iR8.js")).toBe(false);
  expect(NOT_PACKAGED.test("_astro/lesson-end.C4hmmqTs.js")).toBe(false);
});
