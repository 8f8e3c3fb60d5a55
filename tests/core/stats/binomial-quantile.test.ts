import { binomialQuantileHalf } from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("binomialQuantileHalf", () => {
  it("matches hand sums of the binomial cumulative distribution", () => {
    // n = 3: P(X ≤ 0) = 1/8 = 0.125 ≥ 0.05 → 0.
    expect(binomialQuantileHalf(0.05, 3)).toBe(0);
    // n = 9: P(X ≤ 1) = 10/512 = 0.0195; P(X ≤ 2) = 46/512 = 0.0898 → 2.
    expect(binomialQuantileHalf(0.05, 9)).toBe(2);
    // n = 4, q = 0.5: P(X ≤ 1) = 5/16 = 0.3125; P(X ≤ 2) = 11/16 → 2 (the median).
    expect(binomialQuantileHalf(0.5, 4)).toBe(2);
    // q exactly on a step: n = 2, P(X ≤ 0) = 0.25 → qbinom(0.25, 2, 0.5) = 0.
    expect(binomialQuantileHalf(0.25, 2)).toBe(0);
    expect(binomialQuantileHalf(0, 10)).toBe(0);
    expect(binomialQuantileHalf(1, 10)).toBe(10);
  });

  it("agrees between the exact and the log-space method near the switch", () => {
    // Normal approximation for n = 6000: mean 3000, sd = √6000/2 = 38.73; z(0.05) = −1.645 → ≈ 2936.3.
    const k = binomialQuantileHalf(0.05, 6000);
    expect(k).toBeGreaterThanOrEqual(2935);
    expect(k).toBeLessThanOrEqual(2938);
    const exact = binomialQuantileHalf(0.05, 5000); // 2500 − 1.645·35.36 ≈ 2441.8
    expect(Math.abs(exact - 2442)).toBeLessThanOrEqual(1);
  });

  it("refuses invalid input", () => {
    expect(() => binomialQuantileHalf(1.5, 3)).toThrow(/q must be/);
    expect(() => binomialQuantileHalf(0.5, -1)).toThrow(/trials/);
  });
});
