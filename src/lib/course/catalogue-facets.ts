import type { Course } from "./course";
import type { Facet } from "./catalogue-filters";
import { KINDS, LEVELS, READERS } from "../../schemas/vocabulary";
import { audienceLabel, kindLabel, levelLabel } from "../labels";

/** The four catalogue filters, in the order the form shows them. */
export function catalogueFacets(course: Course): Facet[] {
  return [
    { name: "audience", legend: "Public", options: READERS.map((value) => ({ value, label: audienceLabel[value] })) },
    { name: "module", legend: "Module", options: course.modules.map((m) => ({ value: m.id, label: m.data.title })) },
    { name: "kind", legend: "Type", options: KINDS.map((value) => ({ value, label: kindLabel[value] })) },
    { name: "level", legend: "Niveau", options: LEVELS.map((value) => ({ value, label: levelLabel[value] })) },
  ];
}
