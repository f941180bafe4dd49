// The header's « Révisions » link shows how many questions are due, on every page. It imports
// nothing, so Astro inlines it (a module shared with the islands would become a request on every
// page): the progress key and the link's wording come as attributes written at build
// (SiteHeader.astro, from lib/progress/key.ts and lib/review/review-wording.ts), and « due » is
// counted as lib/review/review-state.ts dueCount does. No validation library either: a value that
// does not read shows no count; the review page validates everything.

function show() {
  const link = document.querySelector<HTMLAnchorElement>("a.review-link");
  if (!link) return;
  let due = 0;
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(link.dataset["key"]!) ?? "null");
    const reviews = (stored as { reviews?: unknown } | null)?.reviews;
    if (reviews && typeof reviews === "object") {
      const now = Date.now();
      for (const entry of Object.values(reviews)) {
        const at = Date.parse((entry as { due?: unknown } | null)?.due as string);
        if (at <= now) due++;
      }
    }
  } catch {
    due = 0; // storage disabled or unreadable: no count, the review page says more
  }
  const label = due === 1 ? link.dataset["one"] : link.dataset["many"]?.replace("{n}", String(due));
  // On a phone the link is folded behind « Menu »: its summary shows the count too, and says it.
  for (const element of [link, document.querySelector(".site-menu summary")]) {
    const count = element?.querySelector<HTMLElement>(".review-count");
    if (!count) continue;
    count.textContent = due ? `(${due})` : "";
    count.hidden = !due;
    if (due && label) element!.setAttribute("aria-label", element === link ? label : `Menu, ${label}`);
    else element!.removeAttribute("aria-label");
  }
}

show();
addEventListener("storage", show);
document.addEventListener("relais:revisions", show);
