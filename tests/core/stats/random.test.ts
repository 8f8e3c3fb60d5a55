import { createRandom, randomNormal } from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("createRandom", () => {
  it("reproduces the published mulberry32 sequence for seed 42", () => {
    // Reference values of the widely published mulberry32 reference implementation, seed 42.
    const r = createRandom(42);
    expect(r()).toBe(0.6011037519201636);
    expect(r()).toBe(0.44829055899754167);
  });

  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = createRandom(5);
    const b = createRandom(5);
    const c = createRandom(6);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("draws normal values with about the requested mean and sd", () => {
    const r = createRandom(3);
    const xs = Array.from({ length: 20_000 }, () => randomNormal(r, 10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    // Standard error of the mean = 2/√20000 = 0.014; allow 5 SE.
    expect(Math.abs(mean - 10)).toBeLessThan(0.07);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
  });
});
