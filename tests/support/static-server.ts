// Serves a built site on 127.0.0.1 like a static host would: files under the
// base path, 404.html (status 404) for anything else.
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Rewrites every HTML page as it is served. The cmi5 test uses it to give the policy's connect-src
   * the origin of the LRS it starts on a port known only then, as RELAIS_LRS_ORIGINS would at build time.
   */
  html?: (html: string) => string;
}

export async function serveSite(dist: string, base = "/", { html }: ServeOptions = {}): Promise<RunningSite> {
  const files = sirv(dist, { dev: true, etag: false });
  const notFound = readFileSync(join(dist, "404.html"));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(notFound);
    };
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    const page = new URL(req.url, "http://site").pathname;
    if (html && page.endsWith("/") && existsSync(join(dist, page, "index.html"))) {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      return res.end(html(readFileSync(join(dist, page, "index.html"), "utf8")));
    }
    files(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
