// /lms/cmi5/cmi5.xml: the course structure a cmi5 LMS imports (lib/lms/cmi5-course.ts), a block per
// module and an AU per lesson, launched on the site's public address (RELAIS_SITE and RELAIS_BASE
// at build time).
import type { APIRoute } from "astro";
import { getCourse } from "../../../lib/course/course";
import { cmi5CourseStructure } from "../../../lib/lms/cmi5-course";
import { href } from "../../../lib/urls";

export const GET: APIRoute = async ({ site }) => {
  const { modules } = await getCourse();
  const xml = cmi5CourseStructure({
    siteRoot: new URL(href(), site).href,
    title: "Relais — le métier de community manager",
    description: "Le métier de community manager en modules\u00a0: chaque leçon se lit puis se valide par son quiz.",
    modules: modules.map((module) => ({
      id: module.id,
      title: module.data.title,
      summary: module.data.summary,
      lessons: module.lessons.map((lesson) => ({
        id: lesson.id,
        title: lesson.data.title,
        summary: lesson.data.summary,
        launchPath: href(`lecons/${lesson.id}/`).slice(href().length),
        scored: (lesson.data.quiz?.questions.length ?? 0) > 0,
      })),
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
};
