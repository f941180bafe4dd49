// <relais-search-box>: the search field, its filters and its results, in the header's dialog
// (Ctrl/⌘+K) and on /recherche/ (`data-page`: the address keeps the query and the filters).
// It draws itself: the markup every page carries is only the empty element. Keyboard: ↓ from the
// field goes to the results, ↑/↓ move among them, Enter opens one (or the first, from the field),
// Escape goes back to the field (and, in the dialog, closes it, as <dialog> does).
import { openEngine, type Answer, type Filters } from "./search-engine";
import { ANY_VALUE, didYouMean, resultDetails, searchStatus, showMore } from "../../lib/search-wording";

// Five results at a time: each result's excerpt is a file to fetch (about 3.5 KB).
const PAGE_SIZE = 5;
const DEBOUNCE_MS = 120;
const FILTERS = [
  ["public", "Public"],
  ["module", "Module"],
  ["type", "Type"],
] as const;
type FilterName = (typeof FILTERS)[number][0];

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}) =>
  Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];

/** Pagefind's excerpt (escaped text, <mark> around matches) as nodes: text and marks only, never markup. */
function excerptNodes(excerpt: string): Node[] {
  const paragraph = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").querySelector("p");
  return [...(paragraph?.childNodes ?? [])].map((node) =>
    node.nodeName === "MARK"
      ? make("mark", { textContent: node.textContent ?? "" })
      : document.createTextNode(node.textContent ?? ""),
  );
}

