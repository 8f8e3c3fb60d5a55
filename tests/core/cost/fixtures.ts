// Synthetic flows for the cost and waste tests (no real data). Times are local Europe/Stockholm wall clock.
import type { Observation, Process } from "@flodes/core";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const at = (iso: string) => Date.parse(iso);

export const PROCESS: Process = {
  id: "remiss",
  name: "Remiss till besked",
  unit: "U-default",
  waitingCostPerHourSek: 120,
  steps: [
    { id: "Remiss", name: "Remiss inkommer", category: "NNVA", role: "Sekreterare", hourlyCostSek: 420 },
    { id: "Bedömning", name: "Bedömning", category: "VA", role: "Läkare", hourlyCostSek: 1200 },
    {
      id: "Extra kontroll",
      name: "Extra kontroll",
      category: "NVA",
      wasteType: "overprocessing",
      role: "Sjuksköterska",
      hourlyCostSek: 600,
    },
    { id: "Transport", name: "Transport", category: "NVA", wasteType: "transport", role: "Undersköterska" },
  ],
};

export const ROLE_COST = { Undersköterska: 480, läkare: 1500 };

const o = (flow: string, step: string, from: string, to: string, extra: Partial<Observation> = {}): Observation => ({
  flow,
  step,
  startMs: at(from),
  endMs: at(to),
  ...extra,
});

/**
 * F1 (U1, Monday 2025-03-10, CET):
 *   Remiss 08:00–08:06 NNVA 6 min × 420 = 42 kr · Bedömning 09:00–09:30 VA (wait 54 min before)
 *   Extra kontroll 10:00–10:30 NVA overprocessing 30 min × 600 = 300 kr (wait 30 min before)
 *   Transport 10:30–10:45 NVA transport, Undersköterska from the role table 15 min × 480 = 120 kr
 *   waits 84 min × 120 kr/h = 168 kr → waste 300 + 120 + 168 = 588 kr
 * F2 (U2, Wednesday 2025-04-02, CEST):
 *   Remiss 08:00–08:10 NNVA 10 min × 420 = 70 kr
 *   Extra kontroll 08:10–08:40 NVA by a Läkare (table 1500 kr/h wins over the step's 600) = 750 kr, slöseri "Omarbete" → defects
 *   Bedömning 12:40–13:00 VA (wait 4 h before × 120 = 480 kr) → waste 750 + 480 = 1230 kr
 */
export const OBS: Observation[] = [
  o("F1", "Remiss", "2025-03-10T08:00:00+01:00", "2025-03-10T08:06:00+01:00", { unit: "U1" }),
  o("F1", "Bedömning", "2025-03-10T09:00:00+01:00", "2025-03-10T09:30:00+01:00", { unit: "U1" }),
  o("F1", "Transport", "2025-03-10T10:30:00+01:00", "2025-03-10T10:45:00+01:00", { unit: "U1" }),
  o("F1", "extra kontroll", "2025-03-10T10:00:00+01:00", "2025-03-10T10:30:00+01:00", { unit: "U1" }),
  o("F2", "Remiss", "2025-04-02T08:00:00+02:00", "2025-04-02T08:10:00+02:00", { unit: "U2" }),
  o("F2", "Extra kontroll", "2025-04-02T08:10:00+02:00", "2025-04-02T08:40:00+02:00", {
    unit: "U2",
    role: "Läkare",
    attrs: { slöseri: "Omarbete" },
  }),
  o("F2", "Bedömning", "2025-04-02T12:40:00+02:00", "2025-04-02T13:00:00+02:00", { unit: "U2" }),
];
