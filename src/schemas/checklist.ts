import { z } from "astro/zod";
import { choice, text } from "./vocabulary.ts";
import { OWNERS } from "./checklist-owners.ts";

// A checklist (`content/checklists/*.yaml`): the role definition or the continuity
// plan, in sections of items that a CM and their boss fill in together.

export { OWNERS, type Owner } from "./checklist-owners.ts";

const id = z
  .string({ error: "identifiant attendu (minuscules, chiffres, tirets)" })
  .regex(/^[a-z0-9-]+$/, { error: "identifiant en minuscules sans accents ni espaces, par exemple moderation" });

const itemSchema = z.strictObject({
  /** Unique in the whole checklist; share links and saved answers use it. */
  id,
  /** The task, short enough for one line of the printed sheet. */
  label: text("le libellé").pipe(z.string().max(120, { error: "libellé trop long (120 caractères au plus)" })),
  /** Why it matters, shown under the item. */
  help: text("l'aide"),
  /** Suggested owner, pre-selected until someone chooses. */
  owner: choice(OWNERS, "propriétaire").optional(),
});

export const checklistSchema = z
  .strictObject({
    title: text("le titre"),
    summary: text("le résumé"),
    /** What to do on each line, in this checklist's words: the page says it above the form. */
    instructions: text("la consigne"),
    /** Column headings: whether the item applies, who owns it, the note. */
    labels: z.strictObject({
      included: text("labels.included"),
      owner: text("labels.owner"),
      note: text("labels.note"),
    }),
    sections: z
      .array(z.strictObject({ id, title: text("le titre de section"), items: z.array(itemSchema).min(1) }))
      .min(1),
  })
  .superRefine(
    (checklist, ctx) => {
      const seen = new Set<string>();
      checklist.sections.forEach((section, s) =>
        section.items.forEach((item, i) => {
          if (seen.has(item.id)) {
            ctx.addIssue({
              code: "custom",
              path: ["sections", s, "items", i, "id"],
              message: `l'identifiant «\u00a0${item.id}\u00a0» est utilisé deux fois`,
            });
          }
          seen.add(item.id);
        }),
      );
      const sections = checklist.sections.map((section) => section.id);
      sections.forEach((sid, s) => {
        if (sections.indexOf(sid) !== s)
          ctx.addIssue({
            code: "custom",
            path: ["sections", s, "id"],
            message: `la section «\u00a0${sid}\u00a0» existe deux fois`,
          });
      });
    },
    // Also when an item is wrong elsewhere (an unknown owner): its author learns both at once.
    { when: (payload) => hasIds(payload.value) },
  );

/** Sections and items whose ids could be read, whatever else is wrong in them. */
function hasIds(value: unknown): boolean {
  const sections = (value as { sections?: unknown })?.sections;
  return (
    Array.isArray(sections) &&
    sections.every(
      (section: { id?: unknown; items?: unknown }) =>
        typeof section?.id === "string" &&
        Array.isArray(section.items) &&
        section.items.every((item: { id?: unknown }) => typeof item?.id === "string"),
    )
  );
}
