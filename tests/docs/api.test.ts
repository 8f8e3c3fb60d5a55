// The public API is explicit and documented: no entry point re-exports a whole module (`export *`), every public
// function and class has TSDoc with an `@example`, and every example runs and shows the right values (doctest.ts).
import { readFileSync } from "node:fs";
import * as cli from "@flodes/cli";
import * as core from "@flodes/core/node";
import * as viz from "@flodes/viz";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileExample, mismatch, parseExpected, runExample } from "./doctest.js";
import { ENTRIES, type EntryName, publicNames, starExports } from "./public-api.js";

/**
 * Names every example may use besides its package's exports.
 * The small example log: `model` examples/remiss-modell.csv · `result` importFile of examples/syntetisk-remissflode.csv
 * with it · `log`, `quality`, `observations` of that result · `analysis` analyze(log).
 * The synthetic pilot (data/pilot): `processes` · `pilot` the import of syntetisk-handelser.csv · `pilotLog` its log ·
 * `units` · `goals` · `staffing` · `improvements` · `planGoals` (the goal hierarchy) · `contextFigures` · `rules` (care
 * guarantee) · `allocations` (postponed-care money).
 */
async function exampleFixtures(): Promise<Record<string, unknown>> {
  const model = await core.loadProcessModel("examples/remiss-modell.csv");
  const result = await core.importFile("examples/syntetisk-remissflode.csv", { tz: "Europe/Stockholm", model });
  const processes = JSON.parse(readFileSync("data/pilot/processer.json", "utf8")) as core.Process[];
  const pilot = await core.importFile("data/pilot/syntetisk-handelser.csv", { tz: "Europe/Stockholm", model: processes });
  return {
    model,
    result,
    log: result.log,
    quality: result.quality,
    observations: result.observations,
    analysis: core.analyze(result.log),
    processes,
    pilot,
    pilotLog: pilot.log,
    units: await core.loadUnits("data/pilot/enheter.csv"),
    goals: await core.loadGoals("data/pilot/mal.csv"),
    staffing: (await core.loadStaffing("data/pilot/bemanning.csv")).items,
    improvements: (await core.loadImprovements("data/pilot/forbattringar.csv")).items,
    planGoals: (await core.loadGoalTree("data/pilot/malhierarki.csv")).items,
    contextFigures: (await core.loadContextFigures("data/pilot/kontext.csv")).items,
    rules: await core.loadCareGuaranteeRules("data/pilot/vardgaranti.csv"),
    allocations: await core.loadBacklogAllocations("data/pilot/forskjuten-vard.csv"),
  };
}

const ENTRY_NAMES = Object.keys(ENTRIES) as EntryName[];
const documented = ENTRY_NAMES.flatMap((entry) => publicNames(entry).filter((n) => n.kind === "function" || n.kind === "class"));

describe("the public API", () => {
  it("names every export: no entry point uses `export *` (an entry may extend another entry)", () => {
    const stars = ENTRY_NAMES.flatMap((entry) => starExports(entry).map((spec) => `${entry}: export * from "${spec}"`));
    expect(stars).toEqual(['@flodes/core/node: export * from "./index.js"']);
  });

  it("documents every public function and class with TSDoc and an @example", () => {
    const missing = documented
      .filter((n) => n.doc === "" || n.examples.length === 0)
      .map((n) => `${n.entry} ${n.name} (${n.file}:${n.line})${n.doc === "" ? " has no TSDoc" : " has no @example"}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe("the examples of the public API", () => {
  let scope: Record<string, unknown>;
  let dom: JSDOM;
  beforeAll(async () => {
    dom = new JSDOM("<!doctype html><html><body></body></html>");
    Object.assign(globalThis, { document: dom.window.document });
    scope = { ...cli, ...core, ...viz, ...(await exampleFixtures()), document: dom.window.document };
  }, 60_000);
  afterAll(() => {
    dom.window.close();
    Reflect.deleteProperty(globalThis, "document");
  });

  // One test per example; an example shared by two entries (core and core/node) runs once.
  const seen = new Set<string>();
  for (const n of documented) {
    n.examples.forEach((code, i) => {
      const key = `${n.file}:${n.line}:${i}`;
      if (seen.has(key)) return;
      seen.add(key);
      it(`${n.name}${n.examples.length > 1 ? ` (example ${i + 1})` : ""} runs as written — ${n.file}:${n.line}`, async () => {
        await runExample(code, scope);
      });
    });
  }
});

describe("the doc-test harness", () => {
  it("reads expected values with commentary, cut-short numbers and strings, and open objects", () => {
    expect(mismatch(11.8333, parseExpected("11.833… (71 / 6)"))).toBeNull();
    expect(mismatch(11.84, parseExpected("11.833…"))).toMatch(/is not 11.833/);
    expect(mismatch("Arbetstid mån–fre", parseExpected('"Arbetstid…" — the label'))).toBeNull();
    expect(mismatch({ a: 1, b: 2 }, parseExpected("{ a: 1, … }"))).toBeNull();
    expect(mismatch({ a: 1, b: 2 }, parseExpected("{ a: 1 }"))).toMatch(/unexpected keys b/);
    expect(mismatch([1, 2, 3], parseExpected("[1, 2, …]"))).toBeNull();
    expect(mismatch(new Int32Array([4, 5]), parseExpected("[4, 5]"))).toBeNull();
    expect(mismatch({ x: "anything" }, parseExpected("{ x: … }"))).toBeNull();
  });

  it("turns `expr // → value` lines into checks and fails a wrong one with its line", async () => {
    expect(compileExample("const x = 1 + 1; // → 2\nx * 2 // → 4").checks.map((c) => c.expected)).toEqual(["2", "4"]);
    await expect(runExample("const y: number = 2;\ny + 1 // → 3", {})).resolves.toBe(1);
    await expect(runExample("[1, 2].length // → 3", {})).rejects.toThrow(/line 1: \[1, 2\]\.length \/\/ → 3/);
  });
});
