import { fileURLToPath } from "node:url";

/** The repo root, wherever the tests are run from. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The two builds `npm test` makes: at the root of a host, and under /relais/. */
export const DIST = `${ROOT}dist`;
export const DIST_BASE = `${ROOT}dist-base`;
export const BASE_PATH = "/relais/";
