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
    // A failed load (a flaky connection) is tried again the next time the reader comes near;
    // meanwhile the quiz works in its no-JavaScript form.
    import("./lesson-end").catch(watch);
  },
  { rootMargin: "150% 0px" },
);

function watch() {
  islands.forEach((island) => observer.observe(island));
}

watch();
