// A lesson's islands, the read marker and the quiz, sit after its text: their
// code (and the progress store they share) loads when the reader comes within
// a screen and a half of them, not with the page. A lesson's first view is its
// HTML and this loader; until the code arrives, the quiz works as plain HTML.
// Both are watched: a reload can put the reader in the middle of a long quiz, well past the marker.
const islands = document.querySelectorAll("relais-read-marker, relais-quiz");

const observer = new IntersectionObserver(
  (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    // Loaded once: browsers keep a failed module load failed for the page's life, so a retry
    // could not succeed. On failure (offline) the quiz stays in its plain-HTML form, which works.
    import("./lesson-end").catch(() => undefined);
  },
  { rootMargin: "150% 0px" },
);
islands.forEach((island) => observer.observe(island));
// Opened by a cmi5 platform (its launch parameters in the query string, of which these two name where
// to report): the runtime that reports to it, or says why it cannot, loads now, and only then
// (components/lms/cmi5-runtime.ts). Every lesson pays for these bytes: keep them few.
if (/[?&](endpoint|fetch)=/.test(location.search)) {
  import("../lms/cmi5-runtime").catch(() => undefined);
}
