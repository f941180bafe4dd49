import { setFlagsFromString } from "node:v8";

// After each full collection V8 lets the heap grow before the next one by a factor it picks
// from its own speed, up to four times what is alive. A build allocates far more than it keeps
// (every page rendered, linked, hashed, packaged, then dropped), so that slack, not what the
// build holds, made most of its peak: at a thousand lessons 1,446–1,622 MiB resident over six
// builds, for at most some 300 MiB alive. Let grow by half what is alive, the same build peaked
// at 1,311–1,417 MiB over six, in the same time within this machine's noise (29–39 s against
// 33–41 s); a bare Astro + MDX + Pagefind site of the same lessons peaks at about 1,320–1,400.
// `npm run bench -- --compare` reports both.

/** How much the heap may grow between two full collections, in percent of what is alive. */
export const HEAP_GROWTH_PERCENT = 50;

/** Sets V8's heap growth for this process; called when the build's configuration is loaded. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
