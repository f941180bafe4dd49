// npm run test:stress: `npm test` while the site is built again and again beside it, so that the
// suite is shown not to depend on the machine's speed (two cores, both busy). The builds go to
// tmp/stress/ and stop when the tests end; the exit code is the tests'.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const env = { ...process.env, RELAIS_OUT_DIR: "./tmp/stress/dist", RELAIS_CACHE_DIR: "./tmp/stress/cache" };
let testsDone = false;
let builds = 0;
let builder;

function buildAgain() {
  if (testsDone) return;
  builder = spawn("npx", ["astro", "build", "--silent"], { env, stdio: "ignore" });
  builder.on("exit", () => {
    builds++;
    buildAgain();
  });
}

const tests = spawn("npm", ["test"], { stdio: "inherit" });
buildAgain();
tests.on("exit", (code) => {
  testsDone = true;
  builder?.kill();
  rmSync("tmp/stress", { recursive: true, force: true });
  console.log(`\ntest:stress — ${builds} builds ran beside the tests; tests exited with ${code}`);
  process.exit(code ?? 1);
});
