// Part of `npm run bench`: the size of each SCORM package the build wrote (dist/lms/scorm/), against
// the target of 5 MB for the largest (issue 21; tests/built/scorm-packages.test.ts holds the bound).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { BUILT } from "./built-site.ts";

const TARGET = 5 * 1024 * 1024;
const dir = join(BUILT, "lms/scorm");
const rows = readdirSync(dir)
  .filter((file) => file.endsWith(".zip"))
  .map((file) => ({ paquetage: file, "taille (Mo)": +(statSync(join(dir, file)).size / 2 ** 20).toFixed(2) }))
  .toSorted((a, b) => b["taille (Mo)"] - a["taille (Mo)"]);
console.table(rows);
const largest = rows[0];
if (!largest) throw new Error(`aucun paquetage SCORM dans ${dir}`);
const within = largest["taille (Mo)"] * 2 ** 20 <= TARGET;
console.log(
  `Paquetage SCORM le plus lourd\u00a0: ${largest.paquetage}, ${largest["taille (Mo)"]} Mo (cible\u00a0: 5 Mo au plus) ${within ? "✓" : "✗ AU-DELÀ DE LA CIBLE"}`,
);
