import { build } from "esbuild";
import { fileURLToPath } from "node:url";

// The SCORM runtime a package carries at its root (relais-scorm.js): src/components/lms/
// scorm-bridge.ts and what it imports (the progress store and schema, fflate), bundled by
// esbuild as service-worker.ts bundles sw.ts. One module script, loaded by every page of the
// package before its other scripts. It creates the page's progress store, which the page's
// islands then share (window.relaisProgress, src/lib/progress/browser.ts): one store per page,
// so the bridge hears every change the islands make.

/** The file name of the runtime at a package's root. */
export const SCORM_BRIDGE_FILE = "relais-scorm.js";

export async function bundleScormBridge(): Promise<string> {
  const { outputFiles, warnings } = await build({
    entryPoints: [fileURLToPath(new URL("../../components/lms/scorm-bridge.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  if (warnings.length > 0) throw new Error(`Paquet SCORM\u00a0: ${warnings.map((w) => w.text).join("\n")}`);
  const code = outputFiles?.[0]?.text;
  if (!code) throw new Error("Paquet SCORM\u00a0: le script relais-scorm.js est vide");
  return code;
}