export class SearchBox extends HTMLElement {
  #engine: ReturnType<typeof openEngine> | undefined;
  #input!: HTMLInputElement;
  #selects = new Map<FilterName, HTMLSelectElement>();
  #status!: HTMLElement;
  #suggestion!: HTMLButtonElement;
  #list!: HTMLUListElement;
  #more!: HTMLButtonElement;
  #answer: Answer | undefined;
  #shownCount = 0;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    if (this.#input) return;
    const id = this.id || "recherche";
    const lexicon = fetch(`${this.dataset["bundle"]}relais-lexique.json`).then(
      (r) => r.json() as Promise<{ filters: Record<FilterName, string[]> }>,
    );
    const form = make("form", { role: "search", className: "search-form" });
    form.setAttribute("role", "search");
    const label = make("label", {
      htmlFor: `${id}-q`,
      className: "search-label",
      textContent: "Rechercher dans Relais",
    });
    this.#input = make("input", {
      id: `${id}-q`,
      type: "search",
      name: "q",
      autocomplete: "off",
      spellcheck: false,
      placeholder: "Une question, des mots…",
    });
    this.#input.setAttribute("aria-describedby", `${id}-status`);
    const filters = make("fieldset", { className: "search-filters" });
    filters.append(make("legend", { textContent: "Filtrer" }));
    for (const [name, title] of FILTERS) {
      const select = make("select", { name, id: `${id}-${name}` });
      select.append(make("option", { value: "", textContent: ANY_VALUE }));
      const field = make("label", { htmlFor: select.id, className: "search-filter" });
      field.append(`${title} `, select);
      filters.append(field);
      this.#selects.set(name, select);
      select.addEventListener("change", () => this.#schedule(0));
    }
    form.append(label, this.#input, filters);
    this.#status = make("p", { id: `${id}-status`, className: "search-status" });
    this.#status.setAttribute("role", "status");
    this.#suggestion = make("button", { type: "button", className: "search-suggestion" });
    this.#suggestion.hidden = true;
    this.#list = make("ul", { className: "search-results" });
    this.#list.setAttribute("aria-label", "Résultats");
    this.#more = make("button", { type: "button", className: "button search-more" });
    this.#more.hidden = true;
    this.replaceChildren(form, this.#status, this.#suggestion, this.#list, this.#more);

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#list.querySelector("a")?.click();
    });
    this.#input.addEventListener("input", () => this.#schedule(DEBOUNCE_MS));
    this.#suggestion.addEventListener("click", () => {
      this.#input.value = this.#suggestion.dataset["query"] ?? "";
      this.#input.focus();
      this.#schedule(0);
    });
    this.#more.addEventListener("click", () => void this.#showNext(true));
    this.addEventListener("keydown", (event) => this.#keydown(event));

    void lexicon.then(({ filters: values }) => {
      for (const [name, select] of this.#selects) {
        select.append(...values[name].map((value) => make("option", { value, textContent: value })));
      }
      if (this.dataset["page"] !== undefined) this.#readAddress();
    });
    this.#status.textContent = searchStatus("empty");
  }

  focusField() {
    this.#input.focus();
    this.#input.select();
  }

  /** /recherche/?q=…&public=…: the search the address names. */
  #readAddress() {
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get("q") ?? "";
    for (const [name, select] of this.#selects) select.value = params.get(name) ?? "";
    if (this.#input.value.trim()) this.#schedule(0);
  }

  #writeAddress(query: string) {
    if (this.dataset["page"] === undefined) return;
    const url = new URL(location.href);
    url.search = "";
    if (query) url.searchParams.set("q", query);
    for (const [name, select] of this.#selects) if (select.value) url.searchParams.set(name, select.value);
    history.replaceState(null, "", url);
  }

  #filters(): Filters {
    const filters: Filters = {};
    for (const [name, select] of this.#selects) if (select.value) filters[name] = [select.value];
    return filters;
  }

  #schedule(delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  async #search() {
    const run = ++this.#run;
    const query = this.#input.value.trim();
    this.#writeAddress(query);
    if (!query) {
      this.#answer = undefined;
      this.#list.replaceChildren();
      this.#more.hidden = this.#suggestion.hidden = true;
      this.#status.textContent = searchStatus("empty");
      return;
    }
    this.#list.setAttribute("aria-busy", "true");
    try {
      this.#engine ??= openEngine(this.dataset["bundle"]!, this.dataset["base"]!);
      const answer = await (await this.#engine).search(query, this.#filters());
      if (run !== this.#run) return; // a later search replaced this one
      this.#answer = answer;
      this.#shownCount = 0;
      this.#list.replaceChildren();
      this.#suggestion.hidden = !answer.suggestion;
      if (answer.suggestion) {
        this.#suggestion.textContent = didYouMean(answer.suggestion);
        this.#suggestion.dataset["query"] = answer.suggestion;
      }
      await this.#showNext(false);
      if (run !== this.#run) return;
      this.#status.textContent = searchStatus({ query, total: answer.total });
    } catch (error) {
      this.#engine = undefined;
      this.#status.textContent = searchStatus("failed");
      throw error;
    } finally {
      if (run === this.#run) this.#list.removeAttribute("aria-busy");
    }
  }

  async #showNext(focusFirstNew: boolean) {
    const answer = this.#answer;
    if (!answer) return;
    const run = this.#run;
    const shown = await answer.page(this.#shownCount, PAGE_SIZE);
    if (run !== this.#run) return;
    const items = shown.map((result) => {
      const item = make("li", { className: "search-result" });
      const title = make("a", { href: result.url, className: "search-result-title", textContent: result.title });
      const excerpt = make("p", { className: "search-result-excerpt" });
      // A glossary term shows its short definition; a page, the passage with the words found.
      if (result.meta["short"]) excerpt.textContent = result.meta["short"];
      else excerpt.append(...excerptNodes(result.excerpt));
      const details = make("p", { className: "search-result-meta", textContent: resultDetails(result.meta) });
      item.append(title, excerpt, details);
      return item;
    });
    this.#list.append(...items);
    this.#shownCount += shown.length;
    const left = answer.total - this.#shownCount;
    this.#more.hidden = left <= 0;
    this.#more.textContent = showMore(Math.min(left, PAGE_SIZE));
    if (focusFirstNew) items[0]?.querySelector("a")?.focus();
  }

  #keydown(event: KeyboardEvent) {
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>("a.search-result-title")];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown" && (event.target === this.#input || at >= 0)) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      if (at === 0) this.#input.focus();
      else links[at - 1]!.focus();
    } else if (event.key === "Escape" && at >= 0 && this.dataset["page"] !== undefined) {
      this.#input.focus();
    }
  }
}

customElements.define("relais-search-box", SearchBox);
