// /revisions/empreintes.json: every reviewable question's fingerprint (lib/review/review-data.ts).
import type { APIRoute } from "astro";
import { getCourse } from "../../lib/course/course";
import { courseFingerprints } from "../../lib/review/review-data";

export const GET: APIRoute = async () => {
  const { lessons } = await getCourse();
  return new Response(JSON.stringify(courseFingerprints(lessons)), { headers: { "content-type": "application/json" } });
};
