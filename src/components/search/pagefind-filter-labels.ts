// Pagefind 1.6's filter dropdown leaves its combobox button without an accessible
// name (a combobox takes no name from its text) and labels options in English
// ("Proches, 3 results"). Until that is fixed upstream, this names each button after
// its filter and puts the option labels in French, again whenever Pagefind redraws.
function mend(root: ParentNode) {
  for (const dropdown of root.querySelectorAll("pagefind-filter-dropdown")) {
    const label = dropdown.getAttribute("label") ?? "";
    const trigger = dropdown.querySelector('[role="combobox"]');
    if (trigger && trigger.getAttribute("aria-label") !== `Filtre ${label}`)
      trigger.setAttribute("aria-label", `Filtre ${label}`);
    for (const option of dropdown.querySelectorAll(
      '[role="option"][aria-label$="results"], [role="option"][aria-label$="result"]',
    )) {
      const french = option
        .getAttribute("aria-label")!
        .replace(/, (\d+) results?$/, (_, n: string) => `, ${n}\u00a0résultat${n === "1" ? "" : "s"}`);
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
