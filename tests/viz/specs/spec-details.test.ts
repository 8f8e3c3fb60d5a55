import {
  categoryColorScale,
  changeByUnitSpec,
  flowEfficiencyByUnitSpec,
  leadTimeTrendSpec,
  SERIES_COLORS,
  workAndWaitSpec,
  workedTimeByUnitSpec,
} from "@flodes/viz";
import { describe, expect, it } from "vitest";
import { DAY, HANDOFFS, MIN, processSummary, STEPS, UNITS } from "../fixtures.js";

type Row = Record<string, unknown>;
/** All inline data rows of a spec, top-level and per layer. */
function rows(spec: object): Row[] {
  const s = spec as { data?: { values?: Row[] }; layer?: { data?: { values?: Row[] } }[] };
  return [...(s.data?.values ?? []), ...(s.layer ?? []).flatMap((l) => l.data?.values ?? [])];
}
const json = (spec: object) => JSON.stringify(spec);

describe("shared frame of every spec", () => {
  const worked = [{ unit: "U", vaTouchMs: 3, nnvaTouchMs: 1, nvaTouchMs: 1 }];
  const specs = [
    flowEfficiencyByUnitSpec(UNITS),
    workedTimeByUnitSpec(worked),
    changeByUnitSpec([{ unit: "U", before: DAY, after: 2 * DAY }]),
  ];
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
    const light = workAndWaitSpec(STEPS, HANDOFFS) as { config: { axis: { labelColor: string } } };
    const dark = workAndWaitSpec(STEPS, HANDOFFS, { theme: "dark" }) as { config: { axis: { labelColor: string } } };
    expect(light.config.axis.labelColor).toBe("#222222");
    expect(dark.config.axis.labelColor).toBe("#e8e8e8");
  });
  it("refuses an unknown statistic and a bad width, naming the builder", () => {
    expect(() => workAndWaitSpec(STEPS, HANDOFFS, { stat: "max" as "median" })).toThrow(
      expect.objectContaining({ code: "viz.bad-stat", sv: expect.stringMatching(/workAndWaitSpec.*okänd statistik/) }),
    );
    expect(() => workedTimeByUnitSpec([], { width: -1 })).toThrow(/workedTimeByUnitSpec/);
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

describe("flowEfficiencyByUnitSpec details", () => {
  it("draws bars in the VA colour, a goal rule at the goal and leaves units without lead time out", () => {
    const empty = {
      unit: "Länssjukvårdsområde 1",
      summary: processSummary({ leadTimeMs: 0, vaMs: 0, nnvaMs: 0, nvaWorkMs: 0, waitMs: 0, nvaMs: 0, touchTimeMs: 0 }, 0),
    };
    const spec = flowEfficiencyByUnitSpec([...UNITS, empty], { goal: 0.25 });
    expect(json(spec)).toContain('"color":"#0072B2"');
    const goal = rows(spec).find((r) => "goal" in r)!;
    expect(goal).toEqual({ goal: 0.25, label: "Mål 25 %" });
    expect(rows(spec).some((r) => r.unit === "Länssjukvårdsområde 1")).toBe(false);
    expect(spec.description).toContain("Utan ledtid (visas inte): Länssjukvårdsområde 1");
    expect(
      rows(spec)
        .filter((r) => "efficiency" in r)
        .map((r) => r.label),
    ).toContain("5 %");
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
    const spec = leadTimeTrendSpec(
      trend.map((r, i) => (i === 0 ? { ...r, p25Ms: 2 * DAY } : r)),
      { band: true },
    ) as { layer: { mark: { type: string } }[] };
    expect(spec.layer.map((l) => l.mark.type)).toEqual(["area", "line"]);
    expect(json(spec)).toContain('"filter":"datum.p25 != null"');
  });
});
