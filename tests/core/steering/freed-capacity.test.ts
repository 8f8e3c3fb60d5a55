import {
  bootstrapMeanDifference,
  DEFAULT_HOURS_PER_FTE,
  eventLogFromObservations,
  freedCapacity,
  type Improvement,
  type Observation,
  type Process,
} from "@flodes/core";
import { describe, expect, it } from "vitest";

const DAY = 86_400_000;
const MONTH = (365.25 / 12) * DAY;
const model: Process = {
  id: "p",
  name: "Remissflöde",
  unit: "U",
  steps: [
    { id: "Bedömning", name: "Bedömning", category: "VA", role: "Läkare", hourlyCostSek: 1200 },
    { id: "Leta provsvar", name: "Leta provsvar", category: "NVA", role: "Sjuksköterska", hourlyCostSek: 9999 },
    { id: "Besked", name: "Besked", category: "VA", role: "Sjuksköterska" },
  ],
};

/**
 * One flow starting on `day` (2025, CET): Bedömning 08:00–08:10, then optional NVA work "Leta provsvar" by the nurse
 * (`nvaMin` minutes) and an optional repeated Bedömning by the physician (`reworkMin` minutes, rework but not NVA),
 * then Besked. Only the NVA work and the repeat are waste staff time.
 */
function flow(id: string, day: string, nvaMin: number, reworkMin: number): Observation[] {
  const at = (h: number, m = 0) => Date.parse(`2025-${day}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00+01:00`);
  const obs: Observation[] = [{ flow: id, process: "p", unit: "U", step: "Bedömning", startMs: at(8), endMs: at(8, 10) }];
  if (nvaMin > 0) obs.push({ flow: id, process: "p", unit: "U", step: "Leta provsvar", startMs: at(9), endMs: at(9) + nvaMin * 60_000 });
  if (reworkMin > 0)
    obs.push({ flow: id, process: "p", unit: "U", step: "Bedömning", startMs: at(11), endMs: at(11) + reworkMin * 60_000 });
  obs.push({ flow: id, process: "p", unit: "U", step: "Besked", startMs: at(14), endMs: at(14, 5) });
  return obs;
}

// Before (January): nurse NVA minutes 30, 0, 60, 30, 0 (mean 24); physician rework 0, 20, 0, 0, 10 (mean 6).
// After (February): nurse NVA 0, 0, 10, 0, 0 (mean 2); physician rework 0, 0, 0, 5, 0 (mean 1).
const nurseBefore = [30, 0, 60, 30, 0];
const docBefore = [0, 20, 0, 0, 10];
const nurseAfter = [0, 0, 10, 0, 0];
const docAfter = [0, 0, 0, 5, 0];
const observations = [
  ...nurseBefore.flatMap((n, i) => flow(`B${i}`, `01-${String(13 + i).padStart(2, "0")}`, n, docBefore[i]!)),
  ...nurseAfter.flatMap((n, i) => flow(`A${i}`, `02-${String(10 + i).padStart(2, "0")}`, n, docAfter[i]!)),
];
const log = eventLogFromObservations(observations, { model });
const improvement: Improvement = { id: "F1", unit: "U", process: "p", title: "Gemensam inkorg", status: "klar", from: "2025-02-01" };
// The after window is February: 28 days (no DST change), 5 flows.
const window = { before: { fromMs: Date.parse("2025-01-01T00:00:00+01:00") }, after: { toMs: Date.parse("2025-03-01T00:00:00+01:00") } };
const flowsPerMonth = 5 / ((28 * DAY) / MONTH);
// The nurse's cost comes from the staffing file (600 kr/h, wins over the step's 9 999); the physician's from the model (1 200).
const staffing = [{ unit: "U", role: "Sjuksköterska", staff: 3, employmentRate: 1, hoursPerWeek: 40, shareInFlows: 1, hourlyCostSek: 600 }];

