import { describe, expect, it } from "vitest";
import {
  SERIES_COLORS,
  categoryColorScale,
  categoryStackSpec,
  flowEfficiencyByUnitSpec,
  leadTimeTrendSpec,
  timelineLadderSpec,
  wasteShareByUnitSpec,
} from "@flodes/viz";
import { DAY, HANDOFFS, MIN, ORDER, STEPS, UNITS, processSummary } from "../fixtures.js";

type Row = Record<string, unknown>;
/** All inline data rows of a spec, top-level and per layer. */
function rows(spec: object): Row[] {
  const s = spec as { data?: { values?: Row[] }; layer?: { data?: { values?: Row[] } }[] };
  return [...(s.data?.values ?? []), ...(s.layer ?? []).flatMap((l) => l.data?.values ?? [])];
}
const json = (spec: object) => JSON.stringify(spec);

describe("shared frame of every spec", () => {
  const specs = [timelineLadderSpec(STEPS, HANDOFFS), categoryStackSpec(STEPS), flowEfficiencyByUnitSpec(UNITS), wasteShareByUnitSpec(UNITS)];
  it("follows the container width, has a transparent background, a Swedish title and an aria description", () => {
    for (const s of specs) {
      const x = s as { width: unknown; background: unknown; title: { text: string }; description: string; config: { locale: unknown } };
      expect(x.width).toBe("container");
      expect(x.background).toBe("transparent");
      expect(x.title.text.length).toBeGreaterThan(5);
      expect(x.description.length).toBeGreaterThan(20);
      expect(x.config.locale).toBeDefined();
    }
  });
  it("switches text colours with the page theme", () => {
    const light = timelineLadderSpec(STEPS, HANDOFFS) as { config: { axis: { labelColor: string } } };
    const dark = timelineLadderSpec(STEPS, HANDOFFS, { theme: "dark" }) as { config: { axis: { labelColor: string } } };
    expect(light.config.axis.labelColor).toBe("#222222");
    expect(dark.config.axis.labelColor).toBe("#e8e8e8");
  });
  it("refuses an unknown statistic and a bad width, naming the builder", () => {
    expect(() => timelineLadderSpec(STEPS, HANDOFFS, { stat: "max" as "median" })).toThrow(/timelineLadderSpec.*okänd statistik/);
    expect(() => categoryStackSpec(STEPS, { width: -1 })).toThrow(/categoryStackSpec/);
  });
});

describe("category colours", () => {
  it("maps VA to #0072B2, NNVA to #E69F00, NVA-work to #D55E00 and wait to #A6A6A6 under Swedish legend keys", () => {
    expect(categoryColorScale()).toEqual({
      domain: ["Värdeskapande", "Nödvändig", "Slöseri (arbete)", "Väntan"],
      range: ["#0072B2", "#E69F00", "#D55E00", "#A6A6A6"],
    });
  });
});

describe("timelineLadderSpec details", () => {
  it("orders steps by the given process order and reads waits from the previous → next handoff", () => {
    const spec = timelineLadderSpec(STEPS, HANDOFFS, { order: ORDER });
    const x = (spec as { encoding: { x: { sort: string[] } } }).encoding.x;
    expect(x.sort).toEqual(ORDER);
    const waits = rows(spec).filter((r) => r.part === "Väntan före steget").map((r) => [r.step, r.label]);
    // First step has no wait before it; Beslut falls back to its own wait-before (3 h).
    expect(waits).toEqual([["Bedömning", "55 min"], ["Provtagning", "2 dagar"], ["Dokumentation", "10 min"], ["Beslut", "3 h"]]);
  });
  it("uses p85 when asked and picks the unit from the largest value", () => {
    const spec = timelineLadderSpec(STEPS, HANDOFFS, { order: ORDER, stat: "p85" });
    // p85 waits: Bedömning→Provtagning 4 days is the largest value → dagar; Bedömning's p85 work is 30 min.
    expect(json(spec)).toContain("Tid (dagar)");
    expect(rows(spec).find((r) => r.step === "Bedömning" && r.part === "Arbete i steget")!.label).toBe("30 min");
  });
  it("chooses minutes when every value is below 2 h", () => {
    const short = STEPS.slice(0, 2);
    const spec = timelineLadderSpec(short, HANDOFFS);
    // Bedömning waits 55 min and works 20 min: the largest value is 55 min → min; −55 min is −55 on the axis.
    expect(json(spec)).toContain("Tid (min)");
    expect(rows(spec).find((r) => r.part === "Väntan före steget")!.value).toBe(-55);
  });
  it("adds the aggregate flow efficiency over all flows when a summary is given", () => {
    const spec = timelineLadderSpec(STEPS, HANDOFFS, { summary: UNITS[0].summary as never });
    expect((spec as { title: { subtitle: string[] } }).title.subtitle.join(" ")).toContain("aggregerad över alla flöden: 20 %");
  });
});

