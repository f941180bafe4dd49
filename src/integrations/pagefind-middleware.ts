import type { MiddlewareHandler } from "astro";

// Added by the pagefindIndex() integration to the build only: each page, as it is rendered, goes
// to Pagefind, whose indexer runs in a process of its own beside Astro's rendering. The
// integration (loaded with the config) and this middleware (bundled with the pages) share no
// module: the integration leaves on globalThis, under this key, where pages go.

/** A page: its path on the site (base included) and its HTML as written. */
export type IndexedPage = [path: string, html: string];
/**
 * Where pages go: called as a page's rendering begins, it gives the function to call once the page
 * is rendered (with undefined for a response that is no page). Several pages render at once
 * (build.concurrency): the index takes them in the order they began (src/lib/in-request-order.ts).
 */
export type PageSink = () => (page: IndexedPage | undefined) => void;
export const PAGE_SINK = Symbol.for("relais:pagefind:pages");

const sink = () => (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK];

export const onRequest: MiddlewareHandler = async (context, next) => {
  const give = sink()?.();
  let page: IndexedPage | undefined;
  try {
    const response = await next();
    if (give && /^text\/html\b/.test(response.headers.get("content-type") ?? "")) {
      page = [context.url.pathname, await response.clone().text()];
    }
    return response;
  } finally {
    // Even when the rendering fails: the pages begun after this one are not held back.
    give?.(page);
  }
};
