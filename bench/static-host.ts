// Serves a built site on 127.0.0.1 as a production static host would (nginx, Netlify…):
// text compressed with gzip, hashed assets cached for a year, 404.html for anything
// else. Lighthouse measures what readers get, so it needs the compression that
// tests/support/static-server.ts leaves out.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import type { RunningSite } from "../tests/support/static-server.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"]);

export async function serveCompressed(dist: string): Promise<RunningSite> {
  const root = resolve(dist);
  const fileFor = (pathname: string): string | undefined => {
    const file = resolve(root, `.${decodeURIComponent(pathname)}`);
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    const candidate = existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
  };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://host");
    const found = fileFor(pathname);
    const file = found ?? join(root, "404.html");
    const ext = extname(file);
    let body = readFileSync(file);
    res.statusCode = found ? 200 : 404;
    res.setHeader("Content-Type", TYPES[ext] ?? "application/octet-stream");
    res.setHeader(
      "Cache-Control",
      pathname.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache",
    );
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body, { level: 6 });
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", "Accept-Encoding");
    }
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