describe("freedCapacity", () => {
  const r = freedCapacity(log, improvement, {
    ...window,
    staffing,
    context: [{ unit: "U", kind: "budgetavvikelse", period: "2025", amountSek: -1_000_000 }],
  });
  if (!r.ok) throw new Error(r.message);

  it("computes freed hours per month, årsarbetare and kronor per role by hand", () => {
    expect(r.flows).toEqual({ before: 5, after: 5 });
    expect(r.flowsPerMonth).toBeCloseTo(flowsPerMonth, 12);
    const nurse = r.roles.find((x) => x.role === "Sjuksköterska")!;
    const doc = r.roles.find((x) => x.role === "Läkare")!;
    // Nurse: 24 − 2 = 22 min per flow; physician: 6 − 1 = 5 min per flow.
    expect(nurse.minutesPerFlow).toEqual({ before: 24, after: 2 });
    expect(nurse.hoursPerMonth.estimate).toBeCloseTo((22 / 60) * flowsPerMonth, 10);
    expect(nurse.nvaWorkHoursPerMonth).toBeCloseTo((22 / 60) * flowsPerMonth, 10);
    expect(nurse.reworkHoursPerMonth).toBe(0);
    expect(doc.hoursPerMonth.estimate).toBeCloseTo((5 / 60) * flowsPerMonth, 10);
    expect(doc.reworkHoursPerMonth).toBeCloseTo((5 / 60) * flowsPerMonth, 10);
    expect(nurse.hourlyCostSek).toBe(600);
    expect(doc.hourlyCostSek).toBe(1200);
    // 22 min × 600 kr/h = 220 kr and 5 min × 1 200 kr/h = 100 kr per flow.
    expect(nurse.sekPerMonth!.estimate).toBeCloseTo(220 * flowsPerMonth, 8);
    expect(doc.sekPerMonth!.estimate).toBeCloseTo(100 * flowsPerMonth, 8);
    // Total: 27 min per flow; årsarbetare = h/month × 12 ÷ 1 700; 320 kr per flow.
    expect(r.total.hoursPerMonth.estimate).toBeCloseTo((27 / 60) * flowsPerMonth, 10);
    expect(r.total.fte.estimate).toBeCloseTo(((27 / 60) * flowsPerMonth * 12) / DEFAULT_HOURS_PER_FTE, 12);
    expect(r.total.sekPerMonth!.estimate).toBeCloseTo(320 * flowsPerMonth, 8);
    expect(r.total.sekPerYear!.estimate).toBeCloseTo(320 * flowsPerMonth * 12, 8);
    expect(r.uncostedHoursPerMonth).toBe(0);
  });

  it("gives each figure the bootstrap interval of the per-flow difference, scaled the same way", () => {
    // Independent path: the per-flow minutes written out by hand above, through the same bootstrap.
    const total = bootstrapMeanDifference(
      nurseBefore.map((n, i) => n + docBefore[i]!),
      nurseAfter.map((n, i) => n + docAfter[i]!),
    );
    const k = flowsPerMonth / 60;
    expect(r.total.hoursPerMonth.lower).toBeCloseTo(-total.upper * k, 10);
    expect(r.total.hoursPerMonth.upper).toBeCloseTo(-total.lower * k, 10);
    expect(r.total.fte.lower).toBeCloseTo((-total.upper * k * 12) / 1700, 12);
    const sek = bootstrapMeanDifference(
      nurseBefore.map((n, i) => n * 10 + docBefore[i]! * 20),
      nurseAfter.map((n, i) => n * 10 + docAfter[i]! * 20),
    );
    expect(r.total.sekPerMonth!.lower).toBeCloseTo(-sek.upper * flowsPerMonth, 8);
    expect(r.total.sekPerMonth!.upper).toBeCloseTo(-sek.lower * flowsPerMonth, 8);
    expect(r.total.hoursPerMonth.lower).toBeLessThanOrEqual(r.total.hoursPerMonth.estimate);
    expect(r.total.hoursPerMonth.upper).toBeGreaterThanOrEqual(r.total.hoursPerMonth.estimate);
  });

  it("collapses the interval to the point when every flow of a group has the same waste", () => {
    const flat = eventLogFromObservations(
      [0, 1, 2, 3, 4].flatMap((i) => [...flow(`B${i}`, `01-${13 + i}`, 30, 0), ...flow(`A${i}`, `02-${10 + i}`, 0, 0)]),
      { model },
    );
    const c = freedCapacity(flat, improvement, { ...window, staffing });
    if (!c.ok) throw new Error(c.message);
    // 30 min per flow freed in every resample: 0,5 h × flows per month, 300 kr per flow.
    expect(c.total.hoursPerMonth.lower).toBeCloseTo(0.5 * flowsPerMonth, 10);
    expect(c.total.hoursPerMonth.upper).toBeCloseTo(0.5 * flowsPerMonth, 10);
    expect(c.total.sekPerYear!.estimate).toBeCloseTo(300 * flowsPerMonth * 12, 8);
    expect(c.clear).toBe(true);
    expect(c.sentence).toMatch(
      /^Gemensam inkorg: 2,7 timmar per månad frigjorda \(95 % KI 2,7–2,7\), motsvarar 0,02 årsarbetare och 20 000 kr per år\.$/,
    );
  });

  it("sets the value per year against the unit's budget deviation and says freed time is not saved money", () => {
    expect(r.context).not.toBeNull();
    expect(r.context!.shareOfAmount.estimate).toBeCloseTo((320 * flowsPerMonth * 12) / 1_000_000, 10);
    expect(r.context!.sentence).toContain("budgetavvikelse 2025 (−1,0 mnkr)");
    expect(r.caveat).toContain("Frigjord tid är inte sparade pengar förrän den används");
    expect(r.caveatEn).toContain("Freed time is not saved money until it is used");
  });

  it("uses a configurable number of hours per årsarbetare", () => {
    const c = freedCapacity(log, improvement, { ...window, hoursPerFte: 1600 });
    if (!c.ok) throw new Error(c.message);
    expect(c.total.fte.estimate).toBeCloseTo(((27 / 60) * flowsPerMonth * 12) / 1600, 12);
    // Without the staffing file the nurse's cost is the model step's.
    expect(c.roles.find((x) => x.role === "Sjuksköterska")!.hourlyCostSek).toBe(9999);
  });

  it("refuses, with a reason, what it cannot compute", () => {
    expect(freedCapacity(log, { ...improvement, process: undefined })).toMatchObject({ ok: false, code: "NO_PROCESS" });
    expect(freedCapacity(log, { ...improvement, from: undefined })).toMatchObject({ ok: false, code: "NO_START_DATE" });
    expect(freedCapacity(log, { ...improvement, process: "okänd" })).toMatchObject({ ok: false, code: "UNKNOWN_PROCESS" });
    const few = freedCapacity(log, improvement, { ...window, minN: 6 });
    expect(few).toMatchObject({ ok: false, code: "TOO_FEW_FLOWS", flows: { before: 5, after: 5 } });
    expect(few.ok ? "" : few.message).toContain("För få ärenden");
  });
});
