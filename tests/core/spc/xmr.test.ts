import { xmrChart } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("xmrChart", () => {
  it("computes mean, mean moving range and limits by hand", () => {
    // 10 12 11 15 9 14: Σ = 71 → mean 71/6 = 11.8333…
    // moving ranges 2 1 4 6 5: Σ = 18 → MR̄ = 3.6
    // UCL = 11.8333 + 2.66·3.6 = 11.8333 + 9.576 = 21.4093; LCL = 11.8333 − 9.576 = 2.2573; MR UCL = 3.267·3.6 = 11.7612
    const chart = xmrChart([10, 12, 11, 15, 9, 14]);
    const p = chart.phases[0];
    expect(p.centre).toBeCloseTo(11.833333, 5);
    expect(p.meanMovingRange).toBeCloseTo(3.6, 10);
    expect(p.ucl).toBeCloseTo(21.409333, 5);
    expect(p.lcl).toBeCloseTo(2.257333, 5);
    expect(p.mrUcl).toBeCloseTo(11.7612, 10);
    expect(chart.points.map((q) => q.movingRange)).toEqual([null, 2, 1, 4, 6, 5]);
    expect(chart.points.some((q) => q.outside)).toBe(false);
    // sides around 11.83: − + − + − + → 5 crossings, longest run 1 → no runs signal.
    expect(p.runs).toMatchObject({ nUseful: 6, crossings: 5, longestRun: 1 });
    expect(chart.signal).toBe(false);
  });

  it("gives each phase its own limits and never takes a moving range across a phase boundary", () => {
    // Phase 2 = 20 22 21 23: mean 86/4 = 21.5; MR 2 1 2 → 5/3 = 1.6667;
    // UCL = 21.5 + 2.66·1.6667 = 25.9333; LCL = 17.0667. |20 − 14| = 6 is not a moving range.
    const chart = xmrChart([10, 12, 11, 15, 9, 14, 20, 22, 21, 23], { phaseStarts: [6], phaseNames: ["Före", "Efter"] });
    const [a, b] = chart.phases;
    expect(a.meanMovingRange).toBeCloseTo(3.6, 10);
    expect(b.name).toBe("Efter");
    expect(b.centre).toBeCloseTo(21.5, 10);
    expect(b.meanMovingRange).toBeCloseTo(5 / 3, 10);
    expect(b.ucl).toBeCloseTo(25.933333, 5);
    expect(b.lcl).toBeCloseTo(17.066667, 5);
    expect(chart.points[6].movingRange).toBeNull();
    expect(chart.points[6]).toMatchObject({ phase: 1, outside: false });
  });

  it("extends limits frozen on the first k points to later points and flags those outside", () => {
    // freeze 6 → same centre/limits as the hand example (11.8333, 2.2573–21.4093) for all 8 points;
    // 30 > 21.4093 is outside, 8 is inside. MR 16 (|30 − 14|) is shown but not part of MR̄.
    const chart = xmrChart([10, 12, 11, 15, 9, 14, 30, 8], { freeze: 6 });
    const p = chart.phases[0];
    expect(p).toMatchObject({ baseEnd: 6, frozen: true, outside: 1 });
    expect(p.meanMovingRange).toBeCloseTo(3.6, 10);
    expect(chart.points[6]).toMatchObject({ outside: true, signal: true, movingRange: 16 });
    expect(chart.points[7]).toMatchObject({ outside: false, movingRange: 22 });
    expect(chart.points[7].ucl).toBeCloseTo(21.409333, 5);
  });

  it("screens moving ranges ≥ 3.267·MR̄ once when asked", () => {
    // 5 6 5 6 5 6 5 30: MR 1 1 1 1 1 1 25 → MR̄ = 31/7 = 4.4286; cut 3.267·4.4286 = 14.468 → 25 dropped → MR̄ = 6/6 = 1.
    // mean = (4·5 + 3·6 + 30)/8 = 68/8 = 8.5 → limits 8.5 ± 2.66 = 5.84–11.16: the 5s and the 30 are outside.
    const values = [5, 6, 5, 6, 5, 6, 5, 30];
    const screened = xmrChart(values, { screenMovingRanges: true });
    expect(screened.phases[0]).toMatchObject({ excludedMovingRanges: 1, meanMovingRange: 1, centre: 8.5 });
    expect(screened.phases[0].ucl).toBeCloseTo(11.16, 10);
    expect(screened.points.map((p) => p.outside)).toEqual([true, false, true, false, true, false, true, true]);
    // Unscreened: MR̄ = 4.4286 → UCL = 8.5 + 11.78 = 20.28; only 30 is outside.
    const plain = xmrChart(values);
    expect(plain.phases[0].meanMovingRange).toBeCloseTo(31 / 7, 10);
    expect(plain.points.filter((p) => p.outside).map((p) => p.index)).toEqual([7]);
  });

  it("clamps the lower limit at a given bound", () => {
    // 1 5 1 5: mean 3, MR̄ 4 → LCL = 3 − 10.64 < 0 → 0.
    expect(xmrChart([1, 5, 1, 5], { lowerBound: 0 }).phases[0].lcl).toBe(0);
  });

  it("flags a long run against the mean as a signal (Anhøj rules as in qicharts2)", () => {
    // 8 values below the mean then 3 far above: mean = (8·1 + 3·20)/11 = 68/11 = 6.18.
    // Useful 11, run limit log₂ 11 = 3.46 → 6; run of 8 > 6 → the first 8 points signal.
    const chart = xmrChart([1, 1, 1, 1, 1, 1, 1, 1, 20, 20, 20]);
    expect(chart.phases[0].runs.longRunSignal).toBe(true);
    expect(chart.points.slice(0, 8).every((p) => p.inLongRun && p.signal)).toBe(true);
  });

  it("keeps every value's moving range non-negative and the limits symmetric around the mean", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 }), (values) => {
        const c = xmrChart(values);
        const p = c.phases[0];
        for (const q of c.points) if (q.movingRange !== null) expect(q.movingRange).toBeGreaterThanOrEqual(0);
        expect((p.ucl as number) - (p.centre as number)).toBeCloseTo((p.centre as number) - (p.lcl as number), 3);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
