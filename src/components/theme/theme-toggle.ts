// <relais-theme-toggle>: a button that switches between light and dark themes and remembers the
// choice on this device. It names the theme it switches to (data-dark, data-light:
// lib/theme-wording.ts), and follows the system's theme until the reader chooses. Without
// JavaScript the button stays hidden and the site follows the system theme.
const root = document.documentElement;
const systemDark = matchMedia("(prefers-color-scheme: dark)");
const isDark = () => (root.dataset["theme"] ?? (systemDark.matches ? "dark" : "light")) === "dark";

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button")!;
    const word = button.lastElementChild!;
    const sync = () => (word.textContent = this.dataset[isDark() ? "light" : "dark"]!);
    button.hidden = false;
    sync();
    systemDark.addEventListener("change", sync);
    button.addEventListener("click", () => {
      const theme = isDark() ? "light" : "dark";
      root.dataset["theme"] = theme;
      try {
        localStorage.setItem("relais:theme", theme);
      } catch {
        // Storage disabled: the choice holds for this page only.
      }
      sync();
    });
  }
}

customElements.define("relais-theme-toggle", ThemeToggle);
