import type { MiddlewareHandler } from "astro";
import { NARROWED, narrowPage } from "./csp-per-page";

// Added by the cspPerPage() integration. At build time the HTML a page's response holds is the
// file Astro writes, Astro's policy already in its head and the stylesheets inlined: each page's
// policy is narrowed there, once, while the page is rendered. Astro writes no policy in
// `astro dev`: pages then go through untouched, while the build stops on a page it cannot narrow.
// Each page narrowed is counted (NARROWED): the build also stops if a page escaped this middleware.

/** Narrows an HTML response's policy when building; any other response goes through as it is. */
export async function narrowResponse(response: Response, page: string, building: boolean): Promise<Response> {
  if (!building || !/^text\/html\b/.test(response.headers.get("content-type") ?? "")) return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const { status, statusText } = response;
  return new Response(narrowPage(await response.text(), page), { status, statusText, headers });
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const rendered = await next();
  const response = await narrowResponse(rendered, context.url.pathname, !import.meta.env.DEV);
  if (response !== rendered) (globalThis as { [NARROWED]?: Set<string> })[NARROWED]?.add(context.url.pathname);
  return response;
};
