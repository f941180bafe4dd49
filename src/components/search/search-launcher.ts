// <relais-search-launcher>: opens the search dialog from the header button or
// Ctrl/⌘+K, loading Pagefind's Component UI (script and styles) the first time.
// It imports nothing, so Astro inlines it in every page instead of costing a request;
// /recherche/ loads the Component UI through it too (`load()`).

/**
 * Loads a module script that only exists in the built site (Pagefind's bundle),
 * through a <script> element: a bundler-managed import() would pull in a preload
 * helper on every page for a file most readers never need.
 */
function loadModule(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement("script"), { type: "module", src });
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`impossible de charger ${src}`)));
    document.head.append(script);
  });
}

export class SearchLauncher extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback() {
    const link = this.querySelector("a")!;
    link.setAttribute("aria-haspopup", "dialog");
    this.querySelector<HTMLElement>(".search-shortcut")!.hidden = false;
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return; // let "open in a new tab" work
      event.preventDefault();
      void this.#open();
    });
    document.addEventListener("keydown", (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        void this.#open();
      }
    });
  }

  /** Loads Pagefind's Component UI (styles and script) once; resolves when its elements work. */
  load(): Promise<void> {
    const bundle = this.dataset["bundle"]!;
    this.#loading ??= (async () => {
      const href = `${bundle}pagefind-component-ui.css`;
      if (!document.querySelector(`link[href="${href}"]`))
        document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href }));
      await loadModule(`${bundle}pagefind-component-ui.js`);
      await customElements.whenDefined("pagefind-modal");
    })();
    return this.#loading;
  }

  async #open() {
    await this.load();
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
