#!/usr/bin/env node
// `pnpm flodes …`: runs the built CLI (packages/cli/dist), rebuilding first when a source file is newer than the
// build — so the command a user runs is the compiled one, not TypeScript compiled at every start.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "packages/cli/dist/main.js");

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith(".ts") || e.name === "package.json") t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

let builtAt = 0;
try {
  builtAt = statSync(built).mtimeMs;
} catch {
  builtAt = 0;
}
const sources = Math.max(...["core", "viz", "cli"].map((p) => newest(join(root, "packages", p, "src"))));
if (sources > builtAt) {
  const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-b"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (tsc.status !== 0) process.exit(2);
}
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  throw e;
});
const { run } = await import(built);
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
