// /revisions/lecons/<lesson>.json: a lesson's questions for the review page, fetched only for the
// lessons whose questions are due (lib/review/review-data.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { getCourse } from "../../../lib/course/course";
import { isReviewable, reviewLesson } from "../../../lib/review/review-data";
import { lessonHref } from "../../../lib/urls";

export const getStaticPaths: GetStaticPaths = async () => {
  const { lessons } = await getCourse();
  return lessons.filter(isReviewable).map((lesson) => ({ params: { id: lesson.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const lesson = (await getCourse()).lesson(params["id"]!);
  return new Response(JSON.stringify(reviewLesson(lesson, lessonHref(lesson.id))), {
    headers: { "content-type": "application/json" },
  });
};
