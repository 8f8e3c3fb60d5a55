import { quantile, quantileSorted } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("quantile (R type 7, h = (n − 1)·p)", () => {
  it("interpolates between closest ranks", () => {
    // [1,2,3,4]: p85 h = 3·0.85 = 2.55 → 3 + 0.55·1 = 3.55; median h = 1.5 → 2.5
    expect(quantileSorted([1, 2, 3, 4], 0.85)).toBeCloseTo(3.55, 12);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    // [10, 20, 30, 40, 50]: p0.1 h = 0.4 → 14
    expect(quantile([50, 10, 40, 20, 30], 0.1)).toBeCloseTo(14, 12);
  });

  it("returns the extremes at p = 0 and p = 1 and null for no data", () => {
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([7], 0.85)).toBe(7);
  });

  it("ignores null and NaN", () => {
    expect(quantile([null, 10, NaN, undefined, 20], 0.5)).toBe(15);
    expect(quantile([NaN, null], 0.5)).toBeNull();
  });

  it("rejects p outside [0, 1], naming the function", () => {
    expect(() => quantile([1], 1.5)).toThrow(/quantile: p must be in \[0, 1\]/);
  });

  it("lies between min and max and is monotone in p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const q = quantile(xs, p)!;
          expect(q).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(q).toBeLessThanOrEqual(Math.max(...xs));
          expect(quantile(xs, Math.min(1, p + 0.1))!).toBeGreaterThanOrEqual(q - 1e-9);
        },
      ),
      { seed: 85, numRuns: 200 },
    );
  });
});
