import { bootstrapMedianDifference, createRandom, randomNormal } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Type-7 quantile written out here, independent of the library. */
function q7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}
const median = (xs: number[]) =>
  q7(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

describe("bootstrapMedianDifference", () => {
  it("is deterministic for a seed and changes with the seed", () => {
    const r = createRandom(1);
    const a = Array.from({ length: 40 }, () => randomNormal(r, 10, 3));
    const b = Array.from({ length: 40 }, () => randomNormal(r, 8, 3));
    const x1 = bootstrapMedianDifference(a, b, { seed: 99 });
    expect(bootstrapMedianDifference(a, b, { seed: 99 })).toEqual(x1);
    expect(bootstrapMedianDifference(a, b, { seed: 100 }).lower).not.toBe(x1.lower);
    expect(x1).toMatchObject({ resamples: 2000, level: 0.95, seed: 99 });
    // Without a seed the documented default is used, so two calls agree too.
    expect(bootstrapMedianDifference(a, b)).toEqual(bootstrapMedianDifference(a, b));
  });

  it("equals a plain sort-based resampling with the same random stream", () => {
    // Reference: draw n indices per group from the same generator (before first, then after), sort the
    // resample, take its median; the library's counting shortcut must give identical quantiles.
    const a = [3, 9, 1, 4, 4, 7, 12, 5];
    const b = [2, 2, 8, 6, 1, 0, 5];
    const B = 300;
    const random = createRandom(17);
    const sa = [...a].sort((x, y) => x - y);
    const sb = [...b].sort((x, y) => x - y);
    const diffs: number[] = [];
    for (let k = 0; k < B; k++) {
      const ra = sa.map(() => sa[Math.floor(random() * sa.length)]);
      const rb = sb.map(() => sb[Math.floor(random() * sb.length)]);
      diffs.push(median(rb) - median(ra));
    }
    diffs.sort((x, y) => x - y);
    const got = bootstrapMedianDifference(a, b, { seed: 17, resamples: B });
    expect(got.lower).toBe(q7(diffs, 0.025));
    expect(got.upper).toBe(q7(diffs, 0.975));
    // estimate: median(b) = 2 (sorted 0 1 2 2 5 6 8) − median(a) = 4.5 (sorted 1 3 4 4 5 7 9 12) = −2.5
    expect(got.estimate).toBe(-2.5);
  });

  it("covers the true shift between two normal samples and excludes 0", () => {
    // N(10, 2²) vs N(13, 2²), 200 each: true difference of medians 3; SE of a median ≈ 1.2533·2/√200 = 0.177,
    // of the difference ≈ 0.25 → the interval is about 3 ± 0.5.
    const r = createRandom(2024);
    const before = Array.from({ length: 200 }, () => randomNormal(r, 10, 2));
    const after = Array.from({ length: 200 }, () => randomNormal(r, 13, 2));
    const ci = bootstrapMedianDifference(before, after, { seed: 5 });
    expect(ci.lower).toBeLessThan(3);
    expect(ci.upper).toBeGreaterThan(3);
    expect(ci.lower).toBeGreaterThan(0);
    expect(ci.upper - ci.lower).toBeLessThan(1.5);
  });

  it("covers the true shift in most of 100 repeated experiments", () => {
    // Nominal 95 %; percentile intervals for medians of n = 30 run a little under nominal, so ask for ≥ 85 %.
    const r = createRandom(77);
    let covered = 0;
    for (let k = 0; k < 100; k++) {
      const a = Array.from({ length: 30 }, () => randomNormal(r, 0, 1));
      const b = Array.from({ length: 30 }, () => randomNormal(r, 1, 1));
      const ci = bootstrapMedianDifference(a, b, { seed: k, resamples: 500 });
      if (ci.lower <= 1 && 1 <= ci.upper) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(85);
  });

  it("gives a zero-width interval for constant groups and ignores non-finite values", () => {
    const ci = bootstrapMedianDifference([5, 5, 5, null, Number.NaN], [7, 7, 7, 7]);
    expect([ci.estimate, ci.lower, ci.upper]).toEqual([2, 2, 2]);
    expect(() => bootstrapMedianDifference([], [1])).toThrow(/bootstrapMedianDifference/);
    expect(() => bootstrapMedianDifference([1], [1], { level: 1 })).toThrow(/level/);
  });

  it("moves the interval by exactly the shift added to the after group (same seed, same resamples)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: -500, max: 500 }),
        (a, b, shift) => {
          const base = bootstrapMedianDifference(a, b, { seed: 3, resamples: 200 });
          const moved = bootstrapMedianDifference(
            a,
            b.map((x) => x + shift),
            { seed: 3, resamples: 200 },
          );
          expect(base.lower).toBeLessThanOrEqual(base.upper);
          expect(moved.lower).toBeCloseTo(base.lower + shift, 9);
          expect(moved.upper).toBeCloseTo(base.upper + shift, 9);
          expect(moved.estimate).toBeCloseTo(base.estimate + shift, 9);
        },
      ),
      { seed: 21, numRuns: 60 },
    );
  });
});
