// Starts `astro dev` (what CONTRIBUTING tells authors to run) on a free port, for tests that check
// the development server shows what the build ships. It serves a copy of the site, so a test may
// change its content and the server's own files (.astro/) never mix with the repo's. The server
// runs in its own process group and is always stopped: by `stop()`, or when the test process exits.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

/** A copy of the site (code, configuration, content; node_modules linked) under tmp/dev-sites/. */
export function copySite(): string {
  mkdirSync(join(ROOT, "tmp/dev-sites"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, "tmp/dev-sites/site-"));
  for (const item of ["src", "public", "content", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

export interface DevServer {
  /** The site's root, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** What the server printed so far, for a failure's message. */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on now (the OS picks it), never 4321 where `npm run dev` runs. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const VITEST_ENV = new Set(["NODE_ENV", "TEST", "BASE_URL", "MODE", "DEV", "PROD", "SSR"]);
const astro = join(ROOT, "node_modules/astro/bin/astro.mjs");
const running = new Set<ChildProcess>();
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
};
process.once("exit", () => running.forEach((child) => killGroup(child, "SIGKILL")));

export interface DevServerOptions {
  /** How long the server may take to listen, in ms: several times a quiet start, on a loaded machine. */
  timeout?: number;
  /** Added to the environment, where the base path, content and output folders are the defaults (./content…). */
  env?: Record<string, string>;
}

/** Serves the site copied in `root`; resolves once it says it listens, else stops it and rejects with what it printed. */
export async function startDevServer(
  root: string,
  { timeout = 90_000, env = {} }: DevServerOptions = {},
): Promise<DevServer> {
  const port = await freePort();
  // Not what vitest sets for its own code (NODE_ENV=test, MODE, BASE_URL…: Vite would read them),
  // nor another build's base path or folders.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !VITEST_ENV.has(name) && !name.startsWith("VITEST") && !/^RELAIS_/.test(name),
    ),
  );
  const child = spawn(
    process.execPath,
    // --ignore-lock: Astro allows one dev server per project, and an author may be running theirs.
    [astro, "dev", "--root", root, "--host", "127.0.0.1", "--port", String(port), "--ignore-lock"],
    {
      cwd: root,
      detached: true,
      env: {
        ...inherited,
        ...env,
        RELAIS_CACHE_DIR: join(root, ".cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
    },
  );
  running.add(child);
  let output = "";
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const stop = async () => {
    if (running.delete(child)) {
      killGroup(child, "SIGTERM");
      const killed = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(killed);
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev not listening after ${timeout / 1000} s`)), timeout);
      const settle = (error?: Error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const read = (chunk: Buffer) => {
        output += chunk;
        if (output.includes(url)) settle();
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.once("error", settle);
      child.once("close", (code) => settle(new Error(`astro dev ended (code ${code})`)));
    });
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}:\n${output.slice(-3000)}`);
  }
  return { url, output: () => output, stop };
}
