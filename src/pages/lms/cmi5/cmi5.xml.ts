// /lms/cmi5/cmi5.xml: the course structure a cmi5 LMS imports (lib/lms/cmi5-course.ts), one AU per
// module launched on the site's public address (RELAIS_SITE and RELAIS_BASE at build time).
import type { APIRoute } from "astro";
import { getCourse } from "../../../lib/course/course";
import { cmi5CourseStructure } from "../../../lib/lms/cmi5-course";
import { href } from "../../../lib/urls";

export const GET: APIRoute = async ({ site }) => {
  const { modules } = await getCourse();
  const xml = cmi5CourseStructure({
    siteRoot: new URL(href(), site).href,
    title: "Relais — le métier de community manager",
    description:
      "Le métier de community manager en modules\u00a0: chaque module s’ouvre sur sa première leçon, à lire puis à valider par son quiz.",
    modules: modules
      .filter((module) => module.lessons.length > 0)
      .map((module) => ({
        id: module.id,
        title: module.data.title,
        summary: module.data.summary,
        launchPath: href(`lecons/${module.lessons[0]!.id}/`).slice(href().length),
      })),
  });
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
};
