import {
  effectVerdict,
  eventLogFromObservations,
  type Improvement,
  improvementPortfolio,
  type Observation,
  type RealisedEffect,
} from "@flodes/core";
import { describe, expect, it } from "vitest";

const DAY = 86_400_000;
const start = (d: number) => Date.parse(`2025-01-${String(d).padStart(2, "0")}T08:00:00+01:00`);
// One flow per entry: Besök (VA, 1 h) on its start day, Beslut (VA, 1 h) `leadDays` later (lead time = leadDays exactly).
function flow(id: string, startMs: number, leadDays: number): Observation[] {
  return [
    { flow: id, process: "p", unit: "U", step: "Besök", category: "VA", startMs, endMs: startMs + 3_600_000 },
    {
      flow: id,
      process: "p",
      unit: "U",
      step: "Beslut",
      category: "VA",
      startMs: startMs + leadDays * DAY - 3_600_000,
      endMs: startMs + leadDays * DAY,
    },
  ];
}
// Before 15 January: lead times 10–15 days (median 12,5). After: 7–10 days (median 8,5) → −32 %.
const before = [10, 11, 12, 13, 14, 15];
const after = [7, 8, 8, 9, 9, 10];
const log = eventLogFromObservations([
  ...before.flatMap((d, i) => flow(`B${i}`, start(2 + i), d)),
  ...after.flatMap((d, i) => flow(`A${i}`, start(16 + i), d)),
]);
const improvements: Improvement[] = [
  {
    id: "F1",
    unit: "U",
    process: "p",
    title: "Direktbokning",
    status: "klar",
    from: "2025-01-15",
    expectedEffect: { measure: "leadTime", changePct: -30 },
    goal: "E1",
    priority: "medel",
    supportNeed: "Stöd med uppföljning",
  },
  { id: "F2", unit: "U", title: "Tavelmöte", status: "idé", priority: "hög", supportNeed: "Coachning" },
  { id: "F3", unit: "V", title: "SMS-påminnelse", status: "planerad" },
];

describe("improvementPortfolio", () => {
  const p = improvementPortfolio(log, improvements, {
    goals: [
      { id: "R1", level: "regionmål", title: "God tillgänglighet" },
      { id: "E1", level: "enhetsmål", parent: "R1", title: "Ledtid −30 %" },
    ],
  });

  it("compares the realised change of the median with the expected one", () => {
    const f1 = p.items[0]!;
    expect(f1.goalPath.map((g) => g.id)).toEqual(["E1", "R1"]);
    expect(f1.realised!.measure).toBe("leadTime");
    expect(f1.realised!.comparison.ok && f1.realised!.comparison.before.median).toBe(12.5 * DAY);
    // (8,5 − 12,5) ÷ 12,5 = −32 %.
    expect(f1.realised!.changePct!.estimate).toBeCloseTo(-32, 10);
    expect(f1.verdict).toBe(effectVerdict(f1.expected, f1.realised));
    expect(f1.freed).not.toBeNull();
    // Not started: no realised effect and no freed capacity.
    expect(p.items[1]).toMatchObject({ realised: null, freed: null, verdict: "ej mätt", goalPath: [] });
  });

  it("builds the status board per unit and lists support requests by priority", () => {
    expect(p.board.map((r) => [r.unit, r.byStatus.idé, r.byStatus.planerad, r.byStatus.klar, r.supportRequests])).toEqual([
      ["U", ["F2"], [], ["F1"], 2],
      ["V", [], ["F3"], [], 0],
    ]);
    expect(p.supportRequests.map((s) => [s.improvement, s.need])).toEqual([
      ["F2", "Coachning"],
      ["F1", "Stöd med uppföljning"],
    ]);
    expect(p.counts).toEqual({ idé: 1, planerad: 1, pågår: 0, klar: 1, uppföljd: 0 });
  });
});

describe("effectVerdict", () => {
  const realised = (
    estimate: number,
    lower: number,
    upper: number,
    significant = true,
    measure: RealisedEffect["measure"] = "leadTime",
  ): RealisedEffect =>
    ({ measure, changePct: { estimate, lower, upper }, comparison: { ok: true, significant } }) as unknown as RealisedEffect;
  const expected = { measure: "leadTime" as const, changePct: -30 };
  it("judges the realised interval against the expectation", () => {
    expect(effectVerdict(expected, realised(-32, -40, -22))).toBe("som förväntat");
    expect(effectVerdict(expected, realised(-50, -60, -40))).toBe("bättre än förväntat");
    expect(effectVerdict(expected, realised(-10, -15, -5))).toBe("mindre än förväntat");
    expect(effectVerdict(expected, realised(12, 5, 20))).toBe("motsatt effekt");
    expect(effectVerdict(expected, realised(-8, -20, 3, false))).toBe("ingen säker effekt");
    expect(effectVerdict(expected, null)).toBe("ej mätt");
    // Without an expectation: an improvement is a higher flow efficiency, a shorter time.
    expect(effectVerdict(null, realised(40, 20, 60, true, "flowEfficiency"))).toBe("som förväntat");
    expect(effectVerdict(null, realised(15, 5, 30))).toBe("motsatt effekt");
  });
});
