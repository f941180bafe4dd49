import { DEFAULT_PASS_PERCENT, type PackageDescription } from "./package-description.ts";
import { itemPage, type CourseOutline, type OutlineModule } from "./course-outline.ts";
import { COURSE_PACKAGE_TITLE, modulesPackageTitle, NO_MODULE, unknownModules } from "./package-wording.ts";

// Which modules a package holds, and its description (relais-package.json): one package per
// module and one for the whole course at each build, or any set through npm run package:scorm.

export interface PackagePlan {
  description: PackageDescription;
  /** The modules it holds, in course order. */
  modules: OutlineModule[];
}

/** Thrown with a French message for the person who asked for the package. */
export class PackageRequestError extends Error {}

/** The file name of a package: "relais-crise.zip". */
export const packageFileName = (plan: PackagePlan) => `${plan.description.id}.zip`;

/**
 * The package of the modules named (in any order; course order kept), or of the whole course when
 * `moduleIds` is "tous". Throws a PackageRequestError naming unknown modules.
 */
export function planPackage(
  outline: CourseOutline,
  moduleIds: readonly string[] | "tous",
  passPercent = DEFAULT_PASS_PERCENT,
): PackagePlan {
  const whole = moduleIds === "tous";
  const wanted = new Set(whole ? outline.modules.map((m) => m.id) : moduleIds);
  if (wanted.size === 0) throw new PackageRequestError(NO_MODULE);
  const known = outline.modules.map((m) => m.id);
  const unknown = [...wanted].filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new PackageRequestError(unknownModules(unknown, known));
  const modules = outline.modules.filter((m) => wanted.has(m.id));
  const everything = modules.length === outline.modules.length;
  return {
    modules,
    description: {
      format: "relais-scorm",
      version: 1,
      id: everything ? "relais-cours" : `relais-${modules.map((m) => m.id).join("-")}`,
      title: everything ? COURSE_PACKAGE_TITLE : modulesPackageTitle(modules.map((m) => m.title)),
      passPercent,
      items: modules.flatMap((m) =>
        m.items.map((item) => ({
          kind: item.kind,
          id: item.id,
          title: item.title,
          path: itemPage(item),
          scored: item.scored,
        })),
      ),
    },
  };
}

/** Every package the build writes: one per module, then the whole course. */
export const buildPlans = (outline: CourseOutline, passPercent = DEFAULT_PASS_PERCENT) => [
  ...outline.modules.map((m) => planPackage(outline, [m.id], passPercent)),
  planPackage(outline, "tous", passPercent),
];
