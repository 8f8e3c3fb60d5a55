import type { Goal, Observation, Process, Unit } from "@flodes/core";

// Synthetic fixture (no real data). Times in Europe/Stockholm summer time (UTC+2) until 26 Oct 2025.
const at = (s: string) => Date.parse(s);

export const units: Unit[] = [
  { id: "R", name: "Region Test", level: "region" },
  { id: "F", name: "Förvaltning Test", level: "förvaltning", parent: "R" },
  { id: "V", name: "VO Test", level: "verksamhetsområde", parent: "F" },
  { id: "E1", name: "Enhet Ett", level: "enhet", parent: "V" },
  { id: "E2", name: "Enhet Två", level: "enhet", parent: "V" },
];

export const processes: Process[] = [
  {
    id: "p",
    name: "Process P",
    unit: "E1",
    steps: [
      { id: "A", name: "A", category: "VA" },
      { id: "B", name: "B", category: "NVA", role: "Sjuksköterska", hourlyCostSek: 600 },
    ],
  },
  { id: "q", name: "Process Q", unit: "E2", steps: [{ id: "A", name: "A", category: "VA" }] },
];

export const observations: Observation[] = [
  // F1 (E1, October): A 1 h VA, wait 2 h, B 1 h NVA → lead 4 h, VA 1 h, NVA 3 h, cost 1 h × 600 = 600 kr
  { flow: "F1", process: "p", unit: "E1", step: "A", startMs: at("2025-10-06T10:00:00+02:00"), endMs: at("2025-10-06T11:00:00+02:00") },
  { flow: "F1", process: "p", unit: "E1", step: "B", startMs: at("2025-10-06T13:00:00+02:00"), endMs: at("2025-10-06T14:00:00+02:00") },
  // F2 (E2, October): A 2 h VA → lead 2 h, VA 2 h, NVA 0
  { flow: "F2", process: "q", unit: "E2", step: "A", startMs: at("2025-10-07T10:00:00+02:00"), endMs: at("2025-10-07T12:00:00+02:00") },
  // F3 (E1, September): A 1 h VA → outside the report month, inside the 6-month cost window, no cost
  { flow: "F3", process: "p", unit: "E1", step: "A", startMs: at("2025-09-10T10:00:00+02:00"), endMs: at("2025-09-10T11:00:00+02:00") },
];

export const goals: Goal[] = [
  { unit: "E1", metric: "flowEfficiency", baseline: 0.1, target: 0.5, deadline: "2026-01-01", baselineDate: "2025-07-01" },
  { unit: "Enhet Ett", metric: "costOfWasteSek", baseline: 1000, target: 0, deadline: "2026-01-01", baselineDate: "2025-07-01" },
  {
    unit: "E2",
    metric: "leadTimeMedianMs",
    baseline: 4 * 3_600_000,
    target: 2 * 3_600_000,
    deadline: "2025-09-30",
    baselineDate: "2025-01-01",
  },
  { unit: "X", metric: "nvaShare", baseline: 0.9, target: 0.5, deadline: "2026-06-30" },
];
