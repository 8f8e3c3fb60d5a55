import { handoffPca, type Observation, type Process, rolledPca } from "@flodes/core";
import { describe, expect, it } from "vitest";

/** One observation per step, one minute apart, in the given order. */
function flow(id: string, steps: string[]): Observation[] {
  return steps.map((step, i) => ({ flow: id, step, startMs: i * 60_000, endMs: i * 60_000 + 30_000 }));
}

const PROCESS: Process = {
  id: "p",
  name: "Process",
  steps: [
    { id: "A", name: "Steg A", category: "NNVA" },
    { id: "B", name: "Steg B", category: "VA", pctCompleteAccurate: 0.9 },
    { id: "C", name: "Steg C", category: "VA", pctCompleteAccurate: 0.8 },
    { id: "D", name: "Steg D", category: "VA", pctCompleteAccurate: 0.5 },
  ],
};

const OBS = [
  ...flow("F1", ["A", "B", "C", "D"]), // nothing sent back
  ...flow("F2", ["A", "B", "A", "B", "C", "D"]), // B sends back to A: A→B sent back
  ...flow("F3", ["a", "Steg B", "C", "B", "C", "D"]), // C sends back to B: B→C sent back (names/case match the model)
  ...flow("F4", ["A", "B", "C"]),
  ...flow("F5", ["A", "C", "B", "D"]), // C is earlier reached but sends back to B: A→C sent back
];

describe("handoffPca", () => {
  it("counts a handoff as sent back when the receiving step's next move goes to an earlier step", () => {
    const byPair = new Map(handoffPca(OBS, { model: PROCESS }).map((h) => [`${h.from}→${h.to}`, h]));
    // A→B: F1–F4 = 4 flows, F2 sent back → 3/4. B→C: F1–F4, F3 sent back → 3/4. C→D: F1–F3 → 1.
    expect(byPair.get("A→B")).toEqual({ process: "p", from: "A", to: "B", flows: 4, sentBack: 1, pctCompleteAccurate: 0.75 });
    expect(byPair.get("B→C")).toEqual({ process: "p", from: "B", to: "C", flows: 4, sentBack: 1, pctCompleteAccurate: 0.75 });
    expect(byPair.get("C→D")?.pctCompleteAccurate).toBe(1);
    // B→A (F2) is not sent back: after A comes B, later in the order. C→B (F3) neither: after B comes C.
    expect(byPair.get("B→A")?.sentBack).toBe(0);
    expect(byPair.get("C→B")?.sentBack).toBe(0);
    expect(byPair.get("A→C")).toEqual({ process: "p", from: "A", to: "C", flows: 1, sentBack: 1, pctCompleteAccurate: 0 });
  });

  it("blames only the receiving step: in A B C A the handoff B→C is sent back, A→B is not", () => {
    const byPair = new Map(handoffPca(flow("F", ["A", "B", "C", "A"])).map((h) => [`${h.from}→${h.to}`, h.sentBack]));
    expect(Object.fromEntries(byPair)).toEqual({ "A→B": 0, "B→C": 1, "C→A": 0 });
  });

  it("merges consecutive observations of one step and uses first-visit order without a model", () => {
    // Visits A, B, A (the two A's in a row are one visit): B sends back to A.
    expect(handoffPca(flow("F", ["A", "A", "B", "A"]))).toEqual([
      { process: null, from: "A", to: "B", flows: 1, sentBack: 1, pctCompleteAccurate: 0 },
      { process: null, from: "B", to: "A", flows: 1, sentBack: 0, pctCompleteAccurate: 1 },
    ]);
  });
});

describe("handoffPca with detour and correction steps", () => {
  const model: Process = {
    id: "q",
    name: "Q",
    steps: [
      { id: "A", name: "Remiss", category: "NNVA" },
      { id: "B", name: "Bedömning", category: "VA", pctCompleteAccurate: 0.8 },
      { id: "K", name: "Komplettering", category: "NVA", wasteType: "defects" },
      { id: "L", name: "Leta provsvar", category: "NVA", wasteType: "motion" },
      { id: "C", name: "Beslut", category: "VA" },
    ],
  };
  const obs = [
    ...flow("F1", ["A", "B", "C"]),
    ...flow("F2", ["A", "B", "K", "C"]), // B finds the referral incomplete → komplettering: A→B sent back
    ...flow("F3", ["A", "B", "L", "C"]), // leta provsvar is waste but no correction: nothing sent back
  ];

  it("skips NVA detours between main steps and counts a correction step as a send-back", () => {
    // A→B: 3 flows, F2 sent back → 2/3. B→C: 3 flows (K and L skipped), none sent back → 1.
    expect(handoffPca(obs, { model })).toEqual([
      { process: "q", from: "A", to: "B", flows: 3, sentBack: 1, pctCompleteAccurate: 2 / 3 },
      { process: "q", from: "B", to: "C", flows: 3, sentBack: 0, pctCompleteAccurate: 1 },
    ]);
  });

  it("rolls up along the main steps only", () => {
    const r = rolledPca(obs, model);
    expect(r.rows.filter((x) => x.source === "data").map((x) => [x.from, x.to, x.pct])).toEqual([
      ["A", "B", 2 / 3],
      ["B", "C", 1],
    ]);
    // data 2/3 × 1; estimate only for B (0.8), C has none → 0.8 with 1 missing.
    expect(r.rolled).toEqual([
      { source: "data", pct: 2 / 3, handoffs: 2, missing: 0 },
      { source: "estimate", pct: 0.8, handoffs: 1, missing: 1 },
    ]);
  });
});

describe("rolledPca", () => {
  it("shows data and estimates side by side and rolls each up as a product along the step order", () => {
    const r = rolledPca(OBS, PROCESS);
    expect(r.rows).toEqual([
      { from: "A", to: "B", source: "data", pct: 0.75, flows: 4 },
      { from: "A", to: "B", source: "estimate", pct: 0.9, flows: null },
      { from: "B", to: "C", source: "data", pct: 0.75, flows: 4 },
      { from: "B", to: "C", source: "estimate", pct: 0.8, flows: null },
      { from: "C", to: "D", source: "data", pct: 1, flows: 3 },
      { from: "C", to: "D", source: "estimate", pct: 0.5, flows: null },
    ]);
    // data 0.75 × 0.75 × 1 = 0.5625; estimate 0.9 × 0.8 × 0.5 = 0.36.
    expect(r.rolled[0]).toEqual({ source: "data", pct: 0.5625, handoffs: 3, missing: 0 });
    expect(r.rolled[1]!.source).toBe("estimate");
    expect(r.rolled[1]!.pct).toBeCloseTo(0.36, 12);
  });

  it("leaves handoffs without a value out of the product and counts them as missing", () => {
    const r = rolledPca(flow("F", ["A", "B"]), { ...PROCESS, steps: PROCESS.steps.map(({ pctCompleteAccurate: _, ...s }) => s) });
    expect(r.rolled).toEqual([
      { source: "data", pct: 1, handoffs: 1, missing: 2 },
      { source: "estimate", pct: null, handoffs: 0, missing: 3 },
    ]);
  });
});
