// `npm run bench -- --lighthouse`: Lighthouse (npm `lighthouse`, Node API) in Debian's
// Chromium against the built site, served on 127.0.0.1 with gzip like a real host, on the
// home page, a lesson with its quiz, the role checklist and the search page. Both of
// Lighthouse's presets: mobile (a mid-range phone on slow 4G: CPU slowed 4×, calibrated
// for a fast desktop) and desktop; `--preset=mobile` or `--preset=desktop` for one only.
// Each page is audited three times (`--runs=N`) and the median run by performance kept.
// Prints one table per preset, with what cost points and the host's CPU benchmark index
// (Lighthouse expects 1,500 or more for its 4× slowdown to mean a mid-range phone);
// writes tmp/bench/lighthouse.json, and every median report under tmp/bench/lighthouse/.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { ROOT } from "../tests/support/paths.ts";
import { CHROMIUM, CHROMIUM_FLAGS } from "../tests/support/browser.ts";
import { BUILT } from "./built-site.ts";
import { serveCompressed } from "./static-host.ts";

const PAGES = ["/", "/lecons/les-six-temps-d-une-crise/", "/fiches/role-du-cm/", "/recherche/"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const OUT = join(ROOT, "tmp/bench");
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(option("runs") ?? 3);
const PRESETS = (option("preset") ? [option("preset")] : ["mobile", "desktop"]) as ("mobile" | "desktop")[];

/** Debian's Chromium with a remote debugging port; no browser is ever downloaded. */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), "relais-lighthouse-"));
  const chromium = spawn(CHROMIUM, [
    "--headless=new",
    ...CHROMIUM_FLAGS,
    `--user-data-dir=${profile}`,
    "--remote-debugging-port=0",
    "about:blank",
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    let log = "";
    chromium.stderr.on("data", (chunk) => {
      log += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) resolve(Number(match[1]));
    });
    chromium.on("close", (code) => reject(new Error(`Chromium s'est arrêté (code ${code})\u00a0:\n${log}`)));
  });
  return {
    port,
    async close() {
      // The profile folder goes once Chromium has stopped writing in it.
      const stopped = new Promise((resolve) => chromium.once("exit", resolve));
      chromium.kill();
      await stopped;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The median of several audits of a page, by performance score. */
async function audit(url: string, port: number, preset: "mobile" | "desktop"): Promise<Result> {
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(
      url,
      { port, hostname: "127.0.0.1", output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      preset === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse, ${url}\u00a0: ${result.lhr.runtimeError.message}`);
    runs.push(result.lhr);
  }
  runs.sort((a, b) => (a.categories["performance"]?.score ?? 0) - (b.categories["performance"]?.score ?? 0));
  return runs[Math.floor(runs.length / 2)]!;
}

/** The audits that count in a category's score and did not get full marks. */
const lostPoints = (lhr: Result) =>
  CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => {
        const { score, displayValue } = lhr.audits[ref.id]!;
        return { category, audit: ref.id, score, value: displayValue };
      }),
  );

const site = await serveCompressed(BUILT);
const chromium = await launchChromium();
const report: Record<string, unknown[]> = {};
mkdirSync(join(OUT, "lighthouse"), { recursive: true });
try {
  for (const preset of PRESETS) {
    const rows = [];
    report[preset] = [];
    for (const path of PAGES) {
      const lhr = await audit(new URL(path.slice(1), site.url).href, chromium.port, preset);
      const name = path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "accueil";
      writeFileSync(join(OUT, "lighthouse", `${preset}-${name}.json`), JSON.stringify(lhr));
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      const cpu = Math.round(lhr.environment.benchmarkIndex);
      const lost = lostPoints(lhr);
      rows.push({ page: path, ...scores, "indice CPU": cpu });
      report[preset].push({ page: path, scores, benchmarkIndex: cpu, lost });
    }
    console.log(`\nLighthouse ${RUNS > 1 ? `(médiane de ${RUNS} passages) ` : ""}— préréglage ${preset}\u00a0:`);
    console.table(rows);
    for (const entry of report[preset] as { page: string; lost: ReturnType<typeof lostPoints> }[])
      for (const { category, audit: id, score, value } of entry.lost)
        console.log(`  ${entry.page} — ${category}\u00a0: ${id} (${score}${value ? `, ${value}` : ""})`);
  }
} finally {
  await chromium.close();
  await site.close();
}
writeFileSync(join(OUT, "lighthouse.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `Résultats écrits dans ${join(OUT, "lighthouse.json")} (rapports complets dans ${join(OUT, "lighthouse")}/)`,
);
