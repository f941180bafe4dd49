// A lesson's islands, the read marker and the quiz, sit after its text: their
// code (and the progress store they share) loads when the reader comes within
// a screen and a half of them, not with the page. A lesson's first view is its
// HTML and this loader; until the code arrives, the quiz works as plain HTML.
// Both are watched: a reload can put the reader in the middle of a long quiz, well past the marker.
const islands = document.querySelectorAll("relais-read-marker, relais-quiz");

function load() {
  // Offline or blocked: the quiz stays in its no-JavaScript form, which still works.
  import("./lesson-end").catch(() => undefined);
}

if (islands.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: "150% 0px" },
  );
  islands.forEach((island) => observer.observe(island));
}
