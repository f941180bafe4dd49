// <relais-search-launcher>: opens the search dialog from the header button or Ctrl/⌘+K, loading
// the search's code (search-ui.ts) and styles the first time. It is inlined in every page; the
// code it loads is a bundle of its own whose address Vite gives at build (`?worker&url` makes a
// standalone bundle of a module, nothing else of a worker), loaded by a <script> element: a
// bundler-managed import() would pull a preload helper into every page.
import searchUi from "./search-ui.ts?worker&url";

let loading: Promise<void> | undefined;

/** Loads the search's styles and code once; resolves when <relais-search-box> works. */
export function loadSearch(styles: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const href = styles;
    if (!document.querySelector(`link[href="${href}"]`))
      document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href }));
    const script = Object.assign(document.createElement("script"), { src: searchUi });
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`impossible de charger ${searchUi}`)));
    document.head.append(script);
  }).then(() => customElements.whenDefined("relais-search-box").then(() => undefined));
  return loading;
}

export class SearchLauncher extends HTMLElement {
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
    const dialog = document.querySelector<HTMLDialogElement>("#search-dialog")!;
    dialog.querySelector("[data-close]")!.addEventListener("click", () => dialog.close());
    // A click on the backdrop (the dialog itself, outside its box) closes it too.
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog) dialog.close();
    });
    // The search page, and a page opened from a result (it marks the searched words), use the same code.
    if (document.querySelector("relais-search-box[data-page]") || new URLSearchParams(location.search).has("surligner"))
      void loadSearch(this.dataset["styles"]!);
  }

  async #open() {
    const dialog = document.querySelector<HTMLDialogElement>("#search-dialog")!;
    await loadSearch(this.dataset["styles"]!);
    if (!dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement & { focusField(): void }>("relais-search-box")!.focusField();
    }
  }
}

customElements.define("relais-search-launcher", SearchLauncher);
