import { anhojRuns, crossingsLimit, longestRunLimit, runChart } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/**
 * Independent reference: qbinom(0.05, n − 1, 0.5) from a row of Pascal's triangle built by addition
 * (BigInt), not from the implementation's multiplicative recurrence: the smallest k with
 * 20·Σ_{i≤k} C(n−1, i) ≥ 2^(n−1).
 */
function referenceCrossings(n: number): number {
  let row: bigint[] = [1n];
  for (let t = 0; t < n - 1; t++) {
    const next: bigint[] = [1n];
    for (let i = 1; i < row.length; i++) next.push(row[i - 1] + row[i]);
    next.push(1n);
    row = next;
  }
  const total = 2n ** BigInt(n - 1);
  let sum = 0n;
  for (let k = 0; k < row.length; k++) {
    sum += row[k];
    if (20n * sum >= total) return k;
  }
  return n - 1;
}

/** round(log₂ n) + 3 with integers only: k is the nearest integer to log₂ n ⇔ 2^(2k−1) ≤ n² < 2^(2k+1). */
function referenceRun(n: number): number {
  let k = 0;
  while (2 ** (2 * k + 1) <= n * n) k++;
  return k + 3;
}

describe("Anhøj limits", () => {
  it("match the published table at n = 10, 20, 30, 50", () => {
    // Anhøj & Olesen (2014): n → (longest run limit, fewest crossings).
    // n = 10: log₂ 10 = 3.32 → 3 + 3 = 6; P(X ≤ 1) = (1 + 9)/512 = 0.020 < 0.05 ≤ P(X ≤ 2) = 46/512 = 0.090 → 2.
    // n = 20: log₂ 20 = 4.32 → 7; Σ_{k≤5} C(19,k) = 16 664 → 0.032; Σ_{k≤6} = 43 796 → 0.084 → 6.
    const table: [number, number, number][] = [
      [10, 6, 2],
      [20, 7, 6],
      [30, 8, 10],
      [50, 9, 19],
    ];
    for (const [n, run, cross] of table) {
      expect(longestRunLimit(n)).toBe(run);
      expect(crossingsLimit(n)).toBe(cross);
    }
  });

  it("match an independent Pascal-triangle computation for every n from 10 to 100", () => {
    for (let n = 10; n <= 100; n++) {
      expect([n, longestRunLimit(n)]).toEqual([n, referenceRun(n)]);
      expect([n, crossingsLimit(n)]).toEqual([n, referenceCrossings(n)]);
    }
  });

  it("ignores points on the median: they neither break nor extend a run", () => {
    // 17 values, sorted: 1 2 3 3 4 4 5 5 [5] 6 6 6 7 7 7 8 9 → median = 9th value = 5.
    // index:  0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16
    // value:  4  6  5  6  7  8  6  7  9  7  5  3  2  5  4  3  1
    // side:   −  +  0  +  +  +  +  +  +  +  0  −  −  0  −  −  −
    // useful: − | + + + + + + + + (8: idx 1, 3–9) | − − − − − (5: idx 11, 12, 14–16) → n = 1 + 8 + 5 = 14
    // runs: 1, 8, 5 → longest 8; crossings = runs − 1 = 2.
    // limits: log₂ 14 = 3.81 → 4 + 3 = 7 → 8 > 7 signals;
    //         qbinom(0.05, 13, ½): Σ C(13,k) for k ≤ 3 = 1 + 13 + 78 + 286 = 378 → 378/8192 = 0.046 < 0.05;
    //         k ≤ 4: 378 + 715 = 1093 → 0.133 ≥ 0.05 → limit 4 → 2 < 4 signals.
    // Had the median point at index 2 broken the run, the longest run would be 7 (idx 3–9): no signal.
    const values = [4, 6, 5, 6, 7, 8, 6, 7, 9, 7, 5, 3, 2, 5, 4, 3, 1];
    const chart = runChart(values);
    const phase = chart.phases[0];
    expect(phase.centre).toBe(5);
    expect(phase.runs).toEqual({
      nUseful: 14,
      longestRun: 8,
      longestRunLimit: 7,
      crossings: 2,
      crossingsLimit: 4,
      longRunSignal: true,
      fewCrossingsSignal: true,
      signal: true,
    });
    const flagged = chart.points.filter((p) => p.inLongRun).map((p) => p.index);
    expect(flagged).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
    expect(chart.points[2].signal).toBe(false);
  });

  it("finds no signal in a series that crosses often and has short runs", () => {
    // 12 alternating values around 5: sides − + − + … → 12 useful, longest run 1, crossings 11.
    // limits: log₂ 12 = 3.58 → 7; qbinom(0.05, 11, ½) = 3 (Σ_{k≤2} = 67/2048 = 0.033; Σ_{k≤3} = 232/2048 = 0.113).
    const values = [4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6];
    const r = anhojRuns(values, 5);
    expect([r.nUseful, r.longestRun, r.crossings, r.longestRunLimit, r.crossingsLimit, r.signal]).toEqual([12, 1, 11, 7, 3, false]);
  });

  it("agrees with a naive count of runs for any series (runs = crossings + 1, run lengths sum to n)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 80 }), (values) => {
        const r = anhojRuns(values, 3);
        const sides = values.filter((v) => v !== 3).map((v) => Math.sign(v - 3));
        const lengths: number[] = [];
        sides.forEach((s, i) => {
          if (i > 0 && s === sides[i - 1]) lengths[lengths.length - 1]++;
          else lengths.push(1);
        });
        expect(r.nUseful).toBe(sides.length);
        expect(r.crossings).toBe(Math.max(0, lengths.length - 1));
        expect(r.longestRun).toBe(lengths.length ? Math.max(...lengths) : 0);
        const flagged = r.inLongRun.filter(Boolean).length;
        expect(flagged).toBe(lengths.filter((l) => l > r.longestRunLimit).reduce((s, l) => s + l, 0));
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
