import {
  changeByUnitSpec,
  flowEfficiencyByUnitSpec,
  goalTrendSpec,
  inheritedWaitSpec,
  leadTimeDistributionSpec,
  leadTimeTrendSpec,
  renderVegaLiteSvg,
  workAndWaitSpec,
  workedTimeByUnitSpec,
} from "@flodes/viz";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DAY, FLOWS, HANDOFFS, ORDER, STEPS, UNITS } from "../fixtures.js";

afterEach(() => vi.restoreAllMocks());

describe("renderVegaLiteSvg with every builder", () => {
  it("renders each spec headlessly without Vega-Lite warnings, with Swedish numbers on every axis", async () => {
    const warn = vi.spyOn(console, "warn");
    const specs = [
      workAndWaitSpec(STEPS, HANDOFFS, { order: ORDER, width: 800 }),
      workAndWaitSpec(STEPS, HANDOFFS, { order: ORDER, width: 390 }),
      leadTimeDistributionSpec(FLOWS),
      leadTimeTrendSpec([{ unit: "Tandvård", periodStart: "2025-01-01", medianMs: 3 * DAY, p85Ms: 5 * DAY, p25Ms: 2 * DAY, n: 4 }], {
        band: true,
      }),
      flowEfficiencyByUnitSpec(UNITS, { goal: 0.25 }),
      workedTimeByUnitSpec([{ unit: "U", vaTouchMs: 3 * DAY, nnvaTouchMs: DAY, nvaTouchMs: 2 * DAY }]),
      changeByUnitSpec([{ unit: "U", before: 12_000 * DAY, after: 9_000 * DAY }]),
      inheritedWaitSpec([{ pair: "A → B", inheritedWaitMs: 2_500 * DAY, ownWaitMs: 9_000 * DAY, linkedFlows: 1 }]),
      goalTrendSpec([{ month: "2025-01", leadTimeMedianMs: 30 * DAY }], { unitName: "U", baselineMs: 32 * DAY, targetMs: 20 * DAY }),
    ];
    for (const spec of specs) {
      const svg = await renderVegaLiteSvg(spec, { width: 600 });
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain((spec as { title: { text: string } }).title.text);
      // Axis labels: a space as thousands separator and a decimal comma, never "2,000" or "0.5".
      const ticks = [...svg.matchAll(/role-axis-label[^>]*>(.*?)<\/g>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/>([^<]*)<\/text>/g)].map((t) => t[1]!),
      );
      for (const t of ticks) {
        expect(t, t).not.toMatch(/\d,\d{3}(?!\d)/);
        expect(t, t).not.toMatch(/\d\.\d/);
      }
    }
    expect(warn).not.toHaveBeenCalled();
  });
  it("writes the Swedish median label and aria description into the SVG", async () => {
    const svg = await renderVegaLiteSvg(leadTimeDistributionSpec(FLOWS), { width: 480 });
    expect(svg).toContain("Median 4 dagar");
    expect(svg).toContain("Histogram över ledtiden för 7 flöden");
  });
  it("refuses a non-positive width", async () => {
    await expect(renderVegaLiteSvg(leadTimeDistributionSpec(FLOWS), { width: 0 })).rejects.toThrow(/renderVegaLiteSvg/);
  });
});
