import { erfc, mannWhitney, normalTwoSidedP } from "@flodes/core";
import { describe, expect, it } from "vitest";

// Reference values of erfc from the closed forms' high-precision tables (Abramowitz & Stegun 7.1; Wolfram).
const REFERENCE: [number, number][] = [
  [0, 1],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028513],
  [2, 0.004677734981047266],
  [3, 2.209049699858544e-5],
  [5, 1.5374597944280349e-12],
  [6, 2.1519736712498913e-17],
  [10, 2.088487583762545e-45],
  [20, 5.395865611607901e-176],
  [-1, 1.8427007929497148],
];

describe("erfc", () => {
  it("matches reference values with a relative error below 1.2e-7, far into the tail", () => {
    for (const [x, want] of REFERENCE) expect(Math.abs(erfc(x) - want) / want, `erfc(${x})`).toBeLessThan(1.2e-7);
  });

  it("keeps tail probabilities that 1 − erf would cancel to 0", () => {
    expect(erfc(8)).toBeGreaterThan(0);
    expect(normalTwoSidedP(13.6)).toBeGreaterThan(0);
    expect(normalTwoSidedP(13.6)).toBeLessThan(1e-40);
    expect(normalTwoSidedP(0)).toBe(1);
    // z = 1.959964 is the 97,5 % normal quantile → two-sided p = 0.05
    expect(normalTwoSidedP(1.959964)).toBeCloseTo(0.05, 6);
  });

  it("gives Mann–Whitney a non-zero p for groups that never overlap (normal approximation)", () => {
    // 200 + 200 values, complete separation: U = 0, mean 20 000, σ² = 200·200·401/12 → z ≈ −17.3.
    const x = Array.from({ length: 200 }, (_, i) => i);
    const y = Array.from({ length: 200 }, (_, i) => 1000 + i);
    const r = mannWhitney(x, y);
    expect(r.method).toBe("normal");
    expect(r.p).toBeGreaterThan(0);
    const z = (0 - 20_000 + 0.5) / Math.sqrt((200 * 200 * 401) / 12);
    expect(r.z).toBeCloseTo(z, 10);
    expect(r.p / erfc(Math.abs(z) / Math.SQRT2)).toBeCloseTo(1, 12);
  });

  it("sums the exact tail directly, so a tiny exact p keeps its value", () => {
    // 25 + 24 values, complete separation, no ties → exact: p = 2 / C(49, 24).
    const x = Array.from({ length: 25 }, (_, i) => 100 + i);
    const y = Array.from({ length: 24 }, (_, i) => i);
    const r = mannWhitney(x, y);
    expect(r.method).toBe("exact");
    let c = 1;
    for (let k = 1; k <= 24; k++) c = (c * (25 + k)) / k; // C(49, 24) = Π (25 + k) / k
    expect(r.p / (2 / c)).toBeCloseTo(1, 6);
  });
});
