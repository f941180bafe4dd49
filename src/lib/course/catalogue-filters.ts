// The catalogue filters without JavaScript: each filter is a group of radio
// buttons, and one CSS rule per value hides the lessons that do not match
// (`:has()` reads which radio is checked). This module writes those rules.

export interface Facet {
  /** Form field name and data attribute suffix: audience, module, kind, level. */
  name: string;
  /** French legend of the radio group. */
  legend: string;
  /** The values to offer, with their French labels. */
  options: { value: string; label: string }[];
}

/** id of the radio button for one value of a facet ("" = no filter). */
export const radioId = (facet: string, value: string) => `filtre-${facet}-${value || "tous"}`;

/**
 * Lessons carry `data-<facet>` as a space-separated list, so a lesson written for
 * two audiences matches either one (`~=`).
 */
export function filterCss(facets: readonly Facet[]): string {
  return facets
    .flatMap((facet) =>
      facet.options.map(
        ({ value }) =>
          `.catalogue:has(#${radioId(facet.name, value)}:checked) .catalogue-list > li:not([data-${facet.name}~="${value}"]){display:none}`,
      ),
    )
    .join("\n");
}
