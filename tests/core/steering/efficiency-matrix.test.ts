import {
  availableHours,
  efficiencyMatrix,
  eventLogFromObservations,
  type Observation,
  quadrantOf,
  resourceEfficiency,
  type StaffingRow,
  workdaysInMonth,
} from "@flodes/core";
import { describe, expect, it } from "vitest";

// Local wall-clock time in Stockholm (CET in February and March 2025 before the 30 March DST change).
const t = (day: string, hm: string) => Date.parse(`2025-${day}T${hm}:00+01:00`);
const o = (
  flow: string,
  unit: string,
  role: string,
  step: string,
  category: "VA" | "NNVA" | "NVA",
  day: string,
  from: string,
  to: string,
  endDay = day,
): Observation => ({
  flow,
  unit,
  role,
  step,
  category,
  startMs: t(day, from),
  endMs: t(endDay, to),
});

// Unit A: two flows ending in March.
// A1: Läkare VA 3/3 08–12 (4 h), Sjuksköterska NNVA 3/3 16–20 (4 h) → lead 12 h, VA 4 h.
// A2: Sjuksköterska VA 10/3 08–14 (6 h), Läkare NVA 11/3 08–10 (2 h) → lead 26 h, VA 6 h.
// Unit B: one flow. B1: Läkare VA 5/3 09–10, Undersköterska NNVA 5/3 10–12 (unstaffed), Läkare VA 25/3 09–10
// → lead 20 days + 1 h = 481 h, VA 2 h.
const log = eventLogFromObservations([
  o("A1", "A", "Läkare", "Bedömning", "VA", "03-03", "08:00", "12:00"),
  o("A1", "A", "Sjuksköterska", "Dokumentation", "NNVA", "03-03", "16:00", "20:00"),
  o("A2", "A", "Sjuksköterska", "Behandling", "VA", "03-10", "08:00", "14:00"),
  o("A2", "A", "Läkare", "Leta svar", "NVA", "03-11", "08:00", "10:00"),
  o("B1", "B", "Läkare", "Besök", "VA", "03-05", "09:00", "10:00"),
  o("B1", "B", "Undersköterska", "Förberedelse", "NNVA", "03-05", "10:00", "12:00"),
  o("B1", "B", "Läkare", "Besök 2", "VA", "03-25", "09:00", "10:00"),
]);

// March 2025 has 21 working days (no holidays); a full day is 40 h ÷ 5 = 8 h.
const staffing: StaffingRow[] = [
  // 1 × 50 % × 10 % in the flows × 8 h × 21 = 8,4 h
  { unit: "A", role: "Läkare", staff: 1, employmentRate: 0.5, hoursPerWeek: 40, shareInFlows: 0.1 },
  // 2 × 75 % × 5 % × 8 h × 21 = 12,6 h
  { unit: "A", role: "Sjuksköterska", staff: 2, employmentRate: 0.75, hoursPerWeek: 40, shareInFlows: 0.05 },
  // from March only: 1 × 100 % × 2,5 % × 8 h × 21 = 4,2 h
  { unit: "B", role: "Läkare", staff: 1, employmentRate: 1, hoursPerWeek: 40, shareInFlows: 0.025, fromMonth: "2025-03" },
];

describe("workdaysInMonth and availableHours", () => {
  it("counts weekdays that are neither public holidays nor closed eves", () => {
    expect(workdaysInMonth("2025-03")).toBe(21);
    // April 2025: 22 weekdays less långfredagen (18th) and annandag påsk (21st).
    expect(workdaysInMonth("2025-04")).toBe(20);
    // December 2025: 23 weekdays less julafton, juldagen, annandag jul and nyårsafton.
    expect(workdaysInMonth("2025-12")).toBe(19);
  });

  it("adds every row that applies in the month and none outside its months", () => {
    expect(availableHours(staffing, "A", "Läkare", "2025-03")).toBeCloseTo(8.4, 12);
    expect(availableHours(staffing, " a ", "SJUKSKÖTERSKA", "2025-03")).toBeCloseTo(12.6, 12);
    expect(availableHours(staffing, "B", "Läkare", "2025-02")).toBeNull();
    const twice = [...staffing, { ...staffing[0]!, staff: 2 }];
    expect(availableHours(twice, "A", "Läkare", "2025-03")).toBeCloseTo(8.4 * 3, 12);
    expect(availableHours(staffing, "A", "Läkare", "2025-03", { availableShare: 0.5 })).toBeCloseTo(4.2, 12);
  });
});

