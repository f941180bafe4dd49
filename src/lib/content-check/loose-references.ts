import type { CourseFacts } from "../course/course-checks.ts";
import type { YamlSource } from "./yaml-source.ts";

// What a file its schema refused still says of other files, read from its YAML as written: a
// lesson's module, prerequisites and related lessons, a term's see-also, a simulation's module and
// lessons, a guide's simulation. A field of the wrong kind is left out (the schema said it); an
// empty name means « not given », and checkReferences passes over it.

/** A name, or "" when the field is not one. */
const name = (value: unknown) => (typeof value === "string" ? value : "");
/** A list of names, or none when the field is not one (its indices must stay the file's). */
const names = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : [];
const field = (source: YamlSource, key: string): unknown =>
  typeof source.data === "object" && source.data !== null ? (source.data as Record<string, unknown>)[key] : undefined;

interface Named {
  id: string;
  file: string;
}

/** The references of every refused file, by collection, as the checks across files take them. */
export function looseReferences(
  refused: ReadonlyMap<string, YamlSource>,
  files: {
    lessons: readonly Named[];
    glossary: readonly Named[];
    simulations: readonly Named[];
    guides: readonly Named[];
  },
): Required<Pick<CourseFacts, "lessons" | "glossary" | "simulations" | "guides">> & { modules: [] } {
  const of = <T>(list: readonly Named[], read: (named: Named, source: YamlSource) => T): T[] =>
    list.flatMap((named) => {
      const source = refused.get(named.file);
      return source ? [read(named, source)] : [];
    });
  return {
    lessons: of(files.lessons, ({ id, file }, source) => ({
      id,
      file,
      module: name(field(source, "module")),
      order: 0,
      prerequisites: names(field(source, "prerequisites")),
      related: names(field(source, "related")),
    })),
    modules: [],
    glossary: of(files.glossary, ({ id, file }, source) => ({ id, file, seeAlso: names(field(source, "seeAlso")) })),
    simulations: of(files.simulations, ({ id, file }, source) => ({
      id,
      file,
      module: name(field(source, "module")),
      related: names(field(source, "related")),
    })),
    guides: of(files.guides, ({ id, file }, source) => ({ id, file, simulation: name(field(source, "simulation")) })),
  };
}
