import { runChart } from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("runChart", () => {
  it("gives each phase its own median and runs analysis", () => {
    // Phase "Före" (idx 0–11): 1 2 3 1 2 3 7 8 9 7 8 9 → sorted 1 1 2 2 3 3 | 7 7 8 8 9 9 → median (3 + 7)/2 = 5.
    //   sides − − − − − − + + + + + + → 12 useful, longest run 6 (limit round(3.58) + 3 = 7: no signal),
    //   crossings 1 < qbinom(0.05, 11, ½) = 3 → signal.
    // Phase "Efter" (idx 12–15): 2 4 3 5 → median (3 + 4)/2 = 3.5; sides − + − + → crossings 3, longest 1;
    //   limits: log₂ 4 = 2 → 5; qbinom(0.05, 3, ½) = 0 (P(X ≤ 0) = 1/8 = 0.125 ≥ 0.05) → no signal.
    const values = [1, 2, 3, 1, 2, 3, 7, 8, 9, 7, 8, 9, 2, 4, 3, 5];
    const chart = runChart(values, { phaseStarts: [12], phaseNames: ["Före", "Efter"] });
    expect(chart.phases.map((p) => [p.name, p.start, p.end, p.centre])).toEqual([
      ["Före", 0, 12, 5],
      ["Efter", 12, 16, 3.5],
    ]);
    expect(chart.phases[0].runs).toMatchObject({
      nUseful: 12,
      longestRun: 6,
      longestRunLimit: 7,
      crossings: 1,
      crossingsLimit: 3,
      signal: true,
    });
    expect(chart.phases[1].runs).toMatchObject({
      nUseful: 4,
      longestRun: 1,
      longestRunLimit: 5,
      crossings: 3,
      crossingsLimit: 0,
      signal: false,
    });
    expect(chart.points[13]).toMatchObject({ phase: 1, centre: 3.5, y: 4, x: 13, signal: false });
    expect(chart.signal).toBe(true);
  });

  it("uses a given baseline median instead of the data's", () => {
    // Centre 10: every value below → one run of 8, crossings 0. Limits n = 8: log₂ 8 = 3 → 6; qbinom(0.05, 7, ½) = 1
    // (P(X ≤ 0) = 1/128 = 0.008; P(X ≤ 1) = 8/128 = 0.0625).
    const chart = runChart([1, 2, 3, 4, 5, 6, 7, 8], { baselineMedian: 10 });
    expect(chart.phases[0].centre).toBe(10);
    expect(chart.phases[0].runs).toMatchObject({ longestRun: 8, longestRunLimit: 6, crossings: 0, crossingsLimit: 1 });
    expect(chart.points.every((p) => p.inLongRun)).toBe(true);
  });

  it("freezes the median of the first k points and extends it to later points", () => {
    // freeze 5: median of 4 6 5 7 3 = 5; the later points 8 9 10 are all above 5.
    const chart = runChart([4, 6, 5, 7, 3, 8, 9, 10], { freeze: 5 });
    expect(chart.phases[0]).toMatchObject({ centre: 5, baseEnd: 5, frozen: true });
    expect(chart.points.map((p) => p.centre)).toEqual([5, 5, 5, 5, 5, 5, 5, 5]);
    // sides: − + 0 + − + + + → useful − + + − + + + (the 0 does not break the ++), runs 1, 2, 1, 3
    // → longest 3, crossings = 4 runs − 1 = 3.
    expect(chart.phases[0].runs).toMatchObject({ nUseful: 7, longestRun: 3, crossings: 3 });
  });

  it("treats missing values as absent and keeps x labels", () => {
    const x = ["2025-01", "2025-02", "2025-03", "2025-04"];
    const chart = runChart([1, null, Number.NaN, 3], { x });
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([
      ["2025-01", 1],
      ["2025-02", null],
      ["2025-03", null],
      ["2025-04", 3],
    ]);
    // median of 1 and 3 = 2; useful 2, one crossing.
    expect(chart.phases[0].centre).toBe(2);
    expect(chart.phases[0].runs).toMatchObject({ nUseful: 2, crossings: 1 });
  });

  it("refuses phase starts out of order with a bilingual message", () => {
    expect(() => runChart([1, 2, 3, 4], { phaseStarts: [3, 2] })).toThrow(
      expect.objectContaining({ code: "badPhaseStarts", sv: expect.stringMatching(/fasernas/), en: expect.stringMatching(/phase start/) }),
    );
    expect(() => runChart([1, 2, 3, 4], { x: ["a"] })).toThrow(/x must have/);
    expect(() => runChart([1, 2, 3, 4], { freeze: 1 })).toThrow(/freeze/);
  });
});
