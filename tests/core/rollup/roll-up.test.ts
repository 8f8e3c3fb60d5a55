import { buildHierarchy, evaluateGoal, type Goal, goalMetricValue, type RollupFlow, rollUp, type Unit } from "@flodes/core";
import { describe, expect, it } from "vitest";

const units: Unit[] = [
  { id: "R", name: "Region Västerbotten", level: "region" },
  { id: "F", name: "Hälso- och sjukvårdsförvaltningen", level: "förvaltning", parent: "R" },
  { id: "V1", name: "Närsjukvård", level: "verksamhetsområde", parent: "F" },
  { id: "V2", name: "Länssjukvård", level: "verksamhetsområde", parent: "F" },
  { id: "E1", name: "Närsjukvård Umeå", level: "enhet", parent: "V1" },
  { id: "E2", name: "Närsjukvård Skellefteå", level: "enhet", parent: "V1" },
  { id: "E3", name: "Länssjukvårdsområde 1", level: "enhet", parent: "V2" },
];
const H = 3_600_000;
const f = (flow: string, unit: string, leadH: number, vaH: number, endMs = 1000): RollupFlow => ({
  flow,
  unit,
  startMs: 0,
  endMs,
  leadTimeMs: leadH * H,
  vaMs: vaH * H,
  nvaMs: (leadH - vaH) * H,
  waitMs: (leadH - vaH) * H,
  costOfWasteSek: leadH,
});
const flows = [
  f("a", "E1", 10, 5),
  f("b", "E1", 20, 2),
  f("c", "E1", 30, 3),
  f("d", "Närsjukvård Skellefteå", 40, 4),
  f("e", "E3", 100, 10),
  f("g", "E3", 200, 20),
];

describe("rollUp", () => {
  const rows = rollUp(flows, buildHierarchy(units));
  const by = new Map(rows.map((r) => [r.unit, r]));

  it("takes medians from the flows, not medians of medians", () => {
    // V1 flows 10, 20, 30, 40 → median 25 (median of unit medians would be (20 + 40) / 2 = 30).
    expect(by.get("V1")!.leadTimeMs.median).toBe(25 * H);
    // Region: 10, 20, 30, 40, 100, 200 → (30 + 40) / 2 = 35.
    expect(by.get("R")!.leadTimeMs.median).toBe(35 * H);
    expect(by.get("R")!.flows).toBe(6);
  });

  it("aggregates flow efficiency as Σva / Σlead and also gives the median of flow values", () => {
    // V1: va 5 + 2 + 3 + 4 = 14 over lead 100 → 0.14; per-flow 0.5, 0.1, 0.1, 0.1 → median 0.1.
    expect(by.get("V1")!.flowEfficiency.aggregate).toBeCloseTo(0.14, 12);
    expect(by.get("V1")!.flowEfficiency.median).toBeCloseTo(0.1, 12);
    // Region: va 44 over lead 400 → 0.11; nva share 356 / 400.
    expect(by.get("R")!.flowEfficiency.aggregate).toBeCloseTo(0.11, 12);
    expect(by.get("R")!.nvaShare).toBeCloseTo(0.89, 12);
    expect(by.get("R")!.costOfWasteSek).toBe(400);
  });

  it("orders rows depth-first from the root with depth and parent", () => {
    expect(rows.map((r) => `${r.depth}:${r.unit}`)).toEqual(["0:R", "1:F", "2:V1", "3:E1", "3:E2", "2:V2", "3:E3"]);
    expect(by.get("E2")!.parent).toBe("V1");
  });

  it("keeps flows of unknown units in their own row so totals reconcile", () => {
    const r = rollUp([...flows, f("x", "Okänd", 5, 1)], buildHierarchy(units));
    expect(r.at(-1)).toMatchObject({ unit: "__okänd__", flows: 1 });
    expect(r.find((x) => x.unit === "R")!.flows).toBe(6);
  });

  it("filters flows to a period by their end", () => {
    const r = rollUp([f("p", "E1", 1, 1, 100), f("q", "E1", 2, 1, 200)], buildHierarchy(units), { fromMs: 150, toMs: 300 });
    expect(r.find((x) => x.unit === "E1")!.flows).toBe(1);
  });

  it("reports a unit with an unknown parent and a cycle, and treats them as roots", () => {
    const h = buildHierarchy([
      { id: "A", name: "A", level: "enhet", parent: "nope" },
      { id: "B", name: "B", level: "enhet", parent: "C" },
      { id: "C", name: "C", level: "enhet", parent: "B" },
    ]);
    expect(h.issues.map((i) => i.code).sort()).toEqual(["UNIT_CYCLE", "UNKNOWN_UNIT"]);
    expect(h.roots).toContain("A");
    expect(h.roots.length).toBeGreaterThanOrEqual(2);
  });
});

describe("evaluateGoal", () => {
  // Baseline 40 h on 2025-01-01, target 20 h on 2026-01-01. 2025-07-02T12:00Z is 182.5 of 365 days → elapsed 0.5.
  const goal: Goal = {
    unit: "E1",
    metric: "leadTimeMedianMs",
    baseline: 40,
    target: 20,
    deadline: "2026-01-01",
    baselineDate: "2025-01-01",
  };
  const mid = Date.parse("2025-07-02T12:00:00Z");

  it("is 'på väg' at half the way after half the time", () => {
    const e = evaluateGoal(goal, 30, mid);
    expect(e.elapsed).toBeCloseTo(0.5, 12);
    expect(e.progress).toBeCloseTo(0.5, 12);
    expect(e.expected).toBeCloseTo(30, 12);
    expect(e.status).toBe("på väg");
  });
  it("is 'risk' when moving the right way too slowly", () => {
    // progress (36 − 40) / (20 − 40) = 0.2 < 0.5 − 0.1.
    expect(evaluateGoal(goal, 36, mid).status).toBe("risk");
  });
  it("is 'ej på väg' with no improvement or worse", () => {
    expect(evaluateGoal(goal, 40, mid).status).toBe("ej på väg");
    expect(evaluateGoal(goal, 41, mid).status).toBe("ej på väg");
  });
  it("is 'på väg' once the target is reached, and 'ej på väg' past the deadline short of it", () => {
    expect(evaluateGoal(goal, 19, mid)).toMatchObject({ status: "på väg", explanation: "Målet är nått." });
    expect(evaluateGoal(goal, 25, Date.parse("2026-02-01")).status).toBe("ej på väg");
  });
  it("says 'saknar data' without a value", () => {
    expect(evaluateGoal(goal, null, mid).status).toBe("saknar data");
  });
  it("works for goals that should rise (flow efficiency)", () => {
    const g: Goal = {
      unit: "E1",
      metric: "flowEfficiency",
      baseline: 0.1,
      target: 0.3,
      deadline: "2026-01-01",
      baselineDate: "2025-01-01",
    };
    expect(evaluateGoal(g, 0.2, mid).status).toBe("på väg");
    expect(evaluateGoal(g, 0.12, mid).status).toBe("risk");
  });
  it("reads the goal's measure from a roll-up row", () => {
    const [row] = rollUp(flows, buildHierarchy(units));
    expect(goalMetricValue(row, "leadTimeMedianMs")).toBe(35 * H);
    expect(goalMetricValue(row, "flowEfficiency")).toBeCloseTo(0.11, 12);
  });
});
