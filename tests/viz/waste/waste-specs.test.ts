import type { CostBreakdown, ProcessPca, WasteParetoRow } from "@flodes/core";
import { costOfWasteByUnitSpec, renderVegaLiteSvg, rolledPcaSpec, wasteParetoSpec } from "@flodes/viz";
import { describe, expect, it } from "vitest";

// Synthetic rows (not real data), sorted by hours as wastePareto(…, { measure: "hours" }) would give them.
const ROWS: WasteParetoRow[] = [
  { unit: null, wasteType: "waiting", label: "Väntan", hours: 6, costSek: 600, share: 0.6, cumulativeShare: 0.6 },
  { unit: null, wasteType: "defects", label: "Defekter/omarbete", hours: 3, costSek: 1800, share: 0.3, cumulativeShare: 0.9 },
  { unit: null, wasteType: "transport", label: "Transport", hours: 1, costSek: 480, share: 0.1, cumulativeShare: 1 },
];

type Values = { data: { values: Record<string, unknown>[] } };
type Layer = { mark: { type: string }; encoding: Record<string, { field?: string; sort?: unknown; title?: string }> };

function breakdown(unit: string | null, nva: number, wait: number | null, nnva: number): CostBreakdown & { unit: string | null } {
  return {
    unit,
    flows: 1,
    nvaWorkMs: 0,
    nvaWorkCostSek: nva,
    uncostedNvaWorkMs: 0,
    nnvaMs: 0,
    nnvaCostSek: nnva,
    uncostedNnvaMs: 0,
    waitMs: 0,
    waitCostSek: wait,
    wasteCostSek: nva + (wait ?? 0),
  };
}

describe("wasteParetoSpec", () => {
  it("sorts bars by hours with the cumulative share in a second axis", async () => {
    const spec = wasteParetoSpec(ROWS, { width: 500 }) as unknown as Values & { layer: Layer[]; encoding: { x: { sort: string[] } } };
    expect(spec.encoding.x.sort).toEqual(["Väntan", "Defekter/omarbete", "Transport"]);
    // cumulative 6/10, 9/10, 10/10.
    expect(spec.data.values.map((v) => [v.cumulative, v.cumulativeLabel, v.valueLabel])).toEqual([
      [0.6, "60 %", "6 h"],
      [0.9, "90 %", "3 h"],
      [1, "100 %", "1 h"],
    ]);
    expect(spec.layer.map((l) => l.mark.type)).toEqual(["bar", "line"]);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/waste-pareto-spec.json");
  });

  it("re-sorts by SEK and formats amounts in kronor", async () => {
    const spec = wasteParetoSpec(ROWS, { measure: "sek" }) as unknown as Values;
    // 1800 + 600 + 480 = 2880: cumulative 1800/2880 = 62.5 %, 2400/2880 ≈ 83 %, 100 %.
    expect(spec.data.values.map((v) => [v.label, v.valueLabel, v.cumulativeLabel])).toEqual([
      ["Defekter/omarbete", "1 800 kr", "63 %"],
      ["Väntan", "600 kr", "83 %"],
      ["Transport", "480 kr", "100 %"],
    ]);
    const svg = await renderVegaLiteSvg(spec as never, { width: 480 });
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain("Defekter/omarbete");
  });
});

describe("costOfWasteByUnitSpec", () => {
  it("stacks NVA work and waiting per unit, largest first, and shows NNVA apart", async () => {
    const spec = costOfWasteByUnitSpec([
      breakdown("U1", 300, 168, 42),
      breakdown("U2", 750, 480, 70),
      breakdown(null, 100, null, 0),
    ]) as unknown as {
      encoding: { y: { sort: string[] } };
      layer: (Values & Layer)[];
    };
    expect(spec.encoding.y.sort).toEqual(["U2", "U1", "Okänd enhet"]);
    expect(spec.layer[0]!.data.values[0]).toMatchObject({
      unit: "U2",
      part: "Slöseriarbete (NVA)",
      x0: 0,
      x1: 750,
      nnvaLabel: "70 kr",
      totalLabel: "1 230 kr",
    });
    expect(spec.layer[0]!.data.values[1]).toMatchObject({ part: "Väntan", x0: 750, x1: 1230 });
    expect(spec.layer[1]!.data.values.map((v) => v.label)).toEqual(["1 230 kr", "468 kr", "100 kr"]);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/cost-of-waste-by-unit-spec.json");
    expect(await renderVegaLiteSvg(spec as never)).toContain("U2");
  });
});

describe("rolledPcaSpec", () => {
  const pca: ProcessPca = {
    process: "p",
    rows: [
      { from: "A", to: "B", source: "data", pct: 0.75, flows: 4 },
      { from: "A", to: "B", source: "estimate", pct: 0.9, flows: null },
      { from: "B", to: "C", source: "data", pct: null, flows: null },
      { from: "B", to: "C", source: "estimate", pct: 0.8, flows: null },
    ],
    rolled: [
      { source: "data", pct: 0.75, handoffs: 1, missing: 1 },
      { source: "estimate", pct: 0.72, handoffs: 2, missing: 0 },
    ],
  };

  it("draws data and estimate side by side and states both rolled values", async () => {
    const spec = rolledPcaSpec(pca) as unknown as Values & { title: { subtitle: string[] }; encoding: { y: { sort: string[] } } };
    expect(spec.encoding.y.sort).toEqual(["A → B", "B → C"]);
    // The missing data value for B → C has no bar.
    expect(spec.data.values.map((v) => [v.handoff, v.source, v.pctLabel])).toEqual([
      ["A → B", "Mätt i data", "75 %"],
      ["A → B", "Skattning", "90 %"],
      ["B → C", "Skattning", "80 %"],
    ]);
    expect(spec.title.subtitle).toEqual(["Sammanvägd %C&A (produkt längs processen): data 75 %, skattning 72 %"]);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/rolled-pca-spec.json");
    expect(await renderVegaLiteSvg(spec as never)).toContain("Skattning");
  });
});
