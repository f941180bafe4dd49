// The SCORM 1.2 packages both builds write (src/integrations/lms/): one per module and one for the
// whole course, each manifest valid against the ADL and IMS schemas (xmllint), listing exactly the
// package's files; every page, script and stylesheet inside refers to nothing outside the package
// (no address from the site's root, no other origin but links a learner follows), with the
// runtime loaded, the root given and a CSP that still matches its inline code; and the largest
// package stays under 5 MB. The browser side: tests/browser/scorm-package.test.ts.
import { NOT_PACKAGED } from "../../src/lib/lms/package-files.ts";
import { describe, expect, test } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { unzipSync } from "fflate";
import { join, posix } from "node:path";
import { parse } from "node-html-parser";
import { BASE_PATH, DIST, DIST_BASE, ROOT } from "../support/paths.ts";
import { packageNames, readPackage, unpackPackage } from "../support/scorm-package.ts";
import { typographyFaults } from "../support/french-typography.ts";
import { parsePackageDescription } from "../../src/lib/lms/package-description.ts";

const SCHEMA = join(ROOT, "tests/fixtures/scorm12/scorm12.xsd");
const MAX_BYTES = 5 * 1024 * 1024;
const MODULES = readdirSync(join(ROOT, "content/modules")).map((file) => file.replace(/\.yaml$/, ""));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sha256 = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

/** Where an address in `file` leads inside the package, or why it leads out. */
function resolveIn(file: string, address: string): { inside: string } | { outside: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith("//") || address.startsWith("/")) {
    return { outside: address };
  }
  const path = address.replace(/[?#].*$/, "");
  if (path === "") return { inside: file };
  const joined = posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(path)));
  return joined.startsWith("../") ? { outside: address } : { inside: joined };
}

