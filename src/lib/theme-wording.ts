// What the header's theme toggle (components/theme/) says. It names the theme it switches to, so
// its name follows the state: « Thème clair » while the dark theme is on. On a phone only the
// second word shows under its icon; the whole name stays the button's.
export const THEME = "Thème";
export const SWITCH_TO = { dark: "sombre", light: "clair" } as const;
