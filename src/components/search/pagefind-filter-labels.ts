// Pagefind 1.6's filter dropdown leaves its combobox button without an accessible
// name (a combobox takes no name from its text) and labels options in English
// ("Proches, 3 results"). Until that is fixed upstream, this names each button after
// its filter and puts the option labels in French, again whenever Pagefind redraws.
import { filterName, filterOption } from "../../lib/search-wording";

function mend(root: ParentNode) {
  for (const dropdown of root.querySelectorAll("pagefind-filter-dropdown")) {
    const label = dropdown.getAttribute("label") ?? "";
    const trigger = dropdown.querySelector('[role="combobox"]');
    if (trigger && trigger.getAttribute("aria-label") !== filterName(label))
      trigger.setAttribute("aria-label", filterName(label));
    for (const option of dropdown.querySelectorAll(
      '[role="option"][aria-label$="results"], [role="option"][aria-label$="result"]',
    )) {
      const french = option
        .getAttribute("aria-label")!
        .replace(/^(.*), (\d+) results?$/, (_, value: string, n: string) => filterOption(value, Number(n)));
      option.setAttribute("aria-label", french);
    }
  }
}

export function keepFilterLabelsFrench(root: HTMLElement): void {
  mend(root);
  new MutationObserver(() => mend(root)).observe(root, {
    subtree: true,
    childList: true,
    attributeFilter: ["aria-label"],
  });
}
