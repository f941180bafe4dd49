import type { z } from "astro/zod";

// The fields a schema knows at a place in a file, so an unknown field can be answered with the
// near one (« sumary : champ inconnu : vouliez-vous dire « summary » ? »). Read from zod's own
// description of the schema: objects, lists, and what wraps them (optional, default, pipe, union).

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: readonly Schema[];
}
interface Schema {
  _zod: { def: Def };
}

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** The schemas `schema` stands for, once what wraps it is taken off (each option of a union). */
function unwrap(schema: Schema): Schema[] {
  const def = schema._zod.def;
  if (WRAPPERS.has(def.type) && def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in) return unwrap(def.in);
  if (def.type === "union" && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

/** The names of the fields the object at `path` of `schema` may have; none when there is no object there. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let here = unwrap(schema as unknown as Schema);
  for (const key of path) {
    here = here.flatMap((s) => {
      const def = s._zod.def;
      if (def.type === "object" && typeof key === "string" && def.shape?.[key]) return unwrap(def.shape[key]);
      if (def.type === "array" && typeof key === "number" && def.element) return unwrap(def.element);
      return [];
    });
  }
  return [...new Set(here.flatMap((s) => (s._zod.def.type === "object" ? Object.keys(s._zod.def.shape ?? {}) : [])))];
}
