// /lms/relais-cours.json: the course as the SCORM packager sees it (src/lib/lms/course-outline.ts).
// Not a page: no link leads here, and the offline worker leaves lms/ out.
import type { APIRoute } from "astro";
import { getCourse } from "../../lib/course/course";
import type { CourseOutline } from "../../lib/lms/course-outline";

export const GET: APIRoute = async () => {
  const course = await getCourse();
  const outline: CourseOutline = {
    base: import.meta.env.BASE_URL.replace(/\/?$/, "/"),
    modules: course.modules.map((module) => ({
      id: module.id,
      title: module.data.title,
      items: [
        ...module.lessons.map((lesson) => ({
          kind: "lecon" as const,
          id: lesson.id,
          title: lesson.data.title,
          scored: lesson.data.quiz.questions.length > 0,
        })),
        ...course.simulations
          .filter((simulation) => simulation.data.module.id === module.id)
          .map((simulation) => ({
            kind: "simulation" as const,
            id: simulation.id,
            title: simulation.data.title,
            scored: true,
          })),
      ],
    })),
  };
  return new Response(JSON.stringify(outline), { headers: { "content-type": "application/json" } });
};
