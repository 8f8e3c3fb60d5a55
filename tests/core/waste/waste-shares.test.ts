import {
  createCalendar,
  eventLogFromObservations,
  flowMetrics,
  flowWasteTimes,
  type Observation,
  type Process,
  wasteShares,
} from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const MIN = 60_000;
// 2025-05-14 and -15 are in summer time: Stockholm wall clock = UTC + 2 h; built by hand, not by a zone library.
const t = (hhmm: string, day = 14): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return Date.UTC(2025, 4, day, h! - 2, m!);
};

const model: Process = {
  id: "remiss",
  name: "Remiss till besked",
  steps: [
    { id: "Remiss inkommer", name: "Remiss inkommer", category: "NNVA" },
    { id: "Bedömning", name: "Bedömning", category: "VA" },
    { id: "Provtagning", name: "Provtagning", category: "VA" },
    { id: "Dokumentation", name: "Dokumentation", category: "NNVA" },
    { id: "Leta provsvar", name: "Leta provsvar", category: "NVA" },
    { id: "Beslut", name: "Beslut", category: "VA" },
  ],
};

const o = (flow: string, step: string, from: string, to: string, extra: Partial<Observation> = {}): Observation => ({
  flow,
  step,
  startMs: t(from),
  endMs: t(to),
  ...extra,
});

// design.md's worked example F1: lead 250 min, wait 180 min, touch 5 + 20 + 20 + 15 + 15 + 10 = 85 min, of which the
// repeated Provtagning (override NVA) is the only NVA observation: 15 min.
const F1: Observation[] = [
  o("F1", "Remiss inkommer", "08:00", "08:05"),
  o("F1", "Bedömning", "09:00", "09:20"),
  o("F1", "Provtagning", "09:10", "09:30"),
  o("F1", "Dokumentation", "09:25", "09:40"),
  o("F1", "Provtagning", "11:00", "11:15", { category: "NVA" }),
  o("F1", "Beslut", "12:00", "12:10"),
];

// F2: a nurse searches for a lab result twice (NVA, 10 + 20 min), one of them in parallel with a VA visit
// (10:00–10:30 VA, 10:20–10:40 NVA): lead 08:00–11:00 = 180 min; ∪ = [08:00,08:10] + [10:00,10:40] + [10:50,11:00]
// = 10 + 40 + 10 = 60 min → wait 120 min; touch 10 + 30 + 20 + 10 = 70 min; NVA touch 20 min (parallel time
// counts: the nurse really worked it).
const F2: Observation[] = [
  o("F2", "Remiss inkommer", "08:00", "08:10"),
  o("F2", "Bedömning", "10:00", "10:30"),
  o("F2", "Leta provsvar", "10:20", "10:40"),
  o("F2", "Beslut", "10:50", "11:00"),
];

