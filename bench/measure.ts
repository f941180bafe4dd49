// Runs one build in a child process and measures it: wall time, the peak resident memory of the
// build process (VmHWM, as the bench has always reported it) and the peak of the whole process
// tree (Pagefind indexes in a process of its own), sampled every 100 ms from /proc.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface Measured {
  ms: number;
  /** Peak resident memory of the build process itself (VmHWM). */
  peakMiB: number;
  /** Peak of the sum of resident memory over the process and its descendants. */
  treePeakMiB: number;
  code: number | null;
  log: string;
}

const statusKiB = (pid: number, field: "VmHWM" | "VmRSS") => {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0; // the process has ended
  }
};

/** The resident memory of `root` and of every process under it, in KiB. */
function treeKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (name) state ppid …": the name may hold spaces, so read after its last parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const visit = (pid: number): number =>
    statusKiB(pid, "VmRSS") + (children.get(pid) ?? []).reduce((s, c) => s + visit(c), 0);
  return visit(root);
}

/** Runs `node <args>` in `cwd` with `env` added to this process's environment. */
export function measure(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    // Astro's telemetry off for every site measured: its request (which this machine may not
    // answer) is no part of the work compared.
    const quiet = { NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" };
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...quiet, ...env } });
    let peak = 0;
    let tree = 0;
    let log = "";
    child.stdout.on("data", (c) => (log += c));
    child.stderr.on("data", (c) => (log += c));
    const timer = setInterval(() => {
      peak = Math.max(peak, statusKiB(child.pid!, "VmHWM"));
      tree = Math.max(tree, treeKiB(child.pid!));
    }, 100);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peakMiB: peak / 1024, treePeakMiB: tree / 1024, code, log });
    });
  });
}
