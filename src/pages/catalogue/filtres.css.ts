import type { APIRoute } from "astro";
import { getCourse } from "../../lib/course/course";
import { catalogueFacets } from "../../lib/course/catalogue-facets";
import { filterCss } from "../../lib/course/catalogue-filters";

// Served as a file (not inline) so the Content-Security-Policy can stay strict.
export const GET: APIRoute = async () => {
  const css = filterCss(catalogueFacets(await getCourse()));
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
