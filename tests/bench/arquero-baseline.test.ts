import { analyze, type ColumnarLog } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { arqueroMetrics } from "../../bench/arquero-baseline.js";
import { generateLog } from "../../bench/generate-log.js";

const M = 60_000;
// Three flows by hand (minutes): category 0 VA, 1 NNVA, 2 NVA.
// F0: VA [0,10], NNVA [5,20], NVA [30,40] → lead 40, VA 10, NNVA 10, NVA work 10, wait 10.
// F1: NNVA [0,5], VA [10,15] → lead 15, VA 5, NNVA 5, wait 5.
// F2: one instant at 7 → lead 0.
const small: ColumnarLog = {
  length: 6,
  flow: Int32Array.from([0, 1, 0, 0, 1, 2]),
  step: Int32Array.from([0, 0, 1, 2, 1, 0]),
  start: Float64Array.from([0, 0, 5, 30, 10, 7].map((x) => x * M)),
  end: Float64Array.from([10, 5, 20, 40, 15, 7].map((x) => x * M)),
  category: Int8Array.from([0, 1, 1, 2, 0, 1]),
  flowIds: ["F0", "F1", "F2"],
  stepIds: ["A", "B", "C"],
};

describe("idiomatic arquero baseline of the benchmark", () => {
  it("computes the hand-computed per-flow metrics", () => {
    const rows = arqueroMetrics(small).flows.orderby("flow").objects() as Record<string, number>[];
    expect(rows.map((r) => [r.leadTimeMs / M, r.vaMs / M, r.nnvaMs / M, r.nvaWorkMs / M, r.waitMs / M])).toEqual([
      [40, 10, 10, 10, 10],
      [15, 5, 5, 0, 5],
      [0, 0, 0, 0, 0],
    ]);
  });

  it("agrees with the flodes kernel on a generated log with rework, parallel steps and interleaved flows", () => {
    const log = generateLog(5_000, 7);
    const kernel = analyze(log).flows;
    const byId = new Map(kernel.map((f) => [f.flow, f]));
    const rows = arqueroMetrics(log).flows.objects() as {
      flow: number;
      leadTimeMs: number;
      vaMs: number;
      nnvaMs: number;
      waitMs: number;
    }[];
    expect(rows.length).toBe(kernel.length);
    for (const r of rows) {
      const k = byId.get(log.flowIds[r.flow])!;
      expect(r.leadTimeMs).toBeCloseTo(k.leadTimeMs, 3);
      expect(r.vaMs).toBeCloseTo(k.vaMs, 3);
      expect(r.nnvaMs).toBeCloseTo(k.nnvaMs, 3);
      expect(r.waitMs).toBeCloseTo(k.waitMs, 3);
    }
  });
});
