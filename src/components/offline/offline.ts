// Registers the service worker once the page has loaded (never on the first view's
// critical path), and says « Nouvelle version disponible » when a new release takes over
// a page that an older one served. Production builds only: the dev server has none.
// A file of its own, deferred (not inlined: it would weigh on every page's HTML).
import { siteHref } from "../../lib/urls";
import { RELOAD_PAGE, UPDATE_AVAILABLE } from "../../lib/offline-wording";

if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // The live region is in the page from the start (BaseLayout): filled, it is announced.
    const notice = document.querySelector<HTMLElement>(".update-notice");
    if (!hadController || !notice || !notice.hidden) return;
    const reload = Object.assign(document.createElement("button"), {
      type: "button",
      className: "button",
      textContent: RELOAD_PAGE,
    });
    reload.addEventListener("click", () => location.reload());
    notice.hidden = false;
    notice.append(UPDATE_AVAILABLE, reload);
  });
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(siteHref("sw.js")).catch(() => {
      // Without a worker the site still works online; nothing to tell the reader.
    });
  });
}
