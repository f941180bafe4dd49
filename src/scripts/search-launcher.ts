// <relais-search-launcher>: opens the search dialog from the header button or
// Ctrl/⌘+K, loading Pagefind's Component UI (script and styles) the first time.
import { loadModule } from "./load-module";
class SearchLauncher extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback() {
    const bundle = this.dataset["bundle"]!;
    const link = this.querySelector("a")!;
    link.setAttribute("aria-haspopup", "dialog");
    this.querySelector<HTMLElement>(".search-shortcut")!.hidden = false;
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return; // let "open in a new tab" work
      event.preventDefault();
      void this.#open(bundle);
    });
    document.addEventListener("keydown", (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        void this.#open(bundle);
      }
    });
  }

  #load(bundle: string): Promise<void> {
    this.#loading ??= (async () => {
      const styles = Object.assign(document.createElement("link"), {
        rel: "stylesheet",
        href: `${bundle}pagefind-component-ui.css`,
      });
      document.head.append(styles);
      await loadModule(`${bundle}pagefind-component-ui.js`);
      await customElements.whenDefined("pagefind-modal");
    })();
    return this.#loading;
  }

  async #open(bundle: string) {
    await this.#load(bundle);
    const modal = document.querySelector<HTMLElement & { open(): void; isOpen: boolean }>("pagefind-modal");
    if (modal && !modal.isOpen) modal.open();
  }
}

customElements.define("relais-search-launcher", SearchLauncher);

// A page opened from a search result (?surligner=…) marks the searched words in its
// indexed text, with Pagefind's highlighter loaded only then, and shows the first.
const searched = new URLSearchParams(location.search).getAll("surligner");
const indexed = document.querySelector<HTMLElement>("[data-pagefind-body]");
if (searched.length > 0 && indexed) {
  const bundle = document.querySelector("relais-search-launcher")?.getAttribute("data-bundle") ?? "/pagefind/";
  void loadModule(`${bundle}pagefind-highlight.js`).then(() => {
    const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (options: object) => unknown };
    new PagefindHighlight({ highlightParam: "surligner", markContext: indexed, addStyles: false });
    indexed.querySelector("mark")?.scrollIntoView({ block: "center" });
  });
}
