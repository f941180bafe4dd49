// The module `astro:content` takes `defineCollection` from (its types say so too): importing the
// virtual module here had Astro's Vite server load and transform its whole rendering runtime, some
// sixty modules, before reading a file of content (half a second of every build, every `astro dev`).
import { defineCollection } from "astro/content/config";
import { glob } from "astro/loaders";
import { lessonSchema } from "./schemas/lesson";
import { moduleSchema } from "./schemas/module";
import { glossarySchema } from "./schemas/glossary";
import { simulationSchema } from "./schemas/simulation";
import { checklistSchema } from "./schemas/checklist";
import { guideSchema } from "./schemas/guide";
import { existsSync } from "node:fs";
import { slugFromFileName } from "./lib/slug";
import { useAuthorMessages } from "./schemas/messages";
import { heldUntilChecked } from "./lib/content-check/content-gate";

// Authors read these messages: ours, in French (src/schemas/messages.ts).
useAuthorMessages();

// Content lives at the repo root; RELAIS_CONTENT points elsewhere for fixture sites in tests.
const root = process.env.RELAIS_CONTENT ?? "./content";

// Every collection is read beside the build's content check, and fails with its list if it finds
// a problem (src/lib/content-check/content-gate.ts).

// A lesson's URL is its file name, whatever sub-folder holds it, so the same name
// in two folders would silently replace a lesson: slugFromFileName refuses it.
const lessons = defineCollection({
  loader: heldUntilChecked(
    glob({ base: `${root}/lessons`, pattern: "**/*.mdx", generateId: slugFromFileName("lessons", existsSync) }),
  ),
  schema: lessonSchema,
});

const modules = defineCollection({
  loader: heldUntilChecked(glob({ base: `${root}/modules`, pattern: "*.yaml" })),
  schema: moduleSchema,
});

const glossary = defineCollection({
  loader: heldUntilChecked(glob({ base: `${root}/glossary`, pattern: "*.yaml" })),
  schema: glossarySchema,
});

const simulations = defineCollection({
  loader: heldUntilChecked(glob({ base: `${root}/simulations`, pattern: "*.yaml" })),
  schema: simulationSchema,
});

const checklists = defineCollection({
  loader: heldUntilChecked(glob({ base: `${root}/checklists`, pattern: "*.yaml" })),
  schema: checklistSchema,
});

// One trainer's guide per module, named as the module (content/guides/crise.yaml for « crise »).
const guides = defineCollection({
  loader: heldUntilChecked(glob({ base: `${root}/guides`, pattern: "*.yaml" })),
  schema: guideSchema,
});

export const collections = { lessons, modules, glossary, simulations, checklists, guides };
