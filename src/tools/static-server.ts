import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createGzip } from "node:zlib";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
};

/**
 * Serves a built site the way a plain static host does: files under `base`, `index.html` for folders,
 * the site's own 404.html for anything else. Used to test a build deployed under a sub-path.
 */
export function createStaticServer(root: string, base = "/"): Server {
  const notFound = path.join(root, "404.html");
  return createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const candidate = path.join(root, pathname.slice(base.length));
      if (candidate.startsWith(root)) {
        if (existsSync(candidate) && statSync(candidate).isDirectory()) {
          if (!pathname.endsWith("/")) {
            response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
            return;
          }
          file = path.join(candidate, "index.html");
        } else file = candidate;
      }
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile();
    const served = found ? file! : notFound;
    const type = TYPES[path.extname(served)] ?? "application/octet-stream";
    // Text is compressed on the fly, as static hosts do; Pagefind's index files are compressed already.
    const gzip = /^(text|application\/(json|xml|wasm))/.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const headers: Record<string, string | number> = { "content-type": type };
    if (gzip) headers["content-encoding"] = "gzip";
    else if (existsSync(served)) headers["content-length"] = statSync(served).size;
    response.writeHead(found ? 200 : 404, headers);
    if (request.method === "HEAD" || !existsSync(served)) response.end();
    else if (gzip) createReadStream(served).pipe(createGzip()).pipe(response);
    else createReadStream(served).pipe(response);
  });
}
