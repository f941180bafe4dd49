// Small DOM helpers for the islands. Text always goes in as textContent: no
// string from content, a link or a file is ever parsed as HTML.

export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "", className = "") =>
  Object.assign(document.createElement(tag), { textContent: text, className });

/**
 * The element of an island's markup that `selector` names. When the markup lacks it, the error's
 * message is the selector alone (the stack says part() threw): a few bytes less for every lesson.
 */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(selector);
  return found;
}
