import { describe, expect, it } from "vitest";
import { runCli } from "../helpers.js";

describe("flodes validate", () => {
  it("exits 0 and reports the counts for a clean log", async () => {
    const r = await runCli(["validate", "liten-logg.csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Datakvalitet: liten-logg.csv");
    expect(r.stdout).toContain("(rader in = godkända + avvisade: 6 = 6 + 0)");
    expect(r.stdout).toContain("Inga problem hittades.");
  });

  it("exits 1 and groups rejected rows by code with their row numbers", async () => {
    const r = await runCli(["validate", "liten-med-fel.csv"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("(rader in = godkända + avvisade: 3 = 1 + 2)");
    // physical lines: header = 1, so the bad rows are lines 3 and 4
    expect(r.stdout).toMatch(/END_BEFORE_START — 1 rad \(fel, raden avvisas\)\n {4}rad 3, kolumn "slut"/);
    expect(r.stdout).toMatch(/UNPARSEABLE_TIME — 1 rad \(fel, raden avvisas\)\n {4}rad 4, kolumn "start"/);
  });

  it("--json prints the QualityReport", async () => {
    const r = await runCli(["validate", "liten-med-fel.csv", "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { rowsIn: number; accepted: number; rejected: number; issues: { row: number; code: string }[] };
    expect(report).toMatchObject({ rowsIn: 3, accepted: 1, rejected: 2 });
    expect(report.issues.map((i) => [i.row, i.code])).toEqual(
      expect.arrayContaining([
        [3, "END_BEFORE_START"],
        [4, "UNPARSEABLE_TIME"],
      ]),
    );
  });

  it("lists at most five rows per code and says how many more", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `F${i};Steg;inte en tid;2025-03-04 09:00`);
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "flodes-cli-"));
    writeFileSync(join(dir, "atta-fel.csv"), ["ärende;steg;start;slut", ...rows].join("\n"));
    const r = await runCli(["validate", "atta-fel.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("UNPARSEABLE_TIME — 8 rader");
    expect(r.stdout.match(/ {4}rad \d+, kolumn "start"/g)).toHaveLength(5);
    expect(r.stdout).toContain("… och 3 till");
  });

  it("reads the committed broken example with exit 1 and the clean one with exit 0", async () => {
    const { ROOT } = await import("../helpers.js");
    expect((await runCli(["validate", "examples/trasig.csv"], { cwd: ROOT })).code).toBe(1);
    expect(
      (await runCli(["validate", "examples/syntetisk-remissflode.csv", "--model", "examples/remiss-modell.csv"], { cwd: ROOT })).code,
    ).toBe(0);
  });
});
