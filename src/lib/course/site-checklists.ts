import { DOORS } from "./doors.ts";

// Checklists the site's own code leads to, whatever the content: the footer of every page links
// to these two (components/SiteFooter.astro), and a door may name one (doors.ts). The content check
// requires each of them in content/checklists (src/lib/content-check/check-content.ts): renamed
// or removed, the build stops, instead of shipping a dead link at the foot of every page.

/** The footer's checklist links, in order: the checklist's id (its file name) and the link's words. */
export const FOOTER_CHECKLISTS = [
  { id: "role-du-cm", label: "Définir le rôle du CM" },
  { id: "plan-de-continuite", label: "Plan de continuité" },
] as const;

/** Each checklist the site's code links to, with where from (in French, for the content check's message). */
export function checklistsLinkedBySite(): Map<string, string[]> {
  const linked = new Map<string, string[]>();
  const add = (id: string, from: string) => linked.set(id, [...(linked.get(id) ?? []), from]);
  for (const { id } of FOOTER_CHECKLISTS) add(id, "le pied de chaque page");
  for (const door of DOORS) if (door.checklist) add(door.checklist.id, `la page /pour/${door.audience}/`);
  return linked;
}
