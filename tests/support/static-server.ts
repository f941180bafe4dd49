// Serves a built site on 127.0.0.1 like a static host would: files under the
// base path, 404.html (status 404) for anything else.
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(dist: string, base = "/"): Promise<RunningSite> {
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
    files(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
