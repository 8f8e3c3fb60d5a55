import { inheritedWaits } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { flow, lab, MIN, vc } from "./fixtures.js";

// Upstream lab flow: sample [0, 10], answer step [100, 110] → own wait 90 (the gap), released at 110.
const up = (id: string, key: string) =>
  flow(id, "lab", key, [
    ["Provtagning", 0, 10],
    ["Svar", 100, 110],
  ]);
// Downstream flow that works while the lab finishes and takes its Beslut slot when the answer is there: it waits
// [10, 100) for the lab (= the lab's own wait), [100, 110) is its own work, and Beslut starts at the release.
const onTime = flow("D1", "vc", "R1", [
  ["Besök", 0, 10],
  ["Planering", 100, 110],
  ["Beslut", 110, 120],
]);

describe("inheritedWaits: amplification when the downstream loses its slot", () => {
  it("is exactly 1 when the downstream waits only while the upstream waits", () => {
    const r = inheritedWaits([up("L1", "R1"), onTime], [lab, vc]);
    const [p] = r.pairs;
    // inherited = |[10, 100)| = 90 = upstream own wait 90; nothing after the answer (Beslut starts at 110).
    expect(p.inheritedWaitMs).toBe(90 * MIN);
    expect(p.upstreamOwnWaitMs).toBe(90 * MIN);
    expect(p.lostSlotFlows).toBe(0);
    expect(p.lostSlotWaitMs).toBe(0);
    expect(p.amplification).toBe(1);
    expect(p.amplificationOverlapOnly).toBe(1);
    expect(r.flows[0]).toMatchObject({ afterReleaseWaitMs: 0, lostSlot: false, lostSlotWaitMs: 0, ownWaitMs: 0 });
  });

  it("is above 1 when a rebooking step shows the downstream lost its slot", () => {
    // D2 waits for the lab as D1 does, but its Beslut slot passed: a rebooking at [115, 120), then a new slot at 310.
    const lost = flow("D2", "vc", "R2", [
      ["Besök", 0, 10],
      ["Planering", 100, 110],
      ["Ombokning av beslutstid", 115, 120],
      ["Beslut", 310, 320],
    ]);
    const r = inheritedWaits([up("L1", "R1"), up("L2", "R2"), onTime, lost], [lab, vc]);
    const [p] = r.pairs;
    // Usual wait after the answer, from flows without a rebooking: D1's 0. D2 after the answer: [110, 115) + [120, 310) = 195.
    expect(p.usualAfterReleaseWaitMs).toBe(0);
    const d2 = r.flows.find((f) => f.flow === "D2")!;
    expect(d2).toMatchObject({ inheritedWaitMs: 90 * MIN, afterReleaseWaitMs: 195 * MIN, lostSlot: true, lostSlotWaitMs: 195 * MIN });
    // D2 waits 90 + 195 = 285 in all, all of it attributed to the lab: own wait 0.
    expect(d2.ownWaitMs).toBe(0);
    // (90 + 90 inherited + 195 lost slot) ÷ (90 + 90 upstream own wait) = 375 / 180.
    expect(p.lostSlotFlows).toBe(1);
    expect(p.amplification).toBeCloseTo(375 / 180, 12);
    expect(p.amplification!).toBeGreaterThan(1);
    // The overlap-only rule cannot see it: 180 / 180.
    expect(p.amplificationOverlapOnly).toBe(1);
  });

  it("counts a wait after the answer longer than twice the usual one as a lost slot, and only the excess", () => {
    // After-answer waits 10, 20 and 100 (no rebooking step): usual = median 20; 100 > 2 × 20 → lost, extra 80.
    const d = (id: string, key: string, beslut: number) =>
      flow(id, "vc", key, [
        ["Besök", 0, 10],
        ["Planering", 100, 110],
        ["Beslut", beslut, beslut + 10],
      ]);
    const r = inheritedWaits(
      [up("L1", "R1"), up("L2", "R2"), up("L3", "R3"), d("A", "R1", 120), d("B", "R2", 130), d("C", "R3", 210)],
      [lab, vc],
    );
    const [p] = r.pairs;
    expect(p.usualAfterReleaseWaitMs).toBe(20 * MIN);
    expect(r.flows.map((f) => [f.flow, f.afterReleaseWaitMs! / MIN, f.lostSlot, f.lostSlotWaitMs / MIN])).toEqual([
      ["A", 10, false, 0],
      ["B", 20, false, 0],
      ["C", 100, true, 80],
    ]);
    // (3 × 90 + 80) ÷ (3 × 90).
    expect(p.amplification).toBeCloseTo(350 / 270, 12);
  });

  it("never counts a flow that did not wait for the answer", () => {
    // The lab answered at 10, long before E was ready; its long wait to Beslut is its own queue.
    const early = flow("L9", "lab", "R9", [
      ["Provtagning", 0, 5],
      ["Svar", 5, 10],
    ]);
    const e = flow("E", "vc", "R9", [
      ["Besök", 30, 40],
      ["Beslut", 400, 410],
    ]);
    const r = inheritedWaits([early, e], [lab, vc]);
    expect(r.flows[0]).toMatchObject({ inheritedWaitMs: 0, afterReleaseWaitMs: null, lostSlot: false, ownWaitMs: 360 * MIN });
  });

  it("does not take a rebooked visit earlier in the flow for a lost slot", () => {
    // The visit was rebooked before the flow was ready for Beslut; the wait after the answer (200) is then judged
    // against the usual one, median(0, 200) = 100, and 200 is not above 2 × 100.
    const d = flow("D3", "vc", "R3", [
      ["Ombokning", 0, 5],
      ["Besök", 5, 10],
      ["Planering", 100, 110],
      ["Beslut", 310, 320],
    ]);
    const r = inheritedWaits([up("L1", "R1"), up("L3", "R3"), onTime, d], [lab, vc]);
    expect(r.pairs[0]!.usualAfterReleaseWaitMs).toBe(100 * MIN);
    expect(r.flows.find((f) => f.flow === "D3")).toMatchObject({ afterReleaseWaitMs: 200 * MIN, lostSlot: false, lostSlotWaitMs: 0 });
  });

  it("takes rebooking steps by name when given", () => {
    const lost = flow("D2", "vc", "R2", [
      ["Besök", 0, 10],
      ["Planering", 100, 110],
      ["Ny tid", 115, 120],
      ["Beslut", 310, 320],
    ]);
    const byDefault = inheritedWaits([up("L1", "R1"), up("L2", "R2"), onTime, lost], [lab, vc]);
    // Not a rebooking by the default names: usual = median(0, 195) = 97,5 and 195 is not above 2 × 97,5.
    expect(byDefault.pairs[0].lostSlotFlows).toBe(0);
    const named = inheritedWaits([up("L1", "R1"), up("L2", "R2"), onTime, lost], [lab, vc], { rebookingSteps: ["ny tid"] });
    expect(named.flows.find((f) => f.flow === "D2")).toMatchObject({ lostSlot: true, lostSlotWaitMs: 195 * MIN });
  });
});
