#!/usr/bin/env node
// Runs the shared seed-overlap check (../shared/tools/seed-overlap.mjs), which
// flags any run of seven words copied from the field notes the course retells.
// The shared folder sits beside the repo on team machines and in CI.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const tool = new URL("../../shared/tools/seed-overlap.mjs", import.meta.url);
if (!existsSync(tool)) {
  console.error("check-seed-overlap: ../shared/tools/seed-overlap.mjs est introuvable (dossier shared absent).");
  process.exit(1);
}
const { status } = spawnSync(process.execPath, [tool.pathname, "content", "src"], { stdio: "inherit" });
process.exit(status ?? 1);
