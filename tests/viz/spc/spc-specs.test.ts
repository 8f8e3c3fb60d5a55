import { compareGroups, type GroupComparison, runChart, xmrChart } from "@flodes/core";
import { beforeAfterSpec, renderVegaLiteSvg, runChartSpec, xmrChartSpec } from "@flodes/viz";
import { describe, expect, it } from "vitest";

const DAY = 86_400_000;
// Synthetic monthly medians in days (not real data): baseline around 10, improvement around 6.
const months = [
  "2025-01",
  "2025-02",
  "2025-03",
  "2025-04",
  "2025-05",
  "2025-06",
  "2025-07",
  "2025-08",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
];
const daysSeries = [10, 11, 9, 10, 12, 10, 7, 6, 6, 5, 6, 5];

type Layered = {
  layer: { mark: { type: string }; encoding: Record<string, { field?: string; scale?: { range?: unknown[] } }> }[];
  data: { values: Record<string, unknown>[] };
};

describe("runChartSpec", () => {
  const chart = runChart(
    daysSeries.map((d) => d * DAY),
    { phaseStarts: [6], phaseNames: ["Före", "Efter"], x: months },
  );
  const spec = runChartSpec(chart, { measureLabel: "Ledtid, median per månad", valueUnit: "ms", xTitle: "Månad" }) as unknown as Layered & {
    title: { text: string };
  };

  it("draws values in days with Swedish titles, a centre line per phase and signal colours", async () => {
    expect(spec.title.text).toBe("Seriediagram med Anhøjs regler");
    const row0 = spec.data.values[0];
    // median of the first phase 10 11 9 10 12 10 → sorted 9 10 10 10 11 12 → 10 dagar.
    expect(row0).toMatchObject({
      x: "2025-01",
      y: 10,
      centre: 10,
      phase: "Före",
      phaseStart: true,
      yLabel: "10 dagar",
      signal: "Ingen signal",
    });
    const pointLayer = spec.layer.find((l) => l.mark.type === "point");
    expect(pointLayer?.encoding.color.scale?.range).toEqual(["#56B4E9", "#D55E00"]);
    const centreLayer = spec.layer.find((l) => l.encoding.y?.field === "centre");
    expect(centreLayer?.encoding.detail.field).toBe("phase");
    expect(JSON.stringify(spec)).toContain("Ledtid, median per månad (dagar)");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/run-chart-spec.json");
  });

  it("renders to SVG headlessly", async () => {
    const svg = await renderVegaLiteSvg(spec as never, { width: 600 });
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain("Efter");
  });
});

describe("xmrChartSpec", () => {
  const chart = xmrChart([10, 12, 11, 15, 9, 14, 30, 8], { freeze: 6, x: ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8"] });

  it("adds dashed limit lines per phase and highlights the point outside the frozen limits", async () => {
    const spec = xmrChartSpec(chart, { measureLabel: "Antal" }) as unknown as Layered & { title: { subtitle: string[] } };
    const limits = spec.layer.filter((l) => l.encoding.y?.field === "ucl" || l.encoding.y?.field === "lcl");
    expect(limits).toHaveLength(2);
    const v7 = spec.data.values[6];
    // Hand-checked in tests/core/spc/xmr.test.ts: UCL 21.409 from the first 6 points; 30 is outside.
    expect(v7).toMatchObject({ y: 30, signal: "Signal", reason: "Utanför styrgränserna" });
    expect(v7.ucl as number).toBeCloseTo(21.409333, 5);
    expect(spec.title.subtitle).toContain("Mittlinje och gränser från baslinjen, förlängda framåt.");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/xmr-chart-spec.json");
    expect(await renderVegaLiteSvg(spec as never)).toMatch(/^<svg/);
  });

  it("stacks the moving-range chart below when asked", async () => {
    const spec = xmrChartSpec(chart, { movingRanges: true, width: 500 }) as unknown as { vconcat: { width: number; layer: unknown[] }[] };
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.vconcat[1].width).toBe(500);
    expect(JSON.stringify(spec.vconcat[1])).toContain("Glidande variationsvidd");
    expect(await renderVegaLiteSvg(spec as never)).toMatch(/^<svg/);
  });
});

describe("beforeAfterSpec", () => {
  const before = Array.from({ length: 10 }, (_, i) => (10 + i) * DAY);
  const after = Array.from({ length: 10 }, (_, i) => (5.5 + i) * DAY);
  const c = compareGroups(before, after, { measure: "leadTime" }) as GroupComparison;

  it("shows both distributions in days with medians and the interval of the difference", async () => {
    const spec = beforeAfterSpec(c, { measureLabel: "Ledtid" }) as unknown as {
      title: { subtitle: string[] };
      hconcat: { layer: { data?: { values: Record<string, unknown>[] } }[]; data?: { values: Record<string, unknown>[] } }[];
    };
    expect(spec.title.subtitle).toEqual(["Ledtiden minskade med 4,5 dagar (95 % KI 0,5–8,5 dagar)."]);
    const points = spec.hconcat[0].layer[0].data?.values ?? [];
    expect(points).toHaveLength(20);
    const boxes = spec.hconcat[0].layer[2].data?.values ?? [];
    expect(boxes.map((b) => [b.group, b.median, b.medianLabel])).toEqual([
      ["Före", 14.5, "14,5 dagar"],
      ["Efter", 10, "10 dagar"],
    ]);
    expect(spec.hconcat[1].data?.values[0]).toMatchObject({ estimate: -4.5, lower: -8.5, upper: -0.5 });
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/before-after-spec.json");
    expect(await renderVegaLiteSvg(spec as never)).toMatch(/^<svg/);
  });
});
