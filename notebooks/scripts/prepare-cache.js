// Prepares the Observable Framework cache for an offline build (see /work/shared/framework-offline.md).
// Run before every `observable build` / `observable preview`:
// 1. pre-creates empty `_npm/<name>@<version>` dirs, so Framework does not try to fetch its implicit
//    modules from a CDN (no CDN here: the build would exit 0 and leave a blank page);
// 2. replaces the cached bundles of the workspace packages (`_node/@flodes*`), which Framework never rebuilds:
//    re-bundles @flodes/core and @flodes/viz into that cache itself and deletes anything else cached there. Framework bundles a package with rollup
//    using the package's own folder as root, and a pnpm workspace package cannot resolve its own name from
//    there (UNRESOLVED_ENTRY; the page then holds a bare `import("@flodes/viz")` and fails in the browser).
//    We bundle from the built `dist/index.js` and let Framework resolve every other package as usual.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const notebooks = fileURLToPath(new URL("../", import.meta.url));
const srcRoot = join(notebooks, "src");
const cache = join(srcRoot, ".observablehq", "cache");

// Versions Framework 1.13.4 asks for (found by building offline and listing the `_npm` dirs it created).
export const NPM_STUBS = [
  "@observablehq/plot@0.6.17",
  "@observablehq/sample-datasets@1.0.1",
  "apache-arrow@21.2.0",
  "arquero@8.0.3",
  "d3@7.9.2",
  "d3-dsv@3.0.2",
  "echarts@6.1.0",
  "htl@1.0.0",
  "leaflet@1.9.4",
  "lodash@4.18.1",
  "mapbox-gl@3.32.0",
  "parquet-wasm@0.8.0",
  "react@19.3.1",
  "react-dom@19.3.1",
  "topojson-client@3.1.0",
];

/** Workspace packages pages import, in dependency order (core before viz). */
export const WORKSPACE_PACKAGES = ["@flodes/core", "@flodes/viz"];

for (const spec of NPM_STUBS) mkdirSync(join(cache, "_npm", spec), { recursive: true });

// 3. deletes the cached data-loader outputs: `observable build` reuses a cached output older than its loader
//    ("[using stale]") and never notices a change in the library or in data/pilot, so a build after any change
//    would show old numbers. Every build runs the loaders afresh.
rmSync(join(cache, "data"), { recursive: true, force: true });

const nodeCache = join(cache, "_node");
const fresh = new Set();

const requireFromNotebooks = createRequire(join(notebooks, "package.json"));
const frameworkDir = dirname(requireFromNotebooks.resolve("@observablehq/framework/package.json"));
const requireFromFramework = createRequire(join(frameworkDir, "package.json"));
const { resolveNodeImport } = await import(pathToFileURL(join(frameworkDir, "dist", "node.js")).href);
const { rollup } = await import(pathToFileURL(requireFromFramework.resolve("rollup")).href);
const nodeResolvePlugin = await import(pathToFileURL(requireFromFramework.resolve("@rollup/plugin-node-resolve")).href);
const commonjsPlugin = await import(pathToFileURL(requireFromFramework.resolve("@rollup/plugin-commonjs")).href);
const nodeResolve = nodeResolvePlugin.nodeResolve ?? nodeResolvePlugin.default;
const commonjs = commonjsPlugin.default?.default ?? commonjsPlugin.default ?? commonjsPlugin;

/** True when the notebooks package can resolve `spec` itself (then pages and bundles share one copy). */
function resolvableFromNotebooks(spec) {
  try {
    requireFromNotebooks.resolve(spec);
    return true;
  } catch {
    return false;
  }
}

const isBare = (spec) => !/^(\.{0,2}\/|[a-z]+:|\0)/i.test(spec);

for (const name of WORKSPACE_PACKAGES) {
  const entry = requireFromNotebooks.resolve(name); // "default" condition → dist/index.js
  const pkgDir = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf-8"));
  const outputPath = join(nodeCache, `${name}@${version}`, "index.js");
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: "framework-node-resolve",
        // Packages the notebooks also depend on (d3, vega, @flodes/core …) stay shared `/_node/` imports;
        // a workspace package's private dependencies (e.g. arquero's own dependencies) are inlined below.
        async resolveId(spec) {
          if (!isBare(spec) || spec.startsWith("node:") || !resolvableFromNotebooks(spec)) return null;
          return { id: await resolveNodeImport(srcRoot, spec), external: true };
        },
      },
      nodeResolve({ browser: true }),
      commonjs({ esmExternals: true, requireReturnsDefault: "preferred" }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== "CIRCULAR_DEPENDENCY") warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: "es",
      exports: "named",
      paths: (id) => (id.startsWith("/_node/") ? relativeImport(outputPath, join(cache, id)) : id),
    });
    // Replace atomically: a build running at the same moment never sees the bundle missing.
    mkdirSync(dirname(outputPath), { recursive: true });
    writeFileSync(`${outputPath}.${process.pid}.tmp`, output.find((o) => o.type === "chunk").code, "utf-8");
    renameSync(`${outputPath}.${process.pid}.tmp`, outputPath);
    fresh.add(`${name}@${version}`);
  } finally {
    await bundle.close();
  }
  console.log(`prepare-cache: bundled ${name}@${version} → ${relative(notebooks, outputPath)}`);
}
// Anything else cached under _node/@flodes (older versions, other entry points) is stale: Framework never
// rebuilds it, so delete it.
const scopeDir = join(nodeCache, "@flodes");
for (const dir of existsSync(scopeDir) ? readdirSync(scopeDir) : []) {
  const pkgDir = join(scopeDir, dir);
  if (!fresh.has(`@flodes/${dir}`)) {
    rmSync(pkgDir, { recursive: true, force: true });
    continue;
  }
  for (const file of readdirSync(pkgDir)) if (file !== "index.js") rmSync(join(pkgDir, file), { recursive: true, force: true });
}
console.log(`prepare-cache: ${NPM_STUBS.length} _npm stubs ready`);

function relativeImport(fromFile, toFile) {
  const rel = relative(dirname(fromFile), toFile).split("\\").join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}
