// <relais-search-page>: loads Pagefind's Component UI for /recherche/, runs the
// search named in ?q= and keeps the address in step with what is searched.
import { keepFilterLabelsFrench } from "./pagefind-filter-labels";
import type { SearchLauncher } from "./search-launcher";

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: "search", callback: (term: string) => void, owner?: unknown): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

class SearchPage extends HTMLElement {
  async connectedCallback() {
    // The header's launcher (on every page) loads the Component UI: one copy of that code.
    await customElements.whenDefined("relais-search-launcher");
    await document.querySelector<SearchLauncher>("relais-search-launcher")!.load();
    keepFilterLabelsFrench(this);
    const instance = window.PagefindComponents!.getInstanceManager().getInstance("page");
    const query = new URLSearchParams(location.search).get("q")?.trim();
    instance.on(
      "search",
      (term) => {
        const url = new URL(location.href);
        if (term) url.searchParams.set("q", term);
        else url.searchParams.delete("q");
        history.replaceState(null, "", url);
      },
      this,
    );
    if (query) instance.triggerSearch(query);
  }
}

customElements.define("relais-search-page", SearchPage);
