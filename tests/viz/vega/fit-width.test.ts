import { runChart } from "@flodes/core";
import { costOfWasteByUnitSpec, fitToWidth, renderVegaLiteSvg, runChartSpec, workAndWaitSpec } from "@flodes/viz";
import type { TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { HANDOFFS, ORDER, STEPS } from "../fixtures.js";

/** Plot width Vega gives a spec fitted to `width` px (headless): the root frame's background. */
async function plotWidth(spec: TopLevelSpec, width: number): Promise<number> {
  const svg = await renderVegaLiteSvg(fitToWidth(spec, width));
  const root = svg.slice(svg.indexOf("role-frame root"));
  return Number(/class="background"[^>]*d="M0,0h([\d.]+)/.exec(root)?.[1] ?? 0);
}

describe("fitToWidth", () => {
  const values = Array.from({ length: 53 }, (_, i) => 20 + (i % 7) - (i > 30 ? 5 : 0));
  const run = runChartSpec(
    runChart(values, { x: values.map((_, i) => `2025-V${i + 1}`), phaseStarts: [30], phaseNames: ["Före", "Efter"] }),
    { measureLabel: "Ledtid" },
  );

  it("wraps a title and subtitle wider than the chart, so the plot keeps its width on a phone", async () => {
    const fitted = fitToWidth(run, 358) as { title: { text: string[]; subtitle: string[] }; width: number };
    expect(fitted.width).toBe(358);
    expect(fitted.title.subtitle.length).toBeGreaterThan(1);
    for (const line of fitted.title.subtitle) expect(line.length * 12 * 0.58).toBeLessThan(358);
    expect(await plotWidth(run, 358)).toBeGreaterThan(200);
  });

  it("caps long category labels at 38 % of the width", async () => {
    const spec = costOfWasteByUnitSpec([
      {
        unit: "Närsjukvård Södra Lappland med ett mycket långt namn",
        flows: 3,
        nvaWorkMs: 3_600_000,
        waitMs: 0,
        nnvaMs: 0,
        nvaWorkCostSek: 900,
        waitCostSek: 0,
        nnvaCostSek: 0,
        uncostedMs: 0,
      } as never,
    ]);
    expect(JSON.stringify(fitToWidth(spec, 358))).not.toMatch(/"labelLimit":(2\d\d|1[4-9]\d)/);
    expect(await plotWidth(spec, 358)).toBeGreaterThan(120);
  });

  it("leaves concatenated views their own widths and only wraps their titles", () => {
    const spec = workAndWaitSpec(STEPS, HANDOFFS, { order: ORDER, width: 800 });
    const fitted = fitToWidth(spec, 300) as { autosize?: unknown; hconcat?: unknown[] };
    expect(fitted.autosize).toBeUndefined();
    expect(fitted.hconcat).toHaveLength(2);
  });
});
