import {
  CATEGORY_COLOR,
  changeByUnitSpec,
  flowEfficiencyByUnitSpec,
  goalTrendSpec,
  INHERITED_WAIT_COLOR,
  inheritedWaitSpec,
  ladderOf,
  leadTimeDistributionSpec,
  leadTimeTrendSpec,
  WAIT_COLOR,
  workAndWaitSpec,
  workedTimeByUnitSpec,
} from "@flodes/viz";
import { describe, expect, it } from "vitest";
import { DAY, FLOWS, HANDOFFS, HOUR, MIN, ORDER, STEPS, UNITS } from "../fixtures.js";

/** Every value of `key` anywhere in a JSON tree. */
function valuesOf(tree: unknown, key: string): unknown[] {
  const out: unknown[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if (k === key) out.push(v);
        walk(v);
      }
    }
  };
  walk(tree);
  return out;
}
const text = (spec: unknown) => JSON.stringify(spec);
const snap = (name: string) => `../__snapshots__/${name}.json`;

describe("leadTimeDistributionSpec", () => {
  const spec = leadTimeDistributionSpec(FLOWS);
  it("marks the median and p85 at hand-computed values in days", async () => {
    // Lead times 1, 2, 3, 4, 5, 6, 10 days: median = x[3] = 4; p85: h = 6 × 0.85 = 5.1 → 6 + 0.1 × (10 − 6) = 6.4.
    const rules = valuesOf(spec, "values")
      .flat()
      .filter((v): v is { value: number; label: string } => typeof v === "object" && v !== null && "label" in v && "value" in v);
    // Each rule carries its datum twice (the line and its label).
    const unique = [...new Map(rules.map((r) => [r.label, r])).values()];
    expect(unique.map((r) => r.label)).toEqual(["Median 4 dagar", "85:e percentil 6,4 dagar"]);
    expect(unique[0].value).toBe(4);
    expect(unique[1].value).toBeCloseTo(6.4, 12);
    expect(text(spec)).toContain("Ledtid (dagar)");
    expect(spec.description).toMatch(/Medianen är 4 dagar/);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("lead-time-distribution"));
  });
  it("chooses minutes for short flows", () => {
    const s = leadTimeDistributionSpec([{ leadTimeMs: 30 * MIN }, { leadTimeMs: 50 * MIN }]);
    expect(text(s)).toContain("(min)");
  });
});

describe("workAndWaitSpec", () => {
  const spec = workAndWaitSpec(STEPS, HANDOFFS, { order: ORDER, width: 900 });
  const rows = valuesOf(spec, "values").flat() as {
    step: string;
    key: string;
    work: number;
    wait: number | null;
    workLabel: string;
    waitLabel: string;
  }[];
  it("gives work and wait their own scales: work in minutes, waits in days", async () => {
    // Longest work 20 min → minutes; longest wait 2 days → dagar.
    const t = text(spec);
    expect(t).toContain("Arbete i steget (min)");
    expect(t).toContain("Väntan före steget (dagar)");
    expect(valuesOf(spec, "hconcat")).toHaveLength(1);
    const prov = rows.find((r) => r.step === "Provtagning")!;
    expect(prov.work).toBe(20);
    expect(prov.wait).toBe(2);
    expect(prov.waitLabel).toBe("2 dagar");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("work-and-wait"));
  });
  it("takes each wait from the process order's handoff, the step's own wait-before where there is none", () => {
    // Work 5 + 20 + 20 + 15 + 10 = 70 min; waits 55 min + 2 d + 10 min + 3 h (no Dokumentation → Beslut handoff).
    const ladder = ladderOf(STEPS, HANDOFFS, { order: ORDER });
    expect(ladder.workMs).toBe(70 * MIN);
    expect(ladder.waitMs).toBe(2 * DAY + 4 * HOUR + 5 * MIN);
    expect(rows.find((r) => r.step === "Beslut")!.waitLabel).toBe("0,1 dagar"); // 3 h
    expect(rows.find((r) => r.step === "Remiss inkommer")!.wait).toBeNull();
  });
  it("colours the work by category and the waits in the wait colour", () => {
    const t = text(spec);
    for (const c of [CATEGORY_COLOR.VA, CATEGORY_COLOR.NNVA, CATEGORY_COLOR.NVA, WAIT_COLOR]) expect(t).toContain(c);
    expect(rows.find((r) => r.step === "Dokumentation")!.key).toBe("Slöseri (arbete)");
  });
  it("stacks the two panels on a narrow screen", () => {
    const narrow = workAndWaitSpec(STEPS, HANDOFFS, { order: ORDER, width: 390 });
    expect(valuesOf(narrow, "vconcat")).toHaveLength(1);
    expect(valuesOf(narrow, "hconcat")).toHaveLength(0);
  });
});

