import { type Process, whatIf } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { D1, flow, L1, lab, MIN, vc } from "../deps/fixtures.js";

const p: Process = {
  id: "p",
  name: "P",
  steps: [
    { id: "A", name: "A", category: "VA" },
    { id: "B", name: "B", category: "VA" },
    { id: "C", name: "C", category: "NNVA" },
  ],
};
// A [0,10] VA, wait 30, B [40,60] VA, wait 40, C [100,110]: lead 110, va 30.
const V = flow("V1", "p", null, [
  ["A", 0, 10],
  ["B", 40, 60],
  ["C", 100, 110],
]);

describe("whatIf", () => {
  it("halving the wait before a step moves everything after it", () => {
    const r = whatIf([V], [p], [{ kind: "wait", to: "B", factor: 0.5 }]);
    // B starts 15 after A: [25, 45]; C keeps its 40 after B: [85, 95] → lead 95.
    expect(r.flows[0].before).toEqual({ leadTimeMs: 110 * MIN, vaMs: 30 * MIN, flowEfficiency: 30 / 110 });
    expect(r.flows[0].after.leadTimeMs).toBe(95 * MIN);
    expect(r.flows[0].after.flowEfficiency).toBeCloseTo(30 / 95, 12);
  });

  it("only touches waits from the named source step", () => {
    const r = whatIf([V], [p], [{ kind: "wait", to: "B", from: "C", factor: 0 }]);
    expect(r.flows[0].after.leadTimeMs).toBe(110 * MIN);
  });

  it("removing a step removes its time and its value", () => {
    const r = whatIf([V], [p], [{ kind: "step", step: "B", factor: 0 }]);
    // B [40,40]; C [80,90] → lead 90, va 10.
    expect(r.flows[0].after).toEqual({ leadTimeMs: 90 * MIN, vaMs: 10 * MIN, flowEfficiency: 10 / 90 });
  });

  it("a faster upstream answer shortens the inherited part of a downstream wait", () => {
    const r = whatIf([L1, D1], [lab, vc], [{ kind: "upstream", process: "lab", factor: 0.5 }]);
    const d = r.flows.find((f) => f.flow === "D1")!;
    // L1 shrinks to end at 62.5. D1's Beslut waited [20,150), released 25 after L1's end (125);
    // own wait 25 → start = max(20 + 25, 62.5 + 25) = 87.5 → end 97.5.
    expect(d.before.leadTimeMs).toBe(160 * MIN);
    expect(d.after.leadTimeMs).toBe(97.5 * MIN);
    expect(r.flows.find((f) => f.flow === "L1")!.after.leadTimeMs).toBe(62.5 * MIN);
    expect(r.assumption).toMatch(/Antagande/);
    expect(r.assumptionEn).toMatch(/Assumption/);
  });

  it("a downstream wait never shrinks below its own part", () => {
    const r = whatIf([L1, D1], [lab, vc], [{ kind: "upstream", process: "lab", factor: 0 }]);
    // Upstream vanishes (release at 0): start = max(20 + 25, 0 + 25) = 45 → lead 55.
    expect(r.flows.find((f) => f.flow === "D1")!.after.leadTimeMs).toBe(55 * MIN);
  });

  it("summarises per process with medians and aggregate efficiency", () => {
    const W = flow("W1", "p", null, [
      ["A", 0, 10],
      ["B", 20, 30],
    ]); // lead 30, va 20; unaffected by B-wait halving? wait 10 → 5
    const r = whatIf([V, W], [p], [{ kind: "wait", to: "B", factor: 0.5 }]);
    const s = r.processes[0];
    // before leads 110, 30 → median 70; after 95, 25 → median 60. Aggregate va/lead: (30 + 20) / 140 → 50 / 120.
    expect(s.leadTimeMedianMs).toEqual({ before: 70 * MIN, after: 60 * MIN });
    expect(s.flowEfficiency.before).toBeCloseTo(50 / 140, 12);
    expect(s.flowEfficiency.after).toBeCloseTo(50 / 120, 12);
  });
});