describe("resourceEfficiency", () => {
  it("divides each role's touch time by its available time", () => {
    const { roles, issues } = resourceEfficiency(log, staffing, { fromMonth: "2025-03", toMonth: "2025-03" });
    const get = (unit: string, role: string) => roles.find((r) => r.unit === unit && r.role === role)!;
    // A: Läkare 4 + 2 = 6 h of 8,4 h; Sjuksköterska 4 + 6 = 10 h of 12,6 h.
    expect(get("A", "Läkare").touchHours).toBe(6);
    expect(get("A", "Läkare").resourceEfficiency).toBeCloseTo(6 / 8.4, 12);
    expect(get("A", "Sjuksköterska").resourceEfficiency).toBeCloseTo(10 / 12.6, 12);
    // B: Läkare 1 + 1 = 2 h of 4,2 h; Undersköterska 2 h without staffing.
    expect(get("B", "Läkare").resourceEfficiency).toBeCloseTo(2 / 4.2, 12);
    expect(get("B", "Undersköterska")).toMatchObject({ touchHours: 2, availableHours: null, resourceEfficiency: null });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "UNKNOWN_REFERENCE", severity: "warning", value: "Undersköterska" });
    expect(issues[0]!.message).toContain("Undersköterska");
  });

  it("splits work that crosses a month boundary at local midnight", () => {
    const cross = eventLogFromObservations([
      { flow: "X", unit: "A", role: "Läkare", step: "Jour", category: "NNVA", startMs: t("02-28", "22:00"), endMs: t("03-01", "02:00") },
    ]);
    const { roles } = resourceEfficiency(cross, staffing, { fromMonth: "2025-02", toMonth: "2025-03" });
    expect(roles.filter((r) => r.unit === "A" && r.role === "Läkare").map((r) => [r.month, r.touchHours])).toEqual([
      ["2025-02", 2],
      ["2025-03", 2],
    ]);
  });
});

describe("efficiencyMatrix", () => {
  const m = efficiencyMatrix(log, staffing, { fromMonth: "2025-02", toMonth: "2025-03" });
  const point = (unit: string, month: string) => m.points.find((p) => p.unit === unit && p.period === month)!;

  it("places each unit at (flow efficiency, resource efficiency) for the month", () => {
    // A: flow efficiency (4 + 6) ÷ (12 + 26) = 10/38; resource efficiency (6 + 10) ÷ (8,4 + 12,6) = 16/21.
    const a = point("A", "2025-03");
    expect(a.flows).toBe(2);
    expect(a.flowEfficiency).toBeCloseTo(10 / 38, 12);
    expect(a.resourceEfficiency).toBeCloseTo(16 / 21, 12);
    expect(a.quadrant).toBe("effektiva öar");
    // B: 2 ÷ 481 and 2 ÷ 4,2; the unstaffed Undersköterska hours are shown apart, not in the ratio.
    const b = point("B", "2025-03");
    expect(b.flowEfficiency).toBeCloseTo(2 / 481, 12);
    expect(b.resourceEfficiency).toBeCloseTo(2 / 4.2, 12);
    expect(b.unstaffedTouchHours).toBe(2);
    expect(b.quadrant).toBe("ödemark");
  });

  it("keeps a staffed month without work at resource efficiency 0 and no quadrant", () => {
    // A is staffed in February but does no work and no flow ends there.
    const a = point("A", "2025-02");
    expect(a).toMatchObject({ flows: 0, flowEfficiency: null, touchHours: 0, resourceEfficiency: 0, quadrant: null });
    // February 2025: 20 working days → (1 × 0,5 × 0,1 + 2 × 0,75 × 0,05) × 8 × 20 = 20 h.
    expect(a.availableHours).toBeCloseTo(20, 12);
    expect(m.points.some((p) => p.unit === "B" && p.period === "2025-02")).toBe(false);
  });

  it("gives each unit's path from its first to its last complete month", () => {
    expect(m.paths.map((p) => [p.unit, p.first.period, p.last.period, p.flowChange, p.resourceChange])).toEqual([
      ["A", "2025-03", "2025-03", 0, 0],
      ["B", "2025-03", "2025-03", 0, 0],
    ]);
  });

  it("names the quadrants as Modig & Åhlström do", () => {
    expect(quadrantOf(0.1, 0.9)).toBe("effektiva öar");
    expect(quadrantOf(0.9, 0.9)).toBe("perfekt tillstånd");
    expect(quadrantOf(0.9, 0.1)).toBe("effektivt hav");
    expect(quadrantOf(0.1, 0.1)).toBe("ödemark");
    expect(quadrantOf(0.02, 0.6, { flow: 0.01, resource: 0.7 })).toBe("effektivt hav");
  });
});

describe("efficiencyMatrix by quarter", () => {
  it("adds the months of a quarter up before dividing", () => {
    const q = efficiencyMatrix(log, staffing, { fromMonth: "2025-02", toMonth: "2025-03", grain: "quarter" });
    expect(q.periods).toEqual(["2025-K1"]);
    const a = q.points.find((p) => p.unit === "A")!;
    // February 0 h of 20 h, March 16 h of 21 h → 16 ÷ 41; flow efficiency as in March (no flow ended in February).
    expect(a).toMatchObject({ period: "2025-K1", flows: 2, touchHours: 16 });
    expect(a.availableHours).toBeCloseTo(41, 12);
    expect(a.resourceEfficiency).toBeCloseTo(16 / 41, 12);
    expect(a.flowEfficiency).toBeCloseTo(10 / 38, 12);
  });
});
