import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI_SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../packages/cli/src");

/** The value (not type-only) imports of a module: relative files resolved to .ts, packages by specifier. */
function valueImports(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, "utf8");
  const files: string[] = [];
  const packages: string[] = [];
  // Static imports and re-exports; dynamic import() is what keeps a command lazy, so it is not followed.
  const re = /^(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;
  for (const m of text.matchAll(re)) {
    if (m[1]) continue;
    const spec = m[2];
    if (spec.startsWith(".")) files.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
    else packages.push(spec);
  }
  return { files, packages };
}

/** Every module `flodes --help` loads before a command is chosen, and the packages they import. */
function startupGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop() as string;
    if (modules.has(f)) continue;
    modules.add(f);
    const { files, packages: p } = valueImports(f);
    for (const x of p) packages.add(x);
    todo.push(...files);
  }
  return { modules, packages };
}

describe("flodes start-up", () => {
  it("loads only the message convention of @flodes/core before a command runs (help stays near node's own start)", () => {
    const { modules, packages } = startupGraph(resolve(CLI_SRC, "main.ts"));
    // The walk really followed the program: help, arguments, messages and the command registry.
    for (const f of ["args.ts", "messages.ts", "cli-error.ts", "commands/registry.ts", "format/help.ts"]) {
      expect(modules.has(resolve(CLI_SRC, f))).toBe(true);
    }
    const flodes = [...packages].filter((p) => p.startsWith("@flodes/"));
    expect(flodes).toEqual(["@flodes/core/messages"]);
    // No command module is loaded statically: each comes through the registry's load().
    expect([...modules].filter((f) => f.includes("/commands/") && !f.endsWith("registry.ts") && !f.endsWith("command.ts"))).toEqual([]);
  });
});