/** The addresses a page loads (not the links a learner follows). */
function loadedAddresses(html: string): string[] {
  const root = parse(html);
  return [
    ...root.querySelectorAll("script[src]").map((e) => e.getAttribute("src")!),
    ...root
      .querySelectorAll("link[href]")
      .filter((e) => e.getAttribute("rel") !== "canonical")
      .map((e) => e.getAttribute("href")!),
    ...root
      .querySelectorAll("img[src], source[src], iframe[src], video[src], audio[src]")
      .map((e) => e.getAttribute("src")!),
    ...root.querySelectorAll("[srcset]").flatMap((e) =>
      e
        .getAttribute("srcset")!
        .split(",")
        .map((s) => s.trim().split(/\s+/)[0]!),
    ),
    ...[...html.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((u) => !u.startsWith("data:")),
  ];
}

/** A script's imports and the absolute addresses it holds: none may lead out. */
function scriptAddresses(code: string): string[] {
  return [
    ...[...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!),
    ...[...code.matchAll(/["'`](\/(?:_astro|pagefind|relais|lecons|sw\.js)[^"'`]*)["'`]/g)].map((m) => m[1]!),
    // Vite's preloading helper, had it kept the site's base: `return"/"+e`.
    ...[...code.matchAll(/return\s*["'`](\/[^"'`]*)["'`]\+/g)].map((m) => `${m[1]!}…`),
    ...[...code.matchAll(/["'`](https?:\/\/[^"'`\s]+)["'`]/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith("http://www.w3.org/")),
  ];
}

describe.each([
  { name: "at the root of a host", dist: DIST },
  { name: `under ${BASE_PATH}`, dist: DIST_BASE },
])("packages built $name", ({ dist }) => {
  const names = packageNames(dist);

  test("one package per module and one for the whole course, the largest under 5 MB", () => {
    expect(names).toEqual([...MODULES.map((m) => `relais-${m}.zip`), "relais-cours.zip"].toSorted());
    const sizes = names.map((name) => readFileSync(join(dist, "lms/scorm", name)).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BYTES);
  });

  test("the trainer space offers every package for download, and says how to import one in Moodle", () => {
    const page = parse(readFileSync(join(dist, "formateur/index.html"), "utf8"));
    const section = page.querySelector("#paquetages-scorm")!.parentNode!;
    const links = section.querySelectorAll("a[download]").map((a) => a.getAttribute("href")!);
    const base = dist === DIST ? "/" : BASE_PATH;
    expect(links.toSorted()).toEqual(names.map((name) => `${base}lms/scorm/${name}`));
    expect(section.text).toContain(
      "Importer dans Moodle\u00a0: dans le cours, activez le mode édition, puis Ajouter une activité → Paquetage SCORM",
    );
  });

  test.each(names)("%s: its manifest is valid SCORM 1.2 and lists exactly its files", (name) => {
    const folder = unpackPackage(dist, name);
    const output = execFileSync("xmllint", ["--noout", "--schema", SCHEMA, join(folder, "imsmanifest.xml")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(output).toBe("");
    const files = Object.keys(readPackage(dist, name)).filter((f) => !f.endsWith("/"));
    const manifest = parse(text(readPackage(dist, name)["imsmanifest.xml"]!));
    const listed = manifest.querySelectorAll("file").map((f) => decodeURI(f.getAttribute("href")!));
    expect(listed.toSorted()).toEqual(files.filter((f) => f !== "imsmanifest.xml").toSorted());
    expect(manifest.querySelector("resource")!.getAttribute("href")).toBe("index.html");
    expect(manifest.querySelector("resource")!.getAttribute("adlcp:scormtype")).toBe("sco");
    const description = parsePackageDescription(JSON.parse(text(readPackage(dist, name)["relais-package.json"]!)));
    expect(description?.id).toBe(name.replace(/\.zip$/, ""));
    expect(manifest.querySelector("adlcp\\:masteryscore")?.text).toBe(String(description!.passPercent));
    for (const item of description!.items) expect(files).toContain(item.path);
  });

  test.each(names)("%s: nothing inside refers to an address outside it; French typography", (name) => {
    const files = readPackage(dist, name);
    const has = (path: string) => path in files;
    const problems: string[] = [];
    const check = (file: string, address: string, link = false) => {
      const where = resolveIn(file, address);
      if ("outside" in where) {
        // A link the learner follows may lead to another site; nothing loaded may.
        if (!(link && /^https?:\/\//.test(address) && !address.includes("127.0.0.1")))
          problems.push(`${file} → ${address}`);
        // The cmi5 runtime is left out on purpose (NOT_PACKAGED): the loader's import of it fails quietly.
      } else if (!has(where.inside) && !NOT_PACKAGED.test(where.inside)) problems.push(`${file} → ${address} (absent)`);
    };
    for (const [file, bytes] of Object.entries(files)) {
      if (file.endsWith(".html")) {
        const html = text(bytes);
        const root = parse(html);
        for (const address of loadedAddresses(html)) check(file, address);
        for (const a of root.querySelectorAll("a[href]")) {
          check(file, a.getAttribute("href")!, true);
          // Another site in the LMS's frame would replace the package (and end the LMS session).
          if (/^https?:/.test(a.getAttribute("href")!) && a.getAttribute("target") !== "_blank") {
            problems.push(`${file} → ${a.getAttribute("href")} (sans nouvel onglet)`);
          }
        }
        // No directory link: an LMS's file server lists none.
        for (const a of root.querySelectorAll("a[href]")) {
          const href = a.getAttribute("href")!;
          if (!/^[a-z]+:/.test(href) && /(^|\/)([?#]|$)/.test(href.replace(/#.*$/, "")) && !href.startsWith("#")) {
            problems.push(`${file} → ${href} (dossier)`);
          }
        }
        for (const [, attribute, value] of html.matchAll(/\s([\w-]+)="(\/[^"]*)"/g))
          problems.push(`${file} : ${attribute}="${value}"`);
        const depth = file.split("/").length - 1;
        expect(root.querySelector("html")!.getAttribute("data-package-root"), file).toBe("../".repeat(depth) || "./");
        // The runtime is the page's first module: it makes the progress store the islands share.
        const modules = root.querySelectorAll('script[type="module"]').map((s) => s.getAttribute("src"));
        expect(modules[0], file).toBe(`${"../".repeat(depth) || ""}relais-scorm.js`);
        // The policy allows exactly the inline code the page holds.
        const policy = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute("content")!;
        const inline = [
          ...root.querySelectorAll("script:not([src])").map((s) => s.innerHTML),
          ...root.querySelectorAll("style").map((s) => s.innerHTML),
        ];
        for (const code of inline) expect(policy, file).toContain(sha256(code));
        expect(policy).not.toContain("unsafe-inline");
        expect(html, file).not.toMatch(/serviceWorker|pagefind\/|relais-search-launcher|manifest\.webmanifest/);
        // French typography, as on the site's pages (the launch page and the footer are the packager's).
        problems.push(...typographyFaults(html).map((fault) => `${file} : ${fault.rule} (${fault.text})`));
      }
      if (file.endsWith(".js")) {
        const code = text(bytes);
        expect(code, file).not.toContain("serviceWorker.register");
        for (const address of scriptAddresses(code)) check(file, address);
      }
      if (file.endsWith(".css")) {
        for (const [, address] of text(bytes).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
          if (!address!.startsWith("data:")) check(file, address!);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("npm run package:scorm, on the build", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, "scripts/package-scorm.ts"), "--dist", DIST, ...args], {
      encoding: "utf8",
    });

  test("a package of the modules chosen, at the pass mark given, valid SCORM 1.2", () => {
    const out = join(mkdtempSync(join(tmpdir(), "relais-cli-")), "paquet.zip");
    const done = run("--modules", "continuite,crise", "--pass", "70", "--out", out);
    expect(done.status, done.stderr).toBe(0);
    const files = unzipSync(readFileSync(out));
    const description = parsePackageDescription(JSON.parse(text(files["relais-package.json"]!)))!;
    expect(description.id).toBe("relais-crise-continuite");
    expect(description.passPercent).toBe(70);
    expect(text(files["imsmanifest.xml"]!)).toContain("<adlcp:masteryscore>70</adlcp:masteryscore>");
    expect(description.items.every((item) => item.path in files)).toBe(true);
  });

  test("an unknown module is named in French, and the command fails", () => {
    const done = run("--modules", "crise,zorglub");
    expect(done.status).toBe(1);
    expect(done.stderr).toContain("Module inconnu\u00a0: «\u00a0zorglub\u00a0». Modules du cours\u00a0: ");
  });
});
