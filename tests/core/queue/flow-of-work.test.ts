import { agingWip, asOfFromDate, cumulativeFlow, flowOfWork, flowStates, queueReport } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { AS_OF, DAY, HOUR, smallLog, t } from "./small-log.js";

describe("flowStates", () => {
  it("closes a flow at the end of its first end step and leaves the others open at as-of", () => {
    const log = smallLog();
    const s = flowStates(log, { asOfMs: AS_OF });
    const f = (id: string) => log.flowIds.indexOf(id);
    expect(s.closed).toBe(2); // F1, F3
    expect(s.open).toBe(5); // F2, F4, F5, F6, F7
    expect(s.closeMs[f("F1")]).toBe(t("2025-01-10 11:30"));
    expect(s.closeMs[f("F3")]).toBe(t("2025-01-09 14:30"));
    expect(Number.isNaN(s.closeMs[f("F2")])).toBe(true);
    expect(log.stepIds[s.currentStep[f("F2")]]).toBe("B");
    expect(s.lastEndMs[f("F2")]).toBe(t("2025-01-09 09:20"));
    expect(s.unit[f("F6")]).toBe("U2");
  });

  it("takes the date's last instant as as-of (Stockholm, DST-correct)", () => {
    expect(asOfFromDate("2025-01-14")).toBe(AS_OF);
    // Summer time: 2025-07-01 ends at 22:00 UTC.
    expect(asOfFromDate("2025-07-01")).toBe(Date.UTC(2025, 6, 1, 22) - 1);
    expect(() => asOfFromDate("2025-02-30")).toThrow(/2025-02-30/);
  });

  it("excludes events after an as-of before the last event", () => {
    const log = smallLog();
    const f5 = log.flowIds.indexOf("F5");
    // Default as-of = the last event (F5's C on 01-20): F5 is closed.
    const all = flowStates(log);
    expect(all.asOfMs).toBe(t("2025-01-20 09:30"));
    expect(all.closeMs[f5]).toBe(t("2025-01-20 09:30"));
    expect(all.closed).toBe(3);
    // As of 2025-01-14 its C has not happened: F5 is open at B, and nothing after the 14th is counted.
    const s = flowStates(log, { asOfMs: AS_OF });
    expect(Number.isNaN(s.closeMs[f5])).toBe(true);
    expect(log.stepIds[s.currentStep[f5]]).toBe("B");
    const rows = flowOfWork(log, { asOfMs: AS_OF, by: "total" });
    expect(rows[rows.length - 1].period).toBe("2025-01-14");
    expect(rows.reduce((n, r) => n + r.departures, 0)).toBe(2);
    const report = queueReport(log, { asOfMs: AS_OF });
    expect(report.asOf).toBe("2025-01-14");
    expect(report.flows).toEqual({ closed: 2, open: 5 });
    expect(report.open.find((x) => x.flow === "F5")).toMatchObject({ currentStep: "B", ageMs: AS_OF - t("2025-01-13 09:00") });
  });
});

describe("flowOfWork", () => {
  it("counts arrivals, departures and end-of-day WIP by hand", () => {
    const rows = flowOfWork(smallLog(), { asOfMs: AS_OF, by: "total" });
    // Arrivals: F1 F2 on 01-06, F3 01-07, F4 01-08, F6 F7 01-12, F5 01-13. Departures: F3 01-09, F1 01-10.
    expect(rows.map((r) => [r.period, r.arrivals, r.departures, r.wip])).toEqual([
      ["2025-01-06", 2, 0, 2],
      ["2025-01-07", 1, 0, 3],
      ["2025-01-08", 1, 0, 4],
      ["2025-01-09", 0, 1, 3],
      ["2025-01-10", 0, 1, 2],
      ["2025-01-11", 0, 0, 2],
      ["2025-01-12", 2, 0, 4],
      ["2025-01-13", 1, 0, 5],
      ["2025-01-14", 0, 0, 5],
    ]);
    expect(rows[0].startMs).toBe(t("2025-01-06 00:00"));
    expect(rows[0].endMs).toBe(t("2025-01-07 00:00"));
  });

  it("groups per unit, from each unit's first arrival", () => {
    const rows = flowOfWork(smallLog(), { asOfMs: AS_OF });
    const u2 = rows.filter((r) => r.unit === "U2").map((r) => [r.period, r.wip]);
    expect(u2).toEqual([
      ["2025-01-12", 2],
      ["2025-01-13", 3],
      ["2025-01-14", 3],
    ]);
    expect(rows.filter((r) => r.unit === "U1").map((r) => r.wip)).toEqual([2, 3, 4, 3, 2, 2, 2, 2, 2]);
  });

  it("sums ISO weeks: throughput is departures per week", () => {
    const rows = flowOfWork(smallLog(), { asOfMs: AS_OF, by: "total", period: "week" });
    expect(rows.map((r) => [r.period, r.arrivals, r.departures, r.wip])).toEqual([
      ["2025-W02", 6, 2, 4],
      ["2025-W03", 1, 0, 5],
    ]);
  });

  it("keeps the WIP of each stage: flows whose furthest step it is and that have not closed", () => {
    const rows = flowOfWork(smallLog(), { asOfMs: AS_OF, by: "step", period: "week" });
    const at = (step: string, week: string) => rows.find((r) => r.step === step && r.period === week);
    // W02: A entered by all six arrivals; F1 left A (to B) 01-08, F2 01-09, F3 (to C) 01-09 → A holds F4, F6, F7.
    expect(at("A", "2025-W02")).toMatchObject({ arrivals: 6, departures: 3, wip: 3 });
    // B: F1 (left for C 01-10) and F2 (still there).
    expect(at("B", "2025-W02")).toMatchObject({ arrivals: 2, departures: 1, wip: 1 });
    // C: F3 and F1 arrive and close.
    expect(at("C", "2025-W02")).toMatchObject({ arrivals: 2, departures: 2, wip: 0 });
    // W03: F5 enters A on 01-13 and moves to B on 01-14.
    expect(at("A", "2025-W03")).toMatchObject({ arrivals: 1, departures: 1, wip: 3 });
    expect(at("B", "2025-W03")).toMatchObject({ arrivals: 1, departures: 0, wip: 2 });
  });
});

