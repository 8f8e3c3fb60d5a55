import { ImportError, parseGoals, parseUnits } from "@flodes/core";
import { loadGoals, loadUnits } from "@flodes/core/node";
import { describe, expect, it } from "vitest";

describe("parseUnits", () => {
  it("reads Swedish CSV columns with an empty parent as a root", () => {
    const { units, issues } = parseUnits("\uFEFFid;namn;nivå;förälder\nr;Region;region;\nu;Umeå;enhet;r\n");
    expect(issues).toEqual([]);
    expect(units).toEqual([
      { id: "r", name: "Region", level: "region" },
      { id: "u", name: "Umeå", level: "enhet", parent: "r" },
    ]);
  });

  it("rejects an unknown level naming file, row and column", () => {
    const { units, issues } = parseUnits("id,name,level,parent\nr,Region,region,\nx,X,avdelning,r\n", { file: "enheter.csv" });
    expect(units.map((u) => u.id)).toEqual(["r"]);
    expect(issues).toHaveLength(1);
    // header = row 1, "r" = row 2, "x" = row 3
    expect(issues[0]).toMatchObject({ file: "enheter.csv", row: 3, column: "level", code: "BAD_CATEGORY", severity: "error" });
  });

  it("reads JSON with row = position in the list", () => {
    const { units, issues } = parseUnits('[{"id":"r","name":"R","level":"region"},{"id":"r","name":"R2","level":"region"}]', {
      file: "e.json",
    });
    expect(units).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 2, column: "id", code: "DUPLICATE_ROW", file: "e.json" });
  });

  it("throws ImportError when a required column is missing", () => {
    expect(() => parseUnits("namn;förälder\nR;\n", { file: "e.csv" })).toThrow(ImportError);
  });
});

describe("parseGoals", () => {
  it("reads decimal commas and optional baseline dates", () => {
    const { goals, issues } = parseGoals(
      "enhet;mått;baslinje;mål;datum;baslinjedatum\nu;flowEfficiency;0,10;0,20;2026-06-30;\nu;leadTimeMedianMs;100;50;2026-06-30;2025-01-01\n",
    );
    expect(issues).toEqual([]);
    expect(goals).toEqual([
      { unit: "u", metric: "flowEfficiency", baseline: 0.1, target: 0.2, deadline: "2026-06-30" },
      { unit: "u", metric: "leadTimeMedianMs", baseline: 100, target: 50, deadline: "2026-06-30", baselineDate: "2025-01-01" },
    ]);
  });

  it("rejects a bad number, an unknown metric and a bad date with their columns", () => {
    const text =
      "enhet;mått;baslinje;mål;datum\nu;flowEfficiency;tio;0,2;2026-06-30\nu;snabbhet;1;2;2026-06-30\nu;nvaShare;0,5;0,3;30/6 2026\n";
    const { goals, issues } = parseGoals(text, { file: "mal.csv" });
    expect(goals).toEqual([]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, "baslinje", "BAD_NUMBER"],
      [3, "mått", "BAD_CATEGORY"],
      [4, "datum", "UNPARSEABLE_TIME"],
    ]);
  });
});

describe("loadUnits / loadGoals", () => {
  it("load the synthetic pilot files, CSV and JSON alike", async () => {
    const [uc, uj, gc, gj] = await Promise.all([
      loadUnits("data/pilot/enheter.csv"),
      loadUnits("data/pilot/enheter.json"),
      loadGoals("data/pilot/mal.csv"),
      loadGoals("data/pilot/mal.json"),
    ]);
    expect(uc).toEqual(uj);
    expect(gc).toEqual(gj);
    expect(uc.length).toBeGreaterThan(3);
  });

  it("throw with file and row on the first bad row", async () => {
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "flodes-org-"));
    const path = join(dir, "mal.csv");
    await writeFile(path, "enhet;mått;baslinje;mål;datum\nu;nvaShare;x;0,3;2026-06-30\n");
    await expect(loadGoals(path)).rejects.toMatchObject({ code: "BAD_NUMBER", file: path, row: 2, column: "baslinje" });
  });
});
