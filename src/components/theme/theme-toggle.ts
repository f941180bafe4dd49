// <relais-theme-toggle>: a button that switches between light and dark themes and
// remembers the choice on this device. Without JavaScript the button stays hidden
// and the site follows the system theme.
const KEY = "relais:theme";
const root = document.documentElement;

function systemPrefersDark(): boolean {
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function currentThemeIsDark(): boolean {
  const chosen = root.dataset["theme"];
  return chosen ? chosen === "dark" : systemPrefersDark();
}

class ThemeToggle extends HTMLElement {
  #button = this.querySelector("button");

  connectedCallback() {
    if (!this.#button) return;
    this.#button.hidden = false;
    this.#sync();
    this.#button.addEventListener("click", () => {
      const theme = currentThemeIsDark() ? "light" : "dark";
      root.dataset["theme"] = theme;
      try {
        localStorage.setItem(KEY, theme);
      } catch {
        // Storage disabled: the choice holds for this page only.
      }
      this.#sync();
    });
  }

  #sync() {
    this.#button?.setAttribute("aria-pressed", String(currentThemeIsDark()));
  }
}

customElements.define("relais-theme-toggle", ThemeToggle);

export {};
