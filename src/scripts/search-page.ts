// <relais-search-page>: loads Pagefind's Component UI for /recherche/, runs the
// search named in ?q= and keeps the address in step with what is searched.
import { keepFilterLabelsFrench } from "./pagefind-filter-labels";
import { loadModule } from "./load-module";

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
    const bundle = this.querySelector("pagefind-config")!.getAttribute("bundle-path")!;
    await loadModule(`${bundle}pagefind-component-ui.js`);
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
