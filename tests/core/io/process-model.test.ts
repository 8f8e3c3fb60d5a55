import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseProcessModel } from "@flodes/core";
import { loadProcessModel } from "@flodes/core/node";
import { describe, expect, it } from "vitest";

const path = fileURLToPath(new URL("../../fixtures/import/modell-remiss.csv", import.meta.url));

describe("process model", () => {
  it("reads the Swedish CSV: categories, waste types, decimal comma costs, minutes and %KA", () => {
    const { process, issues } = parseProcessModel(readFileSync(path, "utf8"), { format: "csv", file: "modell-remiss.csv" });
    expect(issues).toEqual([]);
    expect(process.id).toBe("modell-remiss");
    expect(process.steps.map((s) => [s.id, s.category, s.wasteType, s.hourlyCostSek, s.standardDurationMs, s.pctCompleteAccurate])).toEqual(
      [
        ["Remiss inkommer", "NNVA", undefined, 412.5, 5 * 60_000, 0.9],
        ["Bedömning", "VA", undefined, 1150, 20 * 60_000, 0.95],
        ["Väntan på provsvar", "NVA", "waiting", undefined, undefined, undefined],
        ["Omprovtagning", "NVA", "defects", 585, 15 * 60_000, undefined],
        ["Dubbeldokumentation", "NVA", "overprocessing", 640.75, 10 * 60_000, undefined],
      ],
    );
    expect(process.steps[1]!.name).toBe("Bedömning av läkare");
  });

  it("reports bad rows with row and column and leaves them out", () => {
    const text = "steg;kategori;slöseri;roll;timkostnad\nA;VA;;;100\nB;kanske;;;\nC;NVA;latmask;;\nD;VA;;;tio\nA;VA;;;\n";
    const { process, issues } = parseProcessModel(text, { format: "csv", file: "m.csv" });
    expect(process.steps.map((s) => s.id)).toEqual(["A"]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, "kategori", "BAD_CATEGORY"],
      [4, "slöseri", "BAD_WASTE_TYPE"],
      [5, "timkostnad", "BAD_NUMBER"],
      [6, "steg", "DUPLICATE_ROW"],
    ]);
  });

  it("reads the JSON Process shape, accepting Swedish category words", () => {
    const json = JSON.stringify({
      id: "p1",
      name: "Remiss",
      steps: [
        { id: "A", name: "A", category: "värdeskapande", hourlyCostSek: 500 },
        { id: "B", category: "NVA", wasteType: "väntan" },
      ],
    });
    const { process, issues } = parseProcessModel(json, { format: "json" });
    expect(issues).toEqual([]);
    expect(process).toEqual({
      id: "p1",
      name: "Remiss",
      steps: [
        { id: "A", name: "A", category: "VA", hourlyCostSek: 500 },
        { id: "B", name: "B", category: "NVA", wasteType: "waiting" },
      ],
    });
  });

  it("loadProcessModel throws ImportError naming file, row and column on invalid input", async () => {
    expect((await loadProcessModel(path)).steps).toHaveLength(5);
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const bad = join(mkdtempSync(join(tmpdir(), "flodes-model-")), "bad.csv");
    writeFileSync(bad, "steg;kategori\nA;VA\nB;okänd\n");
    await expect(loadProcessModel(bad)).rejects.toMatchObject({ code: "BAD_CATEGORY", file: bad, row: 3, column: "kategori" });
  });
});
