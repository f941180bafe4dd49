// <relais-read-marker>: placed at the end of a lesson's text; when the reader gets
// there, the lesson counts as read in "Mon parcours".
import { progressStore } from "../../lib/progress/browser";
import { markRead } from "../../lib/progress/changes";

class ReadMarker extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const lesson = this.dataset["lesson"]!;
    if (progressStore().read().lessons[lesson]) return;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer?.disconnect();
      progressStore().update((p) => markRead(p, lesson, new Date()));
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

customElements.define("relais-read-marker", ReadMarker);
