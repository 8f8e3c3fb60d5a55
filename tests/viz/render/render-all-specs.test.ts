import { afterEach, describe, expect, it, vi } from "vitest";
import {
  categoryStackSpec,
  flowEfficiencyByUnitSpec,
  leadTimeDistributionSpec,
  leadTimeTrendSpec,
  renderVegaLiteSvg,
  timelineLadderSpec,
  wasteShareByUnitSpec,
} from "@flodes/viz";
import { DAY, FLOWS, HANDOFFS, ORDER, STEPS, UNITS } from "../fixtures.js";

afterEach(() => vi.restoreAllMocks());

describe("renderVegaLiteSvg with every builder", () => {
  it("renders each spec headlessly without Vega-Lite warnings, each well under a second", async () => {
    const warn = vi.spyOn(console, "warn");
    const specs = [
      timelineLadderSpec(STEPS, HANDOFFS, { order: ORDER }),
      categoryStackSpec(STEPS, { order: ORDER }),
      leadTimeDistributionSpec(FLOWS),
      leadTimeTrendSpec([{ unit: "Tandvård", periodStart: "2025-01-01", medianMs: 3 * DAY, p85Ms: 5 * DAY, p25Ms: 2 * DAY, n: 4 }], { band: true }),
      flowEfficiencyByUnitSpec(UNITS, { goal: 0.25 }),
      wasteShareByUnitSpec(UNITS, { splitWait: true }),
    ];
    for (const spec of specs) {
      const t0 = performance.now();
      const svg = await renderVegaLiteSvg(spec, { width: 600 });
      expect(performance.now() - t0).toBeLessThan(1500);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain((spec as { title: { text: string } }).title.text);
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
