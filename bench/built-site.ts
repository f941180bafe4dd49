// The built site the bench measures: RELAIS_OUT_DIR when set (as for `astro build`), else dist/.
import { resolve } from "node:path";
import { ROOT } from "../tests/support/paths.ts";

export const BUILT = resolve(ROOT, process.env["RELAIS_OUT_DIR"] ?? "dist");