describe("categoryStackSpec details", () => {
  it("puts the wait first and the work after it on the same bar, in the step's category", () => {
    const spec = categoryStackSpec(STEPS, { order: ORDER });
    const prov = rows(spec).filter((r) => r.step === "Provtagning" && "x0" in r);
    // Wait 2 days from 0 to 2; work 20 min = 20/1440 days from 2 onwards.
    expect(prov).toEqual([
      expect.objectContaining({ key: "Väntan", x0: 0, x1: 2 }),
      expect.objectContaining({ key: "Värdeskapande", x0: 2, x1: 2 + 20 / 1440 }),
    ]);
    expect((spec as { height: number }).height).toBe(5 * 28);
  });
});

describe("flowEfficiencyByUnitSpec details", () => {
  it("draws bars in the VA colour, a goal rule at the goal and leaves units without lead time out", () => {
    const empty = { unit: "Länssjukvårdsområde 1", summary: processSummary({ leadTimeMs: 0, vaMs: 0, nnvaMs: 0, nvaWorkMs: 0, waitMs: 0, nvaMs: 0, touchTimeMs: 0 }, 0) };
    const spec = flowEfficiencyByUnitSpec([...UNITS, empty], { goal: 0.25 });
    expect(json(spec)).toContain('"color":"#0072B2"');
    const goal = rows(spec).find((r) => "goal" in r)!;
    expect(goal).toEqual({ goal: 0.25, label: "Mål 25 %" });
    expect(rows(spec).some((r) => r.unit === "Länssjukvårdsområde 1")).toBe(false);
    expect(spec.description).toContain("Utan ledtid (visas inte): Länssjukvårdsområde 1");
    expect(rows(spec).filter((r) => "efficiency" in r).map((r) => r.label)).toContain("5 %");
  });
});

describe("wasteShareByUnitSpec details", () => {
  it("splits NVA into work and wait on request: Umeå 20 / 30 / 10 / 40 %", () => {
    const spec = wasteShareByUnitSpec(UNITS, { splitWait: true });
    const umea = rows(spec).filter((r) => r.unit === "Närsjukvård Umeå");
    expect(umea.map((r) => [r.key, r.label])).toEqual([
      ["Värdeskapande", "20 %"],
      ["Nödvändig", "30 %"],
      ["Slöseri (arbete)", "10 %"],
      ["Väntan", "40 %"],
    ]);
    expect(umea.at(-1)!.x1).toBeCloseTo(1, 12);
  });
  it("keeps NVA whole by default, in the NVA colour", () => {
    const spec = wasteShareByUnitSpec(UNITS);
    const umea = rows(spec).filter((r) => r.unit === "Närsjukvård Umeå");
    // NVA = NVA-work 10 h + wait 40 h = 50 of 100 h.
    expect(umea.map((r) => r.label)).toEqual(["20 %", "30 %", "50 %"]);
    expect(json(spec)).toContain('"range":["#0072B2","#E69F00","#D55E00"]');
  });
});

describe("leadTimeTrendSpec details", () => {
  const trend = [
    { unit: "Tandvård", periodStart: "2025-01-01", medianMs: 3 * DAY, p85Ms: 5 * DAY, n: 40 },
    { unit: "Närsjukvård Umeå", periodStart: "2025-01-01", medianMs: 90 * MIN, p85Ms: 3 * DAY, n: 12 },
  ];
  it("colours units in first-seen order with the series colours and draws no band unless asked", () => {
    const spec = leadTimeTrendSpec(trend) as { layer: { mark: { type: string } }[] };
    expect(spec.layer.map((l) => l.mark.type)).toEqual(["line"]);
    expect(json(spec)).toContain(JSON.stringify({ domain: ["Tandvård", "Närsjukvård Umeå"], range: [SERIES_COLORS[0], SERIES_COLORS[1]] }));
  });
  it("adds an area from p25 to p85 only where p25 is known", () => {
    const spec = leadTimeTrendSpec(trend.map((r, i) => (i === 0 ? { ...r, p25Ms: 2 * DAY } : r)), { band: true }) as { layer: { mark: { type: string } }[] };
    expect(spec.layer.map((l) => l.mark.type)).toEqual(["area", "line"]);
    expect(json(spec)).toContain('"filter":"datum.p25 != null"');
  });
});
