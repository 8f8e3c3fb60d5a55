import {
  analyze,
  type Category,
  flowMetrics,
  fromArquero,
  handoffs,
  type Observation,
  toColumnar,
  type WorkingCalendar,
} from "@flodes/core";
import { computeFlows, indexFlows } from "@flodes/core/internal";
// arquero is a dependency of @flodes/core, not of the workspace root.
import * as aq from "arquero";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const MIN = 60_000;
const HOUR = 60 * MIN;
const CATS: readonly Category[] = ["VA", "NNVA", "NVA"];

/** Brute force on a 1-unit grid: each unit [t, t+1) gets the best category covering it, or wait. */
function gridReference(os: { startMs: number; endMs: number; category: Category }[]) {
  const lo = Math.min(...os.map((o) => o.startMs));
  const hi = Math.max(...os.map((o) => o.endMs));
  let va = 0,
    nnva = 0,
    nvaWork = 0,
    wait = 0;
  for (let t = lo; t < hi; t++) {
    let best = 3;
    for (const o of os) if (o.startMs <= t && t < o.endMs) best = Math.min(best, CATS.indexOf(o.category));
    if (best === 0) va++;
    else if (best === 1) nnva++;
    else if (best === 2) nvaWork++;
    else wait++;
  }
  return { lead: hi - lo, va, nnva, nvaWork, wait };
}

const intervalArb = fc
  .record({
    start: fc.integer({ min: 0, max: 60 }),
    len: fc.integer({ min: 0, max: 25 }),
    cat: fc.constantFrom(...CATS),
    step: fc.constantFrom("A", "B", "C", "D"),
  })
  .map((r) => ({ step: r.step, startMs: r.start, endMs: r.start + r.len, category: r.cat }));