describe("per-unit specs", () => {
  it("flowEfficiencyByUnitSpec shows Σva/Σlead per unit and the goal", async () => {
    const spec = flowEfficiencyByUnitSpec(UNITS, { goal: 0.15 });
    // VA / lead: 20/100, 10/100, 5/100.
    const rows = valuesOf(spec, "values").flat() as { unit?: string; efficiency?: number; label?: string }[];
    const eff = Object.fromEntries(rows.filter((r) => r.unit && r.efficiency !== undefined).map((r) => [r.unit, r.efficiency]));
    expect(eff).toEqual({ "Närsjukvård Umeå": 0.2, "Närsjukvård Skellefteå": 0.1, Tandvård: 0.05 });
    expect(spec.description).toContain("Målet 15 %");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("flow-efficiency-by-unit"));
  });
  it("workedTimeByUnitSpec puts NVA work first, so its segment is the staff-view waste share, against the 35 % line", async () => {
    // Umeå: 30 h NVA of 30 + 20 + 50 = 100 h worked → 30 %.
    const spec = workedTimeByUnitSpec([
      { unit: "Närsjukvård Umeå", vaTouchMs: 50 * HOUR, nnvaTouchMs: 20 * HOUR, nvaTouchMs: 30 * HOUR },
      { unit: "Tandvård", vaTouchMs: 9 * HOUR, nnvaTouchMs: 0, nvaTouchMs: 1 * HOUR },
      { unit: "Tom", vaTouchMs: 0, nnvaTouchMs: 0, nvaTouchMs: 0 },
    ]);
    const rows = (spec as { layer: { data: { values: { unit?: string; key?: string; share?: number; x0?: number }[] } }[] }).layer[0]!.data
      .values;
    const nva = rows.filter((r) => r.key === "Slöseri (arbete)");
    expect(nva.map((r) => [r.unit, r.x0, r.share])).toEqual([
      ["Närsjukvård Umeå", 0, 0.3],
      ["Tandvård", 0, 0.1],
    ]);
    const sums = new Map<string, number>();
    for (const r of rows) if (r.unit && typeof r.share === "number") sums.set(r.unit, (sums.get(r.unit) ?? 0) + r.share);
    for (const v of sums.values()) expect(v).toBeCloseTo(1, 12);
    expect(spec.description).toContain("Närsjukvård Umeå: slöseri 30 % av arbetad tid");
    expect(text(spec)).toContain('"x":0.35');
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("worked-time-by-unit"));
  });
  it("changeByUnitSpec joins baseline and now per unit, in days or %", () => {
    const days = changeByUnitSpec([
      { unit: "Tandvård", before: 72 * DAY, after: 57 * DAY },
      { unit: "Ny", before: null, after: 3 * DAY },
    ]);
    const pts = valuesOf(days, "values").flat() as { unit?: string; period?: string; value?: number; from?: number; to?: number }[];
    expect(pts.filter((p) => p.period).map((p) => [p.unit, p.period, p.value])).toEqual([
      ["Tandvård", "Baslinje", 72],
      ["Tandvård", "Nu", 57],
      ["Ny", "Nu", 3],
      ["Tandvård", "Nu", 57],
      ["Ny", "Nu", 3],
    ]);
    expect(pts.find((p) => p.from !== undefined)).toEqual({ unit: "Tandvård", from: 72, to: 57 });
    expect(days.description).toContain("Tandvård 72 dagar → 57 dagar");
    const share = changeByUnitSpec([{ unit: "U", before: 0.32, after: 0.23 }], {
      valueUnit: "share",
      reference: { value: 0.35, label: "Regionens uppskattning" },
    });
    expect(share.description).toContain("U 32 % → 23 %");
    expect(text(share)).toContain(".0%");
  });
  it("inheritedWaitSpec splits each dependency's wait into inherited and own, in days per linked case", () => {
    const spec = inheritedWaitSpec([{ pair: "Lab → Diabetes", inheritedWaitMs: 100 * DAY, ownWaitMs: 300 * DAY, linkedFlows: 50 }], {
      perFlow: true,
    });
    const rows = valuesOf(spec, "values").flat() as { part?: string; days?: number }[];
    // 100 days over 50 linked cases = 2 days each; own 6 days each.
    expect(rows.map((r) => [r.part, r.days])).toEqual([
      ["Ärvd väntan (uppströms)", 2],
      ["Egen väntan", 6],
    ]);
    expect(text(spec)).toContain(INHERITED_WAIT_COLOR);
    expect(text(spec)).toContain(WAIT_COLOR);
    expect(text(spec)).toContain("Väntan per länkat ärende (dagar)");
  });
  it("goalTrendSpec draws the monthly medians in days with the goal's baseline and target", () => {
    const spec = goalTrendSpec(
      [
        { month: "2025-01", leadTimeMedianMs: 30 * DAY },
        { month: "2025-02", leadTimeMedianMs: null },
      ],
      { unitName: "Tandvård", baselineMs: 32 * DAY, targetMs: 22 * DAY },
    );
    expect(spec.description).toBe("Median ledtid per avslutsmånad för Tandvård: 2025-01 30 dagar. Baslinje 32 dagar. Mål 22 dagar.");
  });
  it("leadTimeTrendSpec plots monthly medians per unit in days", async () => {
    const spec = leadTimeTrendSpec(
      [
        { unit: "Tandvård", periodStart: "2025-01-01", medianMs: 3 * DAY, p85Ms: 5 * DAY, p25Ms: 2 * DAY, n: 40 },
        { unit: "Tandvård", periodStart: "2025-02-01", medianMs: 4 * DAY, p85Ms: 6 * DAY, p25Ms: 3 * DAY, n: 38 },
      ],
      { band: true },
    );
    const t = text(spec);
    expect(t).toContain("dagar");
    expect(t).toContain("2025-02-01");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("lead-time-trend"));
  });
});
