import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../packages/viz/src", import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("@flodes/viz stays browser-safe", () => {
  it("imports no Node built-ins and only isomorphic packages anywhere in src", () => {
    const allowed = new Set(["@flodes/core", "@dagrejs/dagre", "d3", "vega", "vega-lite"]);
    for (const file of tsFiles(SRC)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)) {
        const spec = m[1];
        if (spec.startsWith(".")) continue;
        expect(allowed.has(spec), `${file} imports ${spec}`).toBe(true);
      }
    }
  });
});
