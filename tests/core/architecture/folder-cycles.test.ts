// The folders of @flodes/core are its architecture: each imports only folders below it, never back. A cycle between
// two folders (a file in a/ importing b/ while a file in b/ imports a/) means a concept is split in the wrong place.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../../packages/core/src/", import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Top-level folder of a source file ("io" for io/csv/csv-parser.ts); null for the entry files in src/ itself. */
const folderOf = (file: string): string | null => {
  const parts = relative(SRC, file).split(/[\\/]/);
  return parts.length > 1 ? parts[0] : null;
};

/** folder → folder → the first import that makes the edge, e.g. "cost/cost-of-waste.ts → waste/waste-type-of.ts". */
function folderGraph(files: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g;
  for (const file of files) {
    const from = folderOf(file);
    if (from === null) continue;
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1].replace(/\.js$/, ".ts"));
      const to = folderOf(target);
      if (to === null || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from)!;
      if (!edges.has(to)) edges.set(to, `${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
  }
  return graph;
}

/** Every cycle as its strongly connected folders (Tarjan), with the imports that close it. */
function folderCycles(graph: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) {
        const inside = new Set(scc);
        out.push(scc.flatMap((a) => [...(graph.get(a) ?? [])].filter(([b]) => inside.has(b)).map(([, why]) => why)).sort());
      }
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("folders of @flodes/core", () => {
  it("import each other without cycles", () => {
    expect(folderCycles(folderGraph(walk(SRC)))).toEqual([]);
  });

  it("detects a cycle the way it would be written", () => {
    const g = new Map([
      ["cost", new Map([["waste", "cost/a.ts → waste/b.ts"]])],
      ["waste", new Map([["cost", "waste/b.ts → cost/c.ts"]])],
      ["stats", new Map([["model", "stats/d.ts → model/e.ts"]])],
    ]);
    expect(folderCycles(g)).toEqual([["cost/a.ts → waste/b.ts", "waste/b.ts → cost/c.ts"]]);
  });
});
