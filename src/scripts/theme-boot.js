// Runs in <head> before the first paint so a reader who chose a theme never sees
// the other one flash. Kept tiny and inline on purpose; its CSP hash is computed
// from this file by astro.config.mjs.
try {
  var t = localStorage.getItem("relais:theme");
  if (t === "dark" || t === "light") document.documentElement.dataset.theme = t;
} catch (e) {}
