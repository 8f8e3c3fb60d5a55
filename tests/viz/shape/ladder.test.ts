import type { HandoffSummary, StepSummary } from "@flodes/core";
import { ladderOf, orderSteps, workedTimeByUnitSpec } from "@flodes/viz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dist, HANDOFFS, ORDER, STEPS } from "../fixtures.js";

describe("orderSteps", () => {
  it("puts listed steps first in that order and keeps the rest in input order", () => {
    expect(orderSteps(STEPS, ["Beslut", "Remiss inkommer"]).map((s) => s.step)).toEqual([
      "Beslut",
      "Remiss inkommer",
      "Bedömning",
      "Provtagning",
      "Dokumentation",
    ]);
    expect(orderSteps(STEPS, ORDER).map((s) => s.step)).toEqual(ORDER);
  });
});

describe("ladderOf invariants", () => {
  const stepArb = fc.record({
    workMin: fc.integer({ min: 0, max: 10_000 }),
    waitMin: fc.integer({ min: 0, max: 10_000 }),
    category: fc.constantFrom<StepSummary["category"]>("VA", "NNVA", "NVA"),
  });
  it("total = Σ work + Σ waits and 0 ≤ flow efficiency ≤ 1", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 12 }), (xs) => {
        const steps: StepSummary[] = xs.map((x, i) => ({
          ...STEPS[0],
          step: `S${i}`,
          category: x.category,
          durationMs: dist(x.workMin * 60_000),
          waitBeforeMs: dist(x.waitMin * 60_000),
        }));
        const handoffs: HandoffSummary[] = [];
        const l = ladderOf(steps, handoffs);
        const work = xs.reduce((a, x) => a + x.workMin * 60_000, 0);
        const waits = xs.slice(1).reduce((a, x) => a + x.waitMin * 60_000, 0);
        expect(l.totalMs).toBe(work + waits);
        if (l.flowEfficiency !== null) {
          expect(l.flowEfficiency).toBeGreaterThanOrEqual(0);
          expect(l.flowEfficiency).toBeLessThanOrEqual(1);
        } else expect(l.totalMs).toBe(0);
      }),
      { seed: 20251125, numRuns: 200 },
    );
  });
  it("uses the handoff between neighbours when there is one", () => {
    const l = ladderOf(STEPS, HANDOFFS, { order: ORDER });
    expect(l.rungs.map((r) => r.waitSource)).toEqual([null, "handoff", "handoff", "handoff", "step"]);
  });
});

describe("workedTimeByUnitSpec invariant", () => {
  it("segments of every unit end at exactly 100 %, and the NVA segment is the share of worked time", () => {
    const h = fc.integer({ min: 0, max: 1000 });
    fc.assert(
      fc.property(h, h, h, (va, nnva, nva) => {
        fc.pre(va + nnva + nva > 0);
        const H = 3_600_000;
        const spec = workedTimeByUnitSpec([{ unit: "U", vaTouchMs: va * H, nnvaTouchMs: nnva * H, nvaTouchMs: nva * H }]) as {
          layer: { data: { values: { x1: number; share: number; key: string }[] } }[];
        };
        const values = spec.layer[0]!.data.values;
        expect(values.at(-1)!.x1).toBeCloseTo(1, 9);
        expect(values[0]!.share).toBeCloseTo(nva / (va + nnva + nva), 12);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