describe("computeFlows invariants", () => {
  it("splits lead time exactly into VA + NNVA + NVA without double counting (vs a minute grid)", () => {
    fc.assert(
      fc.property(fc.array(intervalArb, { minLength: 1, maxLength: 12 }), (xs) => {
        const os: Observation[] = xs.map((x) => ({ flow: "F", ...x }));
        const [f] = flowMetrics(os);
        const ref = gridReference(xs);
        expect(f.leadTimeMs).toBe(ref.lead);
        expect(f.vaMs).toBe(ref.va);
        expect(f.nnvaMs).toBe(ref.nnva);
        expect(f.nvaWorkMs).toBe(ref.nvaWork);
        expect(f.waitMs).toBe(ref.wait);
        expect(f.vaMs + f.nnvaMs + f.nvaMs).toBe(f.leadTimeMs);
        for (const v of [f.vaMs, f.nnvaMs, f.nvaWorkMs, f.waitMs]) expect(v).toBeGreaterThanOrEqual(0);
        // touch time counts overlaps: ≥ |∪ all| = lead − wait
        expect(f.touchTimeMs).toBeGreaterThanOrEqual(f.leadTimeMs - f.waitMs);
        // the waits before observations add up to the flow's wait
        expect(handoffs(os).reduce((s, h) => s + h.waitMs, 0)).toBe(f.waitMs);
      }),
      { seed: 20251125, numRuns: 300 },
    );
  });

  it("gives the same result for shuffled, interleaved input as for sorted input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("F1", "F2", "F3"), intervalArb), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (rows, salt) => {
          const os: Observation[] = rows.map(([flow, x]) => ({ flow, ...x }));
          const sorted = [...os].sort((a, b) => a.flow.localeCompare(b.flow) || a.startMs - b.startMs || a.endMs - b.endMs);
          // deterministic shuffle from the salt
          const shuffled = [...os].map((o, i) => ({ o, k: ((i + 1) * 2654435761 + salt) % 1000003 }));
          shuffled.sort((a, b) => a.k - b.k);
          const byFlow = (fs: ReturnType<typeof flowMetrics>) => [...fs].sort((a, b) => a.flow.localeCompare(b.flow));
          const a = byFlow(flowMetrics(sorted));
          const b = byFlow(flowMetrics(shuffled.map((s) => s.o)));
          expect(b).toEqual(a);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe("edge cases", () => {
  it("keeps every one of many identical timestamps, in input order", () => {
    const os: Observation[] = ["A", "B", "C", "D", "E"].map((step) => ({ flow: "F", step, startMs: 100, endMs: 100 }));
    os.push({ flow: "F", step: "Z", startMs: 100, endMs: 160, category: "VA" });
    const h = handoffs(os);
    expect(h.map((x) => x.to)).toEqual(["A", "B", "C", "D", "E", "Z"]);
    // the source is the first observation reaching the max end (100): A, on ties
    expect(h.slice(1).map((x) => x.from)).toEqual(["A", "A", "A", "A", "A"]);
    const [f] = flowMetrics(os);
    expect(f.observations).toBe(6);
    expect(f.leadTimeMs).toBe(60);
    expect(f.vaMs).toBe(60);
  });

  it("sorts by end, then input order, when starts tie", () => {
    const os: Observation[] = [
      { flow: "F", step: "long", startMs: 0, endMs: 50 },
      { flow: "F", step: "short", startMs: 0, endMs: 10 },
      { flow: "F", step: "next", startMs: 70, endMs: 80 },
    ];
    const h = handoffs(os);
    expect(h.map((x) => x.to)).toEqual(["short", "long", "next"]);
    // wait 70 − 50 = 20, from "long"
    expect(h[2]).toMatchObject({ from: "long", waitMs: 20 });
  });

  it("gives lead 0 and null flow efficiency for a single instant event", () => {
    const [f] = flowMetrics([{ flow: "F", step: "Besök", startMs: 5, endMs: 5, category: "VA" }]);
    expect(f).toMatchObject({ leadTimeMs: 0, vaMs: 0, nnvaMs: 0, nvaMs: 0, waitMs: 0, flowEfficiency: null, observations: 1 });
  });

  it("measures a single-interval flow as all its category", () => {
    const [f] = flowMetrics([{ flow: "F", step: "Besök", startMs: 0, endMs: 30 * MIN, category: "NVA" }]);
    expect(f).toMatchObject({ leadTimeMs: 30 * MIN, nvaWorkMs: 30 * MIN, waitMs: 0, nvaMs: 30 * MIN, flowEfficiency: 0 });
  });

  it("measures the spring DST night as 60 min and the autumn one as 180 min", () => {
    // 2025-03-30 01:30 CET = 00:30 UTC; 03:30 CEST = 01:30 UTC → 60 min
    const spring = flowMetrics([
      { flow: "S", step: "a", startMs: Date.UTC(2025, 2, 30, 0, 30), endMs: Date.UTC(2025, 2, 30, 0, 30) },
      { flow: "S", step: "b", startMs: Date.UTC(2025, 2, 30, 1, 30), endMs: Date.UTC(2025, 2, 30, 1, 30) },
    ])[0];
    expect(spring.leadTimeMs).toBe(60 * MIN);
    expect(spring.waitMs).toBe(60 * MIN);
    // 2025-10-26 01:30 CEST = 23:30 UTC the day before; 03:30 CET = 02:30 UTC → 180 min
    const autumn = flowMetrics([
      { flow: "A", step: "a", startMs: Date.UTC(2025, 9, 25, 23, 30), endMs: Date.UTC(2025, 9, 26, 2, 30), category: "VA" },
    ])[0];
    expect(autumn.leadTimeMs).toBe(180 * MIN);
    expect(autumn.vaMs).toBe(180 * MIN);
  });

  it("flags observations with an assumed start", () => {
    const [f] = flowMetrics([
      { flow: "F", step: "a", startMs: 0, endMs: 10, assumedStart: true },
      { flow: "F", step: "b", startMs: 10, endMs: 20 },
    ]);
    expect(f.assumedStarts).toBe(1);
  });

  it("refuses an observation that ends before it starts", () => {
    expect(() => toColumnar([{ flow: "F", step: "a", startMs: 10, endMs: 5 }])).toThrow(/end lies before the start/);
  });
});

/** Fake calendar for tests: only 08:00–17:00 UTC of every day counts. Additive by construction. */
const officeHours: WorkingCalendar = {
  workingMs(startMs, endMs) {
    if (endMs <= startMs) return 0;
    const DAY = 24 * HOUR;
    let total = 0;
    for (let d = Math.floor(startMs / DAY) * DAY; d < endMs; d += DAY) {
      const a = Math.max(startMs, d + 8 * HOUR);
      const b = Math.min(endMs, d + 17 * HOUR);
      if (b > a) total += b - a;
    }
    return total;
  },
};

describe("working time with a calendar", () => {
  const day = Date.UTC(2025, 0, 13); // a Monday, 00:00 UTC
  const os: Observation[] = [
    // 16:00–18:00 day 1: 1 h counts (16–17)
    { flow: "F", step: "Bedömning", startMs: day + 16 * HOUR, endMs: day + 18 * HOUR, category: "VA" },
    // next day 07:00–09:30 NNVA: 1.5 h counts (08–09:30)
    { flow: "F", step: "Dokumentation", startMs: day + 31 * HOUR, endMs: day + 33.5 * HOUR, category: "NNVA" },
    // next day 10:00–11:00 VA: 1 h
    { flow: "F", step: "Beslut", startMs: day + 34 * HOUR, endMs: day + 35 * HOUR, category: "VA" },
  ];

  it("measures every metric in working time and labels the basis", () => {
    const [f] = flowMetrics(os, { calendar: officeHours });
    // lead: day1 16–17 (1 h) + day2 08–11 (3 h) = 4 h
    expect(f.leadTimeMs).toBe(4 * HOUR);
    expect(f.vaMs).toBe(2 * HOUR); // 1 + 1
    expect(f.nnvaMs).toBe(1.5 * HOUR);
    // wait: day1 18:00 → day2 07:00 has 0 working time; 09:30 → 10:00 is 0.5 h
    expect(f.waitMs).toBe(0.5 * HOUR);
    expect(f.vaMs + f.nnvaMs + f.nvaMs).toBe(f.leadTimeMs);
    expect(f.touchTimeMs).toBe(3.5 * HOUR);
    expect(f.flowEfficiency).toBe(0.5);
    expect(f.basis).toBe("working");
    const h = handoffs(os, { calendar: officeHours });
    expect(h.map((x) => x.waitMs / HOUR)).toEqual([0, 0, 0.5]);
    const a = analyze(os, { calendar: officeHours });
    expect(a.basis).toBe("working");
    expect(a.steps.every((s) => s.basis === "working")).toBe(true);
  });

  it("differs from calendar time, which counts the night", () => {
    const [f] = flowMetrics(os);
    // 16:00 day 1 → 11:00 day 2 = 19 h; wait = 13 h night + 0.5 h
    expect(f.leadTimeMs).toBe(19 * HOUR);
    expect(f.waitMs).toBe(13.5 * HOUR);
  });
});

describe("summaries", () => {
  // three flows with hand-picked lead and VA (min): F1 100/50, F2 200/20, F3 40/40
  const os: Observation[] = [
    { flow: "F1", step: "a", startMs: 0, endMs: 50 * MIN, category: "VA" },
    { flow: "F1", step: "b", startMs: 90 * MIN, endMs: 100 * MIN, category: "NVA" },
    { flow: "F2", step: "a", startMs: 0, endMs: 20 * MIN, category: "VA" },
    { flow: "F2", step: "b", startMs: 150 * MIN, endMs: 200 * MIN, category: "NNVA" },
    { flow: "F3", step: "a", startMs: 0, endMs: 40 * MIN, category: "VA" },
  ];
  const a = analyze(os);

  it("reports both aggregate and median flow efficiency", () => {
    // aggregate = (50 + 20 + 40) / (100 + 200 + 40) = 110/340
    expect(a.summary.flowEfficiency.aggregate).toBeCloseTo(110 / 340, 12);
    // per flow 0.5, 0.1, 1 → sorted [0.1, 0.5, 1] → median 0.5
    expect(a.summary.flowEfficiency.median).toBe(0.5);
  });

  it("gives median and p85 of lead time with h = (n − 1)·p", () => {
    // sorted [40, 100, 200]; median h = 1 → 100; p85 h = 1.7 → 100 + 0.7·100 = 170
    expect(a.summary.leadTimeMs.median).toBe(100 * MIN);
    expect(a.summary.leadTimeMs.p85).toBeCloseTo(170 * MIN, 6);
    expect(a.summary.leadTimeMs.mean).toBeCloseTo((340 / 3) * MIN, 6);
    // waits: F1 40, F2 130, F3 0 → total 170
    expect(a.summary.totals.waitMs).toBe(170 * MIN);
  });

  it("summarises steps with share of flows and waits before", () => {
    const b = a.steps.find((s) => s.step === "b")!;
    expect(b).toMatchObject({ n: 2, flows: 2, reworkRate: 0 });
    expect(b.shareOfFlows).toBeCloseTo(2 / 3, 12);
    // waits before b: 40 and 130 → median 85
    expect(b.waitBeforeMs.median).toBe(85 * MIN);
    // category tie NVA/NNVA (1 each) → NNVA by precedence
    expect(b.category).toBe("NNVA");
    expect(a.handoffs).toEqual([expect.objectContaining({ from: "a", to: "b", n: 2, totalWaitMs: 170 * MIN })]);
  });
});

describe("fromArquero", () => {
  it("gives the same metrics as the object path", () => {
    const os: Observation[] = [
      { flow: "F1", step: "a", startMs: 0, endMs: 50, category: "VA" },
      { flow: "F2", step: "b", startMs: 5, endMs: 15, category: "NVA" },
      { flow: "F1", step: "b", startMs: 30, endMs: 90, category: "NNVA" },
      { flow: "F1", step: "a", startMs: 120, endMs: 130, category: "VA" },
    ];
    const t = aq.from(os.map((o) => ({ case: o.flow, act: o.step, s: new Date(o.startMs), e: o.endMs, cat: o.category })));
    const log = fromArquero(t, { flow: "case", step: "act", start: "s", end: "e", category: "cat" });
    expect(analyze(log)).toEqual(analyze(os));
    expect(computeFlows(log, { index: indexFlows(log) }).vaMs[0]).toBe(60);
  });
});
