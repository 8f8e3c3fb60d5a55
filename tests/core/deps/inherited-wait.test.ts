import { groupFlows, inheritedWaits, type WorkingCalendar } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { D1, D2, D3, D4, D5, flow, L1, L2, L3, L4a, L4b, lab, MIN, m, vc } from "./fixtures.js";

const all = [L1, L2, L3, L4a, L4b, D1, D2, D3, D4, D5];

describe("inheritedWaits", () => {
  const r = inheritedWaits(all, [lab, vc]);
  const byFlow = new Map(r.flows.map((f) => [f.flow, f]));

  it("splits a partially overlapping wait into inherited and own", () => {
    // D1 waits [20, 150) = 130 min; L1 is unfinished [0, 125) → overlap [20, 125) = 105; own 25.
    expect(byFlow.get("D1")).toMatchObject({ waitMs: 130 * MIN, inheritedWaitMs: 105 * MIN, ownWaitMs: 25 * MIN, linked: true });
  });

  it("inherits nothing when the upstream flow finished before the wait began", () => {
    // D2 waits [40, 100); L2 unfinished [0, 10).
    expect(byFlow.get("D2")).toMatchObject({ waitMs: 60 * MIN, inheritedWaitMs: 0, ownWaitMs: 60 * MIN });
  });

  it("inherits all of a wait that lies inside the upstream flow", () => {
    // D3 waits [10, 70) inside L3's [0, 80).
    expect(byFlow.get("D3")).toMatchObject({ inheritedWaitMs: 60 * MIN, ownWaitMs: 0 });
  });

  it("unites several upstream flows without double counting", () => {
    // D4 waits [10, 100) = 90; L4a [0, 40) ∪ L4b [50, 90) → [10, 40) + [50, 90) = 30 + 40 = 70.
    expect(byFlow.get("D4")).toMatchObject({ inheritedWaitMs: 70 * MIN, ownWaitMs: 20 * MIN, upstreamFlows: ["L4a", "L4b"] });
  });

  it("reports a downstream flow whose link key has no upstream flow", () => {
    expect(byFlow.get("D5")).toMatchObject({ linked: false, inheritedWaitMs: 0, waitMs: 10 * MIN });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "MISSING_LINK", column: "remissnr", severity: "warning" });
    expect(r.issues[0].message).toContain("D5");
    expect(r.issues[0].messageEn).toContain("R9");
  });

  it("summarises the pair with inherited share of waste and amplification", () => {
    const [p] = r.pairs;
    // inherited 105 + 0 + 60 + 70 + 0 = 235; downstream waits 130 + 60 + 60 + 90 + 10 = 350;
    // upstream own waits L1 80 + L2 0 + L3 70 + L4a 30 + L4b 30 = 210.
    expect(p).toMatchObject({ upstreamProcess: "lab", downstreamProcess: "vc", flows: 5, linkedFlows: 4, missingLinks: 1 });
    expect(p.inheritedWaitMs).toBe(235 * MIN);
    expect(p.downstreamWaitMs).toBe(350 * MIN);
    expect(p.upstreamOwnWaitMs).toBe(210 * MIN);
    expect(p.inheritedShareOfWaste).toBeCloseTo(235 / 350, 12);
    expect(p.amplification).toBeCloseTo(235 / 210, 12);
  });

  it("uses the end of the named upstream step as the release", () => {
    const early = { ...vc, dependencies: [{ step: "Beslut", upstreamProcess: "lab", upstreamStep: "Analys", linkColumn: "remissnr" }] };
    const res = inheritedWaits([L1, D1], [lab, early]);
    // L1 releases at the end of Analys (90): overlap [20, 90) = 70.
    expect(res.flows[0].inheritedWaitMs).toBe(70 * MIN);
  });

  it("links flows explicitly when no key column is given", () => {
    const keyless = { ...vc, dependencies: [{ step: "Beslut", upstreamProcess: "lab" }] };
    const d = flow("X", "vc", null, [
      ["Besök", 0, 20],
      ["Beslut", 150, 160],
    ]);
    const res = inheritedWaits([L1, d], [lab, keyless], { links: [{ downstream: "X", upstream: "L1" }] });
    expect(res.flows[0].inheritedWaitMs).toBe(105 * MIN);
  });

  it("measures in working time with a calendar", () => {
    // A calendar where only the first 60 minutes after T0 count.
    const cal: WorkingCalendar = { workingMs: (a, b) => Math.max(0, Math.min(b, m(60)) - Math.max(a, m(0))) };
    const res = inheritedWaits([L1, D1], [lab, vc], { calendar: cal });
    // D1 wait [20, 150) → working part [20, 60) = 40; inherited [20, 125) → [20, 60) = 40.
    expect(res.flows[0]).toMatchObject({ waitMs: 40 * MIN, inheritedWaitMs: 40 * MIN, ownWaitMs: 0 });
  });

  it("counts a chain's upstream own wait without what the upstream inherited itself", () => {
    const a = { id: "a", name: "A", steps: [] };
    const b = { id: "b", name: "B", steps: [], dependencies: [{ step: "B2", upstreamProcess: "a", linkColumn: "remissnr" }] };
    const c = { id: "c", name: "C", steps: [], dependencies: [{ step: "C2", upstreamProcess: "b", linkColumn: "remissnr" }] };
    const fa = flow("A1", "a", "K", [
      ["A1", 0, 10],
      ["A2", 40, 50],
    ]); // own wait 30, unfinished [0, 50)
    const fb = flow("B1", "b", "K", [
      ["B1", 0, 10],
      ["B2", 60, 70],
    ]); // wait [10, 60) = 50, inherited [10, 50) = 40, own 10
    const fc = flow("C1", "c", "K", [
      ["C1", 0, 10],
      ["C2", 80, 90],
    ]); // wait [10, 80) = 70, inherited from B [10, 70) = 60
    const res = inheritedWaits([fa, fb, fc], [a, b, c]);
    const bc = res.pairs.find((p) => p.downstreamProcess === "c")!;
    expect(bc.upstreamOwnWaitMs).toBe(10 * MIN);
    expect(bc.amplification).toBeCloseTo(6, 12);
  });
});

describe("groupFlows", () => {
  it("groups observations by flow in order of first appearance and takes process from an attribute", () => {
    const fs = groupFlows([
      { flow: "b", step: "x", startMs: 0, endMs: 1, attrs: { Process: "lab" } },
      { flow: "a", step: "x", startMs: 0, endMs: 1, unit: "Umeå" },
      { flow: "b", step: "y", startMs: 1, endMs: 2 },
    ]);
    expect(fs.map((f) => [f.id, f.process, f.unit, f.observations.length])).toEqual([
      ["b", "lab", undefined, 2],
      ["a", undefined, "Umeå", 1],
    ]);
  });
});