describe("waste shares", () => {
  it("measures the four sums of the worked example by hand", () => {
    const [f1] = flowWasteTimes(eventLogFromObservations(F1, { model }));
    // worked time by category: VA 20 + 20 + 10 = 50, NNVA 5 + 15 = 20, NVA 15 → 85
    expect(f1).toEqual({
      flow: "F1",
      leadTimeMs: 250 * MIN,
      waitMs: 180 * MIN,
      touchTimeMs: 85 * MIN,
      nvaTouchMs: 15 * MIN,
      vaTouchMs: 50 * MIN,
      nnvaTouchMs: 20 * MIN,
    });
    const s = wasteShares([f1!]);
    // väntan som andel av ledtid = 180 / 250 = 0.72; slöseri som andel av arbetad tid = 15 / 85
    expect(s.waitShare).toBeCloseTo(180 / 250, 12);
    expect(s.nvaWorkShare).toBeCloseTo(15 / 85, 12);
  });

  it("counts parallel NVA work in the staff view, and sums flows instead of averaging their shares", () => {
    const times = flowWasteTimes(eventLogFromObservations([...F1, ...F2], { model }));
    const f2 = times.find((x) => x.flow === "F2")!;
    expect(f2).toEqual({
      flow: "F2",
      leadTimeMs: 180 * MIN,
      waitMs: 120 * MIN,
      touchTimeMs: 70 * MIN,
      nvaTouchMs: 20 * MIN,
      vaTouchMs: 40 * MIN,
      nnvaTouchMs: 10 * MIN,
    });
    const s = wasteShares(times);
    expect(s.flows).toBe(2);
    // (180 + 120) / (250 + 180) = 300 / 430, not the mean of 0.72 and 0.667
    expect(s.waitShare).toBeCloseTo(300 / 430, 12);
    // (15 + 20) / (85 + 70) = 35 / 155
    expect(s.nvaWorkShare).toBeCloseTo(35 / 155, 12);
  });

  it("measures in working time with a calendar: waits over a night shrink, work inside opening hours stays", () => {
    // F3: 16:00–16:30 on the 14th (VA), 08:00–08:15 on the 15th (NVA rebooking). Calendar 07:30–16:30:
    // lead = 16:00–16:30 (30) + 07:30–08:15 (45) = 75 min; ∪ = 30 + 15 = 45 → wait 30 min; touch 45; NVA 15.
    const F3: Observation[] = [
      { flow: "F3", step: "Bedömning", startMs: t("16:00"), endMs: t("16:30") },
      { flow: "F3", step: "Leta provsvar", startMs: t("08:00", 15), endMs: t("08:15", 15) },
    ];
    const cal = createCalendar({
      openingHours: {
        mon: [["07:30", "16:30"]],
        tue: [["07:30", "16:30"]],
        wed: [["07:30", "16:30"]],
        thu: [["07:30", "16:30"]],
        fri: [["07:30", "16:30"]],
      },
    });
    const [f3] = flowWasteTimes(eventLogFromObservations(F3, { model }), { calendar: cal });
    expect(f3).toEqual({
      flow: "F3",
      leadTimeMs: 75 * MIN,
      waitMs: 30 * MIN,
      touchTimeMs: 45 * MIN,
      nvaTouchMs: 15 * MIN,
      vaTouchMs: 30 * MIN,
      nnvaTouchMs: 0,
    });
    expect(wasteShares([f3!]).nvaWorkShare).toBeCloseTo(1 / 3, 12);
  });

  it("gives null shares when there is no lead time or no work, instead of dividing by zero", () => {
    expect(wasteShares([])).toMatchObject({ flows: 0, waitShare: null, nvaWorkShare: null });
    const instant = flowWasteTimes(
      eventLogFromObservations([{ flow: "I", step: "Beslut", startMs: t("09:00"), endMs: t("09:00") }], { model }),
    );
    expect(wasteShares(instant)).toMatchObject({ waitShare: null, nvaWorkShare: null });
  });

  it("agrees with the metrics kernel on lead, wait and touch time for any log (property)", () => {
    const arbObs = fc.record({
      flow: fc.constantFrom("A", "B", "C"),
      step: fc.constantFrom(...model.steps.map((s) => s.id)),
      start: fc.integer({ min: 0, max: 600 }),
      len: fc.integer({ min: 0, max: 120 }),
      nva: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbObs, { minLength: 1, maxLength: 30 }), (rows) => {
        const obs: Observation[] = rows.map((r) => ({
          flow: r.flow,
          step: r.step,
          startMs: r.start * MIN,
          endMs: (r.start + r.len) * MIN,
          ...(r.nva ? { category: "NVA" as const } : {}),
        }));
        const times = flowWasteTimes(eventLogFromObservations(obs, { model }));
        const metrics = flowMetrics(obs, { model });
        for (const m of metrics) {
          const w = times.find((x) => x.flow === m.flow)!;
          expect(w.leadTimeMs).toBe(m.leadTimeMs);
          expect(w.waitMs).toBe(m.waitMs);
          expect(w.touchTimeMs).toBe(m.touchTimeMs);
          // NVA touch time by brute force: Σ durations of the flow's observations categorised NVA
          const nva = obs
            .filter((x) => x.flow === m.flow && (x.category ?? model.steps.find((s) => s.id === x.step)!.category) === "NVA")
            .reduce((a, x) => a + x.endMs - x.startMs, 0);
          expect(w.nvaTouchMs).toBe(nva);
          expect(w.nvaTouchMs).toBeLessThanOrEqual(w.touchTimeMs);
        }
      }),
      { numRuns: 200, seed: 20251201 },
    );
  });
});
