/** Who can own a checklist item; the same list on every checklist. Kept apart from the
 * zod schema so the browser code that reads share links does not carry Astro's zod. */
export const OWNERS = ["cm", "direction", "service-client", "partage", "hors-perimetre"] as const;
export type Owner = (typeof OWNERS)[number];
