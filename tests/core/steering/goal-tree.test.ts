import {
  eventLogFromObservations,
  type GoalMeasureProvider,
  goalMeasureProvider,
  goalTree,
  monthSpan,
  type PlanGoal,
  rollStatus,
} from "@flodes/core";
import { describe, expect, it } from "vitest";

const ref = { label: "2025-01..2025-06", fromMonth: "2025-01", toMonth: "2025-06" };
const goals: PlanGoal[] = [
  { id: "R1", level: "regionmål", title: "God och jämlik tillgänglighet" },
  { id: "F1", level: "fokusområde", parent: "R1", title: "Kortare väntan" },
  { id: "F2", level: "fokusområde", parent: "R1", title: "Kompetensförsörjning" },
  {
    id: "D1",
    level: "delmål",
    parent: "F1",
    title: "Regionens ledtid −20 %",
    unit: "region",
    measure: "leadTimeMedianMs",
    changePct: -20,
    reference: ref,
    deadline: "2026-06-30",
  },
  {
    id: "E1",
    level: "enhetsmål",
    parent: "D1",
    title: "Flödeseffektivitet",
    unit: "u1",
    measure: "flowEfficiency",
    baseline: 0.1,
    target: 0.2,
    reference: ref,
    deadline: "2026-06-30",
  },
  {
    id: "E2",
    level: "enhetsmål",
    parent: "D1",
    title: "Väntetid −40 %",
    unit: "u2",
    measure: "waitMedianMs",
    changePct: -40,
    reference: ref,
    deadline: "2026-06-30",
  },
  {
    id: "E3",
    level: "enhetsmål",
    parent: "D1",
    title: "Resurseffektivitet",
    unit: "u3",
    measure: "resourceEfficiency",
    target: 0.8,
    reference: ref,
    deadline: "2026-06-30",
  },
];
const now = monthSpan("2026-03");
const refSpan = { fromMs: monthSpan("2025-01").fromMs, toMs: monthSpan("2025-06").toMs };
// Hand values: reference period and the current month.
const values: Record<string, [number | null, number | null]> = {
  "region/leadTimeMedianMs": [100, 85],
  "u1/flowEfficiency": [null, 0.13],
  "u2/waitMedianMs": [50, 55],
  "u3/resourceEfficiency": [null, null],
};
const measureValue: GoalMeasureProvider = (unit, measure, period) => {
  const v = values[`${unit}/${measure}`];
  if (!v) return null;
  if (period.fromMs === refSpan.fromMs && period.toMs === refSpan.toMs) return v[0];
  if (period.fromMs === now.fromMs && period.toMs === now.toMs) return v[1];
  throw new Error(`unexpected period for ${unit}/${measure}`);
};

