import { exactUDistribution, mannWhitney } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Brute force: all ways to pick which pooled ranks belong to x (no ties), counting U ≤ / ≥ the observed. */
function bruteForceTwoSided(x: number[], y: number[]): number {
  const pooled = [...x, ...y].sort((a, b) => a - b);
  const n1 = x.length;
  const N = pooled.length;
  const uOf = (xs: number[], ys: number[]) => xs.reduce((s, a) => s + ys.filter((b) => a > b).length, 0);
  const observed = uOf(x, y);
  let le = 0;
  let ge = 0;
  let total = 0;
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === n1) {
      const xs = chosen.map((i) => pooled[i]);
      const ys = pooled.filter((_, i) => !chosen.includes(i));
      const u = uOf(xs, ys);
      total++;
      if (u <= observed) le++;
      if (u >= observed) ge++;
      return;
    }
    for (let i = start; i < N; i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return Math.min(1, (2 * Math.min(le, ge)) / total);
}

describe("mannWhitney", () => {
  it("gives the exact p for complete separation of tiny samples", () => {
    // [1, 2] vs [3, 4, 5]: U = 0; the arrangement is 1 of C(5,2) = 10 → P(U ≤ 0) = 0.1; two-sided 0.2.
    expect(mannWhitney([1, 2], [3, 4, 5])).toMatchObject({ u: 0, uOther: 6, method: "exact" });
    expect(mannWhitney([1, 2], [3, 4, 5]).p).toBeCloseTo(0.2, 12);
    // [1, 2, 3] vs [4, 5, 6]: 1 of C(6,3) = 20 → 0.05; two-sided 0.1.
    expect(mannWhitney([4, 5, 6], [1, 2, 3])).toMatchObject({ u: 9 });
    expect(mannWhitney([4, 5, 6], [1, 2, 3]).p).toBeCloseTo(0.1, 12);
  });

  it("reproduces R's wilcox.test example (Hollander & Wolfe 1973, p. 69): W = 35", () => {
    // R: wilcox.test(x, y, alternative = "greater") → W = 35, p-value = 0.1272; two-sided = 2 · 0.1272.
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const r = mannWhitney(x, y);
    expect(r.u).toBe(35);
    expect(r.p).toBeCloseTo(0.2544, 4);
    expect(r.p).toBeCloseTo(bruteForceTwoSided(x, y), 12);
  });

  it("has the hand-counted distribution of U for 2 + 2 values", () => {
    // C(4,2) = 6 arrangements of x among ranks: {1,2} U=0, {1,3} U=1, {1,4} U=2, {2,3} U=2, {2,4} U=3, {3,4} U=4.
    const d = Array.from(exactUDistribution(2, 2));
    [1, 1, 2, 1, 1].forEach((count, u) => {
      expect(d[u]).toBeCloseTo(count / 6, 12);
    });
  });

  it("matches brute-force enumeration for random small samples without ties", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 11 }),
        fc.integer({ min: 1, max: 3 }),
        (vals, cut) => {
          const x = vals.slice(0, cut);
          const y = vals.slice(cut);
          expect(mannWhitney(x, y).p).toBeCloseTo(bruteForceTwoSided(x, y), 10);
        },
      ),
      { seed: 7, numRuns: 60 },
    );
  });

  it("uses the tie-corrected normal approximation with continuity correction when values tie", () => {
    // x = 1 2 2 3 4 5, y = 3 3 4 6 7 8. Mid-ranks: 1→1; 2,2→2.5; 3,3,3→5; 4,4→7.5; 5→9; 6,7,8→10,11,12.
    // R_x = 1 + 2.5 + 2.5 + 5 + 7.5 + 9 = 27.5 → U = 27.5 − 6·7/2 = 6.5.
    // Ties t = 2, 3, 2 → Σ(t³ − t) = 6 + 24 + 6 = 36; N = 12:
    // σ² = 36/12 · (13 − 36/(12·11)) = 3 · 12.72727 = 38.18182 → σ = 6.17914.
    // z = (6.5 − 18 + 0.5)/6.17914 = −1.78018 → p = 2Φ(−1.78018) ≈ 2 · 0.03753 = 0.0751.
    const r = mannWhitney([1, 2, 2, 3, 4, 5], [3, 3, 4, 6, 7, 8]);
    expect(r).toMatchObject({ u: 6.5, method: "normal", ties: true });
    expect(r.z as number).toBeCloseTo(-1.78018, 4);
    expect(r.p).toBeCloseTo(0.0751, 3);
  });

  it("is symmetric: U + U' = n1·n2 and swapping groups keeps p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        (x, y) => {
          const a = mannWhitney(x, y);
          const b = mannWhitney(y, x);
          expect(a.u + a.uOther).toBe(x.length * y.length);
          expect(a.u).toBe(b.uOther);
          expect(a.p).toBeCloseTo(b.p, 10);
          expect(a.p).toBeGreaterThanOrEqual(0);
          expect(a.p).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });

  it("gives p = 1 when every value is equal and ignores non-finite values", () => {
    expect(mannWhitney([3, 3, 3], [3, 3])).toMatchObject({ u: 3, p: 1, method: "normal" });
    expect(mannWhitney([1, 2, null, Number.NaN], [3, 4, 5, undefined]).p).toBeCloseTo(0.2, 12);
    expect(() => mannWhitney([], [1])).toThrow(/mannWhitney/);
  });
});
