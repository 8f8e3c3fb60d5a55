import { monthlyReport, type PlanGoal } from "@flodes/core";
import { renderReportHtml } from "@flodes/viz";
import { describe, expect, it } from "vitest";
import { goals, observations, processes, units } from "./fixture.js";

const plan: PlanGoal[] = [
  { id: "RP", level: "regionmål", title: "God tillgänglighet" },
  {
    id: "EM",
    level: "enhetsmål",
    parent: "RP",
    title: "Flödeseffektivitet 50 %",
    unit: "E1",
    measure: "flowEfficiency",
    baseline: 0.1,
    target: 0.5,
    deadline: "2026-01-01",
    reference: { label: "2025-07..2025-07", fromMonth: "2025-07", toMonth: "2025-07" },
  },
];
const steering = {
  staffing: [{ unit: "E1", role: "Sjuksköterska", staff: 1, employmentRate: 1, hoursPerWeek: 40, shareInFlows: 0.05 }],
  improvements: [
    {
      id: "F1",
      unit: "E1",
      process: "p",
      title: "Daglig inkorg",
      status: "klar" as const,
      from: "2025-10-01",
      goal: "EM",
      supportNeed: "Stöd med uppföljning",
    },
  ],
  goals: plan,
  context: [{ unit: "E1", kind: "budgetavvikelse", period: "2025", amountSek: -1_000_000 }],
};

describe("monthly report: steering sections", () => {
  const report = monthlyReport({ observations, processes, units, goals, steering }, { month: "2025-10", synthetic: true });

  it("adds the matrix, freed capacity, portfolio and goal hierarchy to the report model", () => {
    const s = report.steering!;
    // The log starts in September 2025, shorter than the three warm-up months: the matrix shows the report month,
    // in its quarter. E1: F1 ended in October, VA 1 h of 4 h; the nurse's 1 h of step B against 1 × 5 % × 8 h ×
    // 23 working days = 9,2 h (step A has no role: unstaffed).
    const e1 = s.matrix!.points.find((p) => p.unit === "E1")!;
    expect(e1).toMatchObject({ period: "2025-K4", flows: 1, touchHours: 1, unstaffedTouchHours: 1, quadrant: "ödemark" });
    expect(e1.flowEfficiency).toBeCloseTo(0.25, 12);
    expect(e1.resourceEfficiency).toBeCloseTo(1 / 9.2, 12);
    // One flow before and one after the start date: too few for a before/after result, said in words.
    expect(s.freed).toHaveLength(1);
    expect(s.freed[0]).toMatchObject({ ok: false, code: "TOO_FEW_FLOWS", flows: { before: 1, after: 1 } });
    expect(s.portfolio!.items[0]).toMatchObject({
      id: "F1",
      goalPath: ["Flödeseffektivitet 50 %", "God tillgänglighet"],
      verdict: "ej mätt",
    });
    expect(s.portfolio!.supportRequests.map((r) => r.need)).toEqual(["Stöd med uppföljning"]);
    // E1 in October: flow F1, VA 1 h of 4 h = 25 %; goal 10 % → 50 %: progress (0,25 − 0,1) ÷ 0,4 = 0,375.
    const em = s.goalTree!.find((r) => r.goal.id === "EM")!;
    expect(em.current).toBeCloseTo(0.25, 12);
    expect(em.own!.progress).toBeCloseTo(0.375, 12);
    expect(s.goalTree![0]!.rolled!.counts[em.status]).toBe(1);
  });

  it("renders a section for each, with the caveat that freed time is not saved money", async () => {
    const h = await renderReportHtml(report);
    for (const id of ["effektivitetsmatris", "frigjord-kapacitet", "portfolj", "malhierarki"]) expect(h).toContain(`<section id="${id}">`);
    expect(h).toContain("Frigjord tid är inte sparade pengar förrän den används.");
    expect(h).toContain("För få ärenden för före/efter");
    expect(h).toContain("Flödeseffektivitet 50 %");
    expect(h).toContain("God tillgänglighet → … → Flödeseffektivitet 50 %");
    expect(h).not.toMatch(/<script|https?:\/\//i);
  });

  it("leaves the sections out when no steering files are given", async () => {
    const plain = monthlyReport({ observations, processes, units, goals }, { month: "2025-10" });
    expect(plain.steering).toBeNull();
    expect(await renderReportHtml(plain)).not.toContain('id="frigjord-kapacitet"');
  });
});
