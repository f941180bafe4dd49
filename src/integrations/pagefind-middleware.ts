import type { MiddlewareHandler } from "astro";

// Added by the pagefindIndex() integration to the build only: each page, as it is rendered, goes
// to Pagefind, whose indexer runs in a process of its own beside Astro's rendering. The
// integration (loaded with the config) and this middleware (bundled with the pages) share no
// module: the integration leaves on globalThis, under this key, where pages go.

/** Where the pages go: their path on the site (base included) and their HTML as written. */
export type PageSink = (path: string, html: string) => void;
export const PAGE_SINK = Symbol.for("relais:pagefind:pages");

const sink = () => (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK];

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const pages = sink();
  if (pages && /^text\/html\b/.test(response.headers.get("content-type") ?? "")) {
    pages(context.url.pathname, await response.clone().text());
  }
  return response;
};
