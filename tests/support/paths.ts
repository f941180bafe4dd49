import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repo root, wherever the tests are run from. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/**
 * The two builds `npm test` makes: at the root of a host, and under /relais/. RELAIS_TEST_DIST and
 * RELAIS_TEST_DIST_BASE point the tests at builds made elsewhere (two people testing side by side).
 */
export const DIST = resolve(ROOT, process.env["RELAIS_TEST_DIST"] ?? "dist");
export const DIST_BASE = resolve(ROOT, process.env["RELAIS_TEST_DIST_BASE"] ?? "dist-base");
export const BASE_PATH = "/relais/";
