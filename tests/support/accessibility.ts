// The accessibility bar every page and state is held to: WCAG 2.2 AA, as axe tags it.
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
