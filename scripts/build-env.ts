// What `npm run build` sets around `astro build` (package.json's scripts), for the scripts and the
// bench that start the build themselves; tests/unit/build-memory.test.ts holds them to the same.
//
// Rolldown, Vite's bundler, allocates through mimalloc, which gives freed memory back to the system
// only after a delay (a second, in mimalloc 3), and only when the thread that freed it allocates
// again: Rolldown's threads, idle once the bundle is made, kept some 600 MB that nothing used for
// the rest of the build. With no delay, memory goes back as it is freed: at 1,000 lessons the build's
// peak fell from 1,381–1,581 MiB to 1,199–1,263 MiB, its time the same
// (https://microsoft.github.io/mimalloc/environment.html, consulted 2026-12-07).
export const BUILD_ENV = { MIMALLOC_PURGE_DELAY: "0" } as const;
