import { CALENDAR_TIME, costItems, costOfWaste, createCalendar } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { at, HOUR, MIN, OBS, PROCESS, ROLE_COST } from "./fixtures.js";

const opts = { model: PROCESS, hourlyCostByRole: ROLE_COST };

describe("costOfWaste", () => {
  it("costs 30 min of NVA work by a Sjuksköterska at 600 kr/h as 300 kr", () => {
    const r = costOfWaste([{ flow: "F", step: "Extra kontroll", startMs: 0, endMs: 30 * MIN, role: "Sjuksköterska", category: "NVA" }], {
      hourlyCostByRole: { Sjuksköterska: 600 },
    });
    expect(r.totals.nvaWorkCostSek).toBe(300);
    expect(r.totals.wasteCostSek).toBe(300);
    expect(r.totals.waitCostSek).toBeNull();
  });

  it("adds NVA work and waiting, and shows NNVA apart (hand-computed in fixtures.ts)", () => {
    const r = costOfWaste(OBS, opts);
    expect(r.basis).toBe("calendar");
    expect(r.totals).toEqual({
      flows: 2,
      nvaWorkMs: 75 * MIN, // 30 + 15 + 30
      nvaWorkCostSek: 1170, // 300 + 120 + 750
      uncostedNvaWorkMs: 0,
      nnvaMs: 16 * MIN, // 6 + 10
      nnvaCostSek: 112, // 42 + 70
      uncostedNnvaMs: 0,
      waitMs: 324 * MIN, // 54 + 30 + 240
      waitCostSek: 648, // 5.4 h × 120
      wasteCostSek: 1818, // 1170 + 648
    });
  });

  it("splits by step (waits at the step waited for), unit and month of flow start", () => {
    const r = costOfWaste(OBS, opts);
    // Extra kontroll: 300 + 750 + 30 min wait × 120 = 1110; Bedömning: (54 + 240) min × 2 kr/min = 588; Transport 120; Remiss 0.
    expect(r.byStep.map((s) => [s.step, s.wasteCostSek])).toEqual([
      ["Extra kontroll", 1110],
      ["Bedömning", 588],
      ["Transport", 120],
      ["Remiss", 0],
    ]);
    expect(r.byUnit.map((u) => [u.unit, u.wasteCostSek, u.flows])).toEqual([
      ["U2", 1230, 1],
      ["U1", 588, 1],
    ]);
    expect(r.byPeriod.map((p) => [p.period, p.wasteCostSek, p.startMs])).toEqual([
      ["2025-03", 588, at("2025-03-01T00:00:00+01:00")],
      ["2025-04", 1230, at("2025-04-01T00:00:00+02:00")],
    ]);
  });

  it("groups by ISO week or custom ranges; flows outside every range are left out", () => {
    // 2025-03-10 is the Monday of ISO week 11; 2025-04-02 is in week 14 (Monday 31 March).
    expect(costOfWaste(OBS, { ...opts, period: "isoWeek" }).byPeriod.map((p) => p.period)).toEqual(["2025-W11", "2025-W14"]);
    const ranges = [{ label: "Före", startMs: at("2025-03-01T00:00:00+01:00"), endMs: at("2025-04-01T00:00:00+02:00") }];
    const r = costOfWaste(OBS, { ...opts, period: ranges });
    expect(r.byPeriod.map((p) => [p.period, p.wasteCostSek])).toEqual([["Före", 588]]);
  });

  it("reports time with no hourly cost as uncosted instead of guessing", () => {
    const r = costOfWaste(OBS, { model: PROCESS });
    // Transport has no hourly cost without the role table: 15 min uncosted. F2's Läkare falls back to the step's 600 kr/h.
    expect(r.totals.uncostedNvaWorkMs).toBe(15 * MIN);
    expect(r.totals.nvaWorkCostSek).toBe(600); // 300 + 30 min × 600
  });

  it("lets a waiting-cost option win over the process's", () => {
    expect(costOfWaste(OBS, { ...opts, waitingCostPerHourSek: 60 }).totals.waitCostSek).toBe(324); // 5.4 h × 60
  });

  it("measures in working time with a calendar", () => {
    // F3: Remiss Fri 2025-03-14 15:00–15:06, Extra kontroll Fri 16:30 → Mon 2025-03-17 08:30 by a Sjuksköterska.
    const f3 = [
      { flow: "F3", step: "Remiss", startMs: at("2025-03-14T15:00:00+01:00"), endMs: at("2025-03-14T15:06:00+01:00") },
      { flow: "F3", step: "Extra kontroll", startMs: at("2025-03-14T16:30:00+01:00"), endMs: at("2025-03-17T08:30:00+01:00") },
    ];
    const working = costOfWaste(f3, { model: PROCESS, calendar: createCalendar() });
    // Working time: Fri 16:30–17:00 + Mon 08:00–08:30 = 1 h × 600 = 600 kr; wait 15:06–16:30 = 84 min × 120/h = 168 kr.
    expect(working.basis).toBe("working");
    expect(working.totals.nvaWorkMs).toBe(HOUR);
    expect(working.totals.wasteCostSek).toBe(768);
    const calendar = costOfWaste(f3, { model: PROCESS, calendar: CALENDAR_TIME });
    // Calendar time: 64 h × 600 = 38 400 kr + 168.
    expect(calendar.basis).toBe("calendar");
    expect(calendar.totals.wasteCostSek).toBe(38_568);
  });
});

describe("costItems", () => {
  it("attributes each wait to its handoff source and the waits of a flow sum to its wait time", () => {
    const waits = costItems(OBS, opts).items.filter((i) => i.kind === "wait" && i.flow === "F1");
    expect(waits.map((w) => [w.from, w.step, w.ms])).toEqual([
      ["Remiss", "Bedömning", 54 * MIN],
      ["Bedömning", "Extra kontroll", 30 * MIN],
    ]);
  });

  it("counts parallel NVA work of two roles as person-time, twice", () => {
    const { items } = costItems(
      [
        { flow: "F", step: "a", startMs: 0, endMs: HOUR, role: "x", category: "NVA" },
        { flow: "F", step: "b", startMs: 0, endMs: HOUR, role: "y", category: "NVA" },
      ],
      { hourlyCostByRole: { x: 100, y: 200 } },
    );
    expect(items.map((i) => i.costSek)).toEqual([100, 200]);
  });
});
