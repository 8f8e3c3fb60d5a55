// The site's Web Worker as one classic script (no imports, nothing fetched): bundles notebooks/worker/flodes-worker.ts
// with @flodes/core and @flodes/viz/pages — the same builds the other data loaders run — at build time. Pages load
// it as a file attachment (FileAttachment("data/flodes-worker.js")), so it is served from the site like any file.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const entry = fileURLToPath(new URL("../../worker/flodes-worker.ts", import.meta.url));
const out = await build({
  entryPoints: [entry],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  write: false,
  legalComments: "none",
  logLevel: "warning",
});
process.stdout.write(out.outputFiles[0]!.text);
