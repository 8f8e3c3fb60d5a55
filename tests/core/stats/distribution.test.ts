import { distribution, quantile } from "@flodes/core";
import { distributionInPlace } from "@flodes/core/internal";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("distribution", () => {
  it("summarises n, median, p85, mean, min and max", () => {
    // sorted [10,20,30,40]: median h = 1.5 → 25; p85 h = 2.55 → 30 + 0.55·10 = 35.5; mean 25
    const d = distribution([40, 10, 30, 20]);
    expect(d).toMatchObject({ n: 4, median: 25, mean: 25, min: 10, max: 40 });
    expect(d.p85).toBeCloseTo(35.5, 12);
  });

  it("gives nulls for no values", () => {
    expect(distribution([])).toEqual({ n: 0, median: null, p85: null, mean: null, min: null, max: null });
  });

  it("ignores null and NaN through the accessor and does not count them", () => {
    const rows = [{ x: 1 }, { x: null }, { x: NaN }, { x: 3 }];
    expect(distribution(rows, (r) => r.x)).toMatchObject({ n: 2, median: 2, mean: 2 });
  });

  it("agrees with sorting for selection on many ties (in place, typed)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 300 }), (xs) => {
        const d = distributionInPlace(Float64Array.from(xs));
        expect(d.median).toBeCloseTo(quantile(xs, 0.5)!, 9);
        expect(d.p85).toBeCloseTo(quantile(xs, 0.85)!, 9);
        expect(d.min).toBe(Math.min(...xs));
        expect(d.max).toBe(Math.max(...xs));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