describe("goalTree", () => {
  const rows = goalTree(goals, measureValue, {
    atMs: now.toMs,
    current: now,
    improvements: [
      { id: "I1", unit: "u1", title: "Direktbokning", status: "pågår", goal: "E1" },
      { id: "I2", unit: "u2", title: "Tavelmöte", status: "klar", goal: "E2" },
      { id: "I3", unit: "u2", title: "Utan mål", status: "idé" },
    ],
  });
  const row = (id: string) => rows.find((r) => r.goal.id === id)!;
  // Baseline date = 2025-01-01 (the start of the reference, as the målbild goals); deadline 2026-06-30 (both read as
  // UTC dates by evaluateGoal); evaluated at local midnight 2026-04-01 = 2026-03-31 22:00 UTC:
  // elapsed = (455 d − 2 h) / 545 d ≈ 0,835.
  const elapsed = (455 * 24 - 2) / (545 * 24);

  it("orders rows depth first with their path to the region plan goal", () => {
    expect(rows.map((r) => [r.goal.id, r.depth])).toEqual([
      ["R1", 0],
      ["F1", 1],
      ["D1", 2],
      ["E1", 3],
      ["E2", 3],
      ["E3", 3],
      ["F2", 1],
    ]);
    expect(row("E2").path).toEqual(["R1", "F1", "D1", "E2"]);
  });

  it("turns a −X % rule into a target from the reference period and evaluates it", () => {
    // D1: baseline 100 (reference), target 100 × 0,8 = 80, current 85 → progress 15/20 = 0,75 ≥ elapsed − 0,1 → på väg.
    expect(row("D1")).toMatchObject({ baseline: 100, target: 80, current: 85, status: "på väg" });
    expect(row("D1").own!.progress).toBeCloseTo(0.75, 12);
    expect(row("D1").own!.elapsed).toBeCloseTo(elapsed, 12);
    // E1: explicit baseline 0,1 → 0,2, current 0,13: progress 0,3 < 0,735 → risk.
    expect(row("E1")).toMatchObject({ baseline: 0.1, target: 0.2, status: "risk" });
    // E2: 50 → 30, current 55: progress −0,25 → ej på väg.
    expect(row("E2")).toMatchObject({ baseline: 50, target: 30, current: 55, status: "ej på väg" });
    expect(row("E2").own!.progress).toBeCloseTo(-0.25, 12);
    // E3: no data for the baseline → not evaluated.
    expect(row("E3")).toMatchObject({ baseline: null, own: null, status: "saknar data" });
  });

  it("rolls statuses up the hierarchy by the documented rule", () => {
    // D1's children: risk, ej på väg, saknar data → 1 of 2 with data not on its way ≥ half → ej på väg;
    // progress = mean(0,3, max(0, −0,25)) = 0,15. D1 shows its own status (på väg) beside the rolled one.
    expect(row("D1").rolled).toEqual({
      status: "ej på väg",
      progress: 0.15,
      counts: { "på väg": 0, risk: 1, "ej på väg": 1, "saknar data": 1 },
    });
    // F1 has no measure: it shows what rolls up from D1 (D1's own status, på väg; progress 0,75).
    expect(row("F1").status).toBe("på väg");
    expect(row("F1").rolled!.progress).toBeCloseTo(0.75, 12);
    // R1: F1 på väg, F2 saknar data → på väg.
    expect(row("R1")).toMatchObject({ status: "på väg", own: null });
    expect(row("R1").rolled!.counts).toEqual({ "på väg": 1, risk: 0, "ej på väg": 0, "saknar data": 1 });
    expect(row("F2").status).toBe("saknar data");
  });

  it("shows which improvements serve each goal, and how many serve the goals below", () => {
    expect(row("E1").improvements).toEqual([{ id: "I1", title: "Direktbokning", unit: "u1", status: "pågår" }]);
    expect(row("D1").improvementsBelow).toBe(2);
    expect(row("R1").improvementsBelow).toBe(2);
  });

  it("rollStatus: all on track, a minority off track, no data", () => {
    expect(
      rollStatus([
        { status: "på väg", progress: 1.4 },
        { status: "på väg", progress: 0.6 },
      ]),
    ).toMatchObject({ status: "på väg", progress: 0.8 });
    expect(
      rollStatus([
        { status: "på väg", progress: 1 },
        { status: "på väg", progress: 1 },
        { status: "ej på väg", progress: 0 },
      ]).status,
    ).toBe("risk");
    expect(rollStatus([{ status: "saknar data", progress: null }]).status).toBe("saknar data");
  });
});

describe("goalMeasureProvider", () => {
  it("measures a unit at any level from the flows that ended in the period", () => {
    const at = (d: string) => Date.parse(`2025-03-${d}T08:00:00+01:00`);
    const log = eventLogFromObservations([
      { flow: "a", unit: "u1", step: "Besök", category: "VA", startMs: at("03"), endMs: at("03") + 3_600_000 },
      { flow: "a", unit: "u1", step: "Beslut", category: "VA", startMs: at("05"), endMs: at("05") + 3_600_000 },
      { flow: "b", unit: "u2", step: "Besök", category: "VA", startMs: at("10"), endMs: at("10") + 7_200_000 },
    ]);
    const units = [
      { id: "r", name: "Region", level: "region" as const },
      { id: "u1", name: "Enhet 1", level: "enhet" as const, parent: "r" },
      { id: "u2", name: "Enhet 2", level: "enhet" as const, parent: "r" },
    ];
    const measureValue = goalMeasureProvider(log, { units });
    const march = monthSpan("2025-03");
    // Flow a: 2 days + 1 h lead time; flow b: 2 h. Region median of the two = (49 h + 2 h) / 2.
    expect(measureValue("u1", "leadTimeMedianMs", march)).toBe(49 * 3_600_000);
    expect(measureValue("r", "leadTimeMedianMs", march)).toBe(25.5 * 3_600_000);
    expect(measureValue("r", "flowEfficiency", march)).toBeCloseTo((2 + 2) / (49 + 2), 12);
    expect(measureValue("r", "leadTimeMedianMs", monthSpan("2025-04"))).toBeNull();
    expect(measureValue("r", "resourceEfficiency", march)).toBeNull();
  });
});
