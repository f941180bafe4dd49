/**
 * Loads a module script that only exists in the built site (Pagefind's bundle),
 * through a <script> element: a bundler-managed import() would pull in a preload
 * helper on every page for a file most readers never need.
 */
export function loadModule(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement("script"), { type: "module", src });
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`impossible de charger ${src}`)));
    document.head.append(script);
  });
}