describe("cumulativeFlow", () => {
  it("draws nested lines: reached each stage or a later one, and closed", () => {
    const rows = cumulativeFlow(smallLog(), { asOfMs: AS_OF });
    const line = (order: number) => rows.filter((r) => r.order === order).map((r) => r.cumulative);
    expect(line(0)).toEqual([2, 3, 4, 4, 4, 4, 6, 7, 7]);
    // B or later: F1 01-08; F2 and F3 (skipped B, reached C) 01-09; F5 01-14.
    expect(line(1)).toEqual([0, 0, 1, 3, 3, 3, 3, 3, 4]);
    expect(line(2)).toEqual([0, 0, 0, 1, 2, 2, 2, 2, 2]);
    expect(line(3)).toEqual([0, 0, 0, 1, 2, 2, 2, 2, 2]);
    expect(rows.filter((r) => r.period === "2025-01-14").map((r) => r.step)).toEqual(["A", "B", "C", null]);
  });
});

describe("agingWip", () => {
  it("places open flows against the closed flows' 50/85/95 % age when leaving their stage", () => {
    const { stages, flows } = agingWip(smallLog(), { asOfMs: AS_OF });
    const a = stages.find((s) => s.step === "A")!;
    // Left A: F1 at B (01-08 10:00 − 01-06 09:00 = 49 h), F3 at C (01-09 14:00 − 01-07 08:00 = 54 h).
    expect(a.closedFlows).toBe(2);
    expect(a.p50Ms).toBe(51.5 * HOUR);
    expect(a.p85Ms).toBeCloseTo((49 + 0.85 * 5) * HOUR, 3);
    expect(a.p95Ms).toBeCloseTo((49 + 0.95 * 5) * HOUR, 3);
    expect(a.open).toBe(3); // F4, F6, F7
    // Left B: F1 at C (01-10 11:00 − 01-06 09:00 = 98 h). Left C: at closing, 98,5 h and 54,5 h.
    expect(stages.find((s) => s.step === "B")).toMatchObject({ closedFlows: 1, p50Ms: 98 * HOUR, p95Ms: 98 * HOUR, open: 2 });
    expect(stages.find((s) => s.step === "C")).toMatchObject({ closedFlows: 2, p50Ms: 76.5 * HOUR, open: 0 });
    const band = Object.fromEntries(flows.map((f) => [f.flow, [f.step, f.band]]));
    expect(band).toEqual({
      F2: ["B", "over95"], // 8 d 11 h old, B's 95 % is 98 h
      F4: ["A", "over95"], // 158 h
      F6: ["A", "50-85"], // 53 h: between 51,5 and 53,25 h
      F7: ["A", "85-95"], // 53,5 h: between 53,25 and 53,75 h
      F5: ["B", "under50"], // 39 h
    });
    expect(flows[0]).toMatchObject({
      flow: "F2",
      ageMs: AS_OF - t("2025-01-06 13:00"),
      currentStep: "B",
      waitingMs: AS_OF - t("2025-01-09 09:20"),
    });
    expect(flows.map((f) => f.flow)).toEqual(["F2", "F4", "F7", "F6", "F5"]); // oldest first
    expect(flows.every((f) => f.ageMs < 9 * DAY)).toBe(true);
  });
});
