import { describe, expect, it } from "vitest";
import {
  CATEGORY_COLOR,
  WAIT_COLOR,
  categoryStackSpec,
  flowEfficiencyByUnitSpec,
  ladderOf,
  leadTimeDistributionSpec,
  leadTimeTrendSpec,
  timelineLadderSpec,
  wasteShareByUnitSpec,
} from "@flodes/viz";
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
    const rules = valuesOf(spec, "values").flat().filter((v): v is { value: number; label: string } => typeof v === "object" && v !== null && "label" in v && "value" in v);
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

describe("timelineLadderSpec", () => {
  const spec = timelineLadderSpec(STEPS, HANDOFFS, { order: ORDER });
  it("sums medians of work and waits and computes the ladder's flow efficiency by hand", async () => {
    // Work 5 + 20 + 20 + 15 + 10 = 70 min; waits 55 min + 2 d + 10 min + 3 h (Beslut has no Dokumentation → Beslut
    // handoff, so its own wait-before is used) = 2 d 4 h 5 min; total 53.25 h = 2,2 dagar; VA 50 min / 3195 min = 1,6 %.
    const ladder = ladderOf(STEPS, HANDOFFS, { order: ORDER });
    expect(ladder.workMs).toBe(70 * MIN);
    expect(ladder.waitMs).toBe(2 * DAY + 4 * HOUR + 5 * MIN);
    expect(ladder.flowEfficiency).toBeCloseTo(50 / 3195, 12);
    expect(ladder.rungs.at(-1)).toMatchObject({ step: "Beslut", waitBeforeMs: 3 * HOUR, waitSource: "step" });
    const subtitle = (spec.title as { subtitle: string[] }).subtitle.join(" ");
    expect(subtitle).toContain("2,2 dagar");
    expect(subtitle).toContain("70 min");
    expect(subtitle).toContain("1,6 %");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("timeline-ladder"));
  });
  it("draws waits below the line (negative) and work above", () => {
    const rows = valuesOf(spec, "values").flat() as { part?: string; value?: number; step?: string }[];
    const prov = rows.filter((r) => r.step === "Provtagning");
    expect(prov.find((r) => r.part === "Väntan före steget")!.value).toBe(-2);
    expect(prov.find((r) => r.part === "Arbete i steget")!.value).toBeGreaterThan(0);
  });
  it("uses the colour-blind-safe category colours", () => {
    expect(text(spec)).toContain(CATEGORY_COLOR.VA);
    expect(text(spec)).toContain(WAIT_COLOR);
  });
});

describe("categoryStackSpec", () => {
  it("stacks VA/NNVA/NVA work with the wait as its own segment, in Swedish", async () => {
    const spec = categoryStackSpec(STEPS, { order: ORDER });
    const t = text(spec);
    for (const c of [CATEGORY_COLOR.VA, CATEGORY_COLOR.NNVA, CATEGORY_COLOR.NVA, WAIT_COLOR]) expect(t).toContain(c);
    for (const label of ["Värdeskapande", "Nödvändig", "Väntan"]) expect(t).toContain(label);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("category-stack"));
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
  it("wasteShareByUnitSpec gives shares that add up to 1 per unit", async () => {
    const spec = wasteShareByUnitSpec(UNITS);
    const rows = valuesOf(spec, "values").flat() as { unit?: string; share?: number }[];
    const sums = new Map<string, number>();
    for (const r of rows) if (r.unit && typeof r.share === "number") sums.set(r.unit, (sums.get(r.unit) ?? 0) + r.share);
    for (const s of sums.values()) expect(s).toBeCloseTo(1, 12);
    // Umeå: VA 20 of lead 100 h → 20 %.
    expect(spec.description).toContain("Närsjukvård Umeå: värdeskapande 20 %");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("waste-share-by-unit"));
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
