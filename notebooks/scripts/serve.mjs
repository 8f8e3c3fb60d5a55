// A plain static file server for the built site (notebooks/dist): files as they are, no rewrites, "/" → index.html.
// `pnpm preview` runs it; the browser test uses it to prove the site works on any static server.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port) and resolves with the listening server.
 * @param {string} root folder to serve
 * @param {number} [port]
 */
export function serveStatic(root, port = 0) {
  const base = normalize(root + sep);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory())
      return void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Hittades inte / not found");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  if (!existsSync(join(dist, "index.html"))) {
    console.error(
      "Ingen byggd webbplats i notebooks/dist — kör `pnpm site:build` först. / No build in notebooks/dist — run `pnpm site:build` first.",
    );
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 3001);
  const server = await serveStatic(dist, port);
  console.log(`Webbplatsen (notebooks/dist) på http://127.0.0.1:${server.address().port}/ — avsluta med Ctrl+C`);
}
