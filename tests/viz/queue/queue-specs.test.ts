import { agingWip, backlog, type CareGuaranteeMonth, censoredLeadTime, cumulativeFlow } from "@flodes/core";
import {
  agingWipSpec,
  backlogBurnDownSpec,
  careGuaranteeTrendSpec,
  cumulativeFlowSpec,
  leadTimeSurvivalSpec,
  renderVegaLiteSvg,
  weeklyThroughputSpec,
  wipTrendSpec,
} from "@flodes/viz";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { AS_OF, smallLog } from "../../core/queue/small-log.js";

type Values = {
  data?: { values: Record<string, unknown>[] };
  layer?: { data?: { values: Record<string, unknown>[] } }[];
  description: string;
};
const snap = (name: string) => `./__snapshots__/${name}.json`;

describe("queue chart specs", () => {
  // Every spec must render without Vega-Lite warnings (a warning usually means a silently dropped encoding).
  let warn: MockInstance;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn");
  });
  afterEach(() => {
    expect(warn).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("wipTrendSpec draws a step line per unit with Swedish names and numbers", async () => {
    const rows = [
      { date: "2026-03-30", unit: "a", wip: 1200 },
      { date: "2026-03-31", unit: "a", wip: 1234 },
      { date: "2026-03-31", unit: null, wip: 3 },
    ];
    const spec = wipTrendSpec(rows, { unitNames: { a: "Enhet A" } }) as unknown as Values;
    expect(spec.data!.values.map((v) => [v.unit, v.label])).toEqual([
      ["Enhet A", "1 200"],
      ["Enhet A", "1 234"],
      ["Okänd enhet", "3"],
    ]);
    expect(spec.description).toContain("Enhet A: 1 234 den 2026-03-31");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("wip-trend-spec"));
    expect(await renderVegaLiteSvg(spec as never, { width: 480 })).toContain("Pågående ärenden per enhet");
  });

  it("cumulativeFlowSpec overlays nested areas, first stage first, closed last", async () => {
    const spec = cumulativeFlowSpec(cumulativeFlow(smallLog(), { asOfMs: AS_OF })) as unknown as Values & {
      encoding: { color: { scale: { domain: string[] } } };
    };
    expect(spec.encoding.color.scale.domain).toEqual(["A", "B", "C", "Avslutade"]);
    expect(spec.description).toBe(
      "Kumulativt flödesdiagram med 3 steg och avslutade ärenden. Till och med 2025-01-14: 7 inkomna, 2 avslutade, 5 pågående.",
    );
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("cumulative-flow-spec"));
    expect(await renderVegaLiteSvg(spec as never, { width: 480 })).toMatch(/^<svg/);
  });

  it("agingWipSpec puts each open flow in its stage against the 50/85/95 % fields", async () => {
    const { stages, flows } = agingWip(smallLog(), { asOfMs: AS_OF });
    const spec = agingWipSpec(stages, flows) as unknown as Values;
    const [fields, points] = spec.layer!;
    // Stage A: fields 0–51,5 h, 51,5–53,25 h, 53,25–53,75 h, in days.
    expect(fields.data!.values.filter((v) => v.step === "A").map((v) => [v.y0, v.y1])).toEqual([
      [0, 51.5 / 24],
      [51.5 / 24, 53.25 / 24],
      [53.25 / 24, 53.75 / 24],
    ]);
    expect(points.data!.values.map((v) => [v.flow, v.band])).toEqual([
      ["F2", "Äldre än 95 %"],
      ["F4", "Äldre än 95 %"],
      ["F7", "85–95 %"],
      ["F6", "50–85 %"],
      ["F5", "Yngre än 50 % av avslutade"],
    ]);
    expect(spec.description).toBe(
      "Åldrande pågående arbete: 5 öppna ärenden i 3 steg, varav 2 äldre än 95 % av de avslutade ärendena i samma steg.",
    );
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("aging-wip-spec"));
    expect(await renderVegaLiteSvg(spec as never, { width: 480 })).toContain("Åldrande pågående arbete");
  });

  it("careGuaranteeTrendSpec stacks within, beyond and open-beyond, with compliance over each bar", async () => {
    const rows: CareGuaranteeMonth[] = [
      { rule: "90", unit: "a", month: "2026-01", reached: 10, within: 9, waiting: 4, openBeyond: 0, compliance: 0.9 },
      { rule: "90", unit: "b", month: "2026-01", reached: 10, within: 6, waiting: 8, openBeyond: 4, compliance: 6 / 14 },
      { rule: "90", unit: "a", month: "2026-02", reached: 5, within: 5, waiting: 2, openBeyond: 0, compliance: 1 },
    ];
    const spec = careGuaranteeTrendSpec(rows) as unknown as Values;
    // January summed: 15 within, 5 beyond, 4 open beyond → 15 ÷ 24 = 62,5 % → "63 %".
    expect(spec.layer![0].data!.values.filter((v) => v.month === "2026-01").map((v) => [v.part, v.n])).toEqual([
      ["Inom gränsen", 15],
      ["Över gränsen", 5],
      ["Väntar, över gränsen", 4],
    ]);
    expect(spec.layer![1].data!.values).toEqual([
      { month: "2026-01", total: 24, compliance: "63 %" },
      { month: "2026-02", total: 5, compliance: "100 %" },
    ]);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("care-guarantee-trend-spec"));
    expect(await renderVegaLiteSvg(spec as never, { width: 480 })).toContain("63 %");
  });

  it("leadTimeSurvivalSpec shows closed-only and Kaplan–Meier curves with the band and medians", async () => {
    const [lt] = censoredLeadTime(smallLog(), { asOfMs: AS_OF, by: "total", curves: true });
    const spec = leadTimeSurvivalSpec(lt.curves!, {
      medians: { closedOnly: lt.closedOnly.median, kaplanMeier: lt.kaplanMeier.median },
    }) as unknown as Values;
    const line = spec.layer![1].data!.values;
    expect(line.filter((v) => v.series === "Bara avslutade ärenden").map((v) => v.share)).toEqual([1, 0.5, 0]);
    // Closed after 54,5 h (F3) and 98,5 h (F1); open flows censored at 39, 53, 53,5, 158 and 203 h. At 54,5 h four
    // are still at risk (F3, F1, F4, F2) → 3/4; at 98,5 h three → 3/4 · 2/3 = 1/2, flat to the last time seen (F2's
    // 203 h): the median is the midpoint, 150,75 h. Closed only: midpoint of 54,5 and 98,5 h.
    expect(line.filter((v) => v.series === "Med öppna ärenden (Kaplan–Meier)").map((v) => v.share)).toEqual([1, 0.75, 0.5]);
    const [closedMedian, kmMedian] = spec.layer![2].data!.values.map((v) => v.days as number);
    expect(closedMedian).toBe((54.5 + 98.5) / 2 / 24);
    expect(kmMedian).toBeCloseTo((98.5 + 203) / 2 / 24, 6);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("lead-time-survival-spec"));
    expect(await renderVegaLiteSvg(spec as never, { width: 480 })).toContain("Kaplan–Meier");
  });

  it("weeklyThroughputSpec sums units per week and groups arrivals beside closings", async () => {
    const spec = weeklyThroughputSpec([
      { week: "2026-W02", closed: 3, arrived: 5 },
      { week: "2026-W01", closed: 4, arrived: 2 },
      { week: "2026-W02", closed: 1, arrived: 1 },
    ]) as unknown as Values;
    expect(spec.data!.values.map((v) => [v.week, v.series, v.n])).toEqual([
      ["2026-W01", "Inkomna", 2],
      ["2026-W01", "Avslutade", 4],
      ["2026-W02", "Inkomna", 6],
      ["2026-W02", "Avslutade", 4],
    ]);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("weekly-throughput-spec"));
    expect(await renderVegaLiteSvg(spec as never, { width: 480 })).toMatch(/^<svg/);
  });

  it("backlogBurnDownSpec draws the queue, the long waits and the burn-down line", async () => {
    const [u] = backlog(smallLog(), {
      asOfMs: AS_OF,
      allocations: [{ unit: "U1", amountSek: 1000, from: "2025-01-08", to: "2025-03-31", targetBacklog: 0 }],
    });
    const spec = backlogBurnDownSpec(u.months) as unknown as Values;
    expect(spec.data!.values).toEqual([
      { month: "2025-01", backlog: 2, beyond: 0, target: expect.any(Number), label: "2", beyondText: "0", targetText: expect.any(String) },
    ]);
    expect(spec.description).toMatch(/^Kö per månad: 1 månader\. 2025-01: 2 öppna, varav 0 väntat mer än 90 dagar; nedtrappningen kräver /);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("backlog-burn-down-spec"));
    expect(await renderVegaLiteSvg(spec as never, { width: 480 })).toContain("Kö mot nedtrappning");
  });
});
