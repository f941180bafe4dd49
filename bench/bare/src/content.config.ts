import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

// The lessons, named by their file name whatever their module's folder (/lecons/<name>/).
const lessons = defineCollection({
  loader: glob({
    base: "./content/lessons",
    pattern: "**/*.mdx",
    generateId: ({ entry }) => entry.replace(/^.*\//, "").replace(/\.mdx$/, ""),
  }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { lessons };
