// A small hand-made log for the queue tests (synthetic). January 2025 is winter time: Stockholm = UTC + 1 h.
import { type EventLog, eventLogFromObservations, type Observation, type Process } from "@flodes/core";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** "2025-01-06 09:00" Stockholm winter time → UTC ms, by hand (no zone library). */
export const t = (s: string): number => Date.parse(`${s.replace(" ", "T")}:00+01:00`);

export const MODEL: Process = {
  id: "P",
  name: "Remiss till åtgärd",
  steps: [
    { id: "A", name: "Remiss", category: "NNVA" },
    { id: "B", name: "Besök", category: "VA" },
    { id: "C", name: "Åtgärd", category: "VA", end: true },
  ],
};

const o = (flow: string, step: string, from: string, to: string, unit: string): Observation => ({
  flow,
  step,
  startMs: t(from),
  endMs: t(to),
  unit,
  process: "P",
});

/**
 * F1 A→B→C closed 01-10 11:30 · F2 A→B open · F3 A→C (skips B) closed 01-09 14:30 · F4 A open ·
 * F5 A→B, its C on 01-20 comes after the as-of date 2025-01-14 · F6, F7 A on Sunday evening 01-12 (unit U2 with F5).
 */
export const OBSERVATIONS: Observation[] = [
  o("F1", "A", "2025-01-06 09:00", "2025-01-06 09:10", "U1"),
  o("F1", "B", "2025-01-08 10:00", "2025-01-08 10:30", "U1"),
  o("F1", "C", "2025-01-10 11:00", "2025-01-10 11:30", "U1"),
  o("F2", "A", "2025-01-06 13:00", "2025-01-06 13:05", "U1"),
  o("F2", "B", "2025-01-09 09:00", "2025-01-09 09:20", "U1"),
  o("F3", "A", "2025-01-07 08:00", "2025-01-07 08:05", "U1"),
  o("F3", "C", "2025-01-09 14:00", "2025-01-09 14:30", "U1"),
  o("F4", "A", "2025-01-08 10:00", "2025-01-08 10:05", "U1"),
  o("F5", "A", "2025-01-13 09:00", "2025-01-13 09:05", "U2"),
  o("F5", "B", "2025-01-14 09:00", "2025-01-14 09:30", "U2"),
  o("F5", "C", "2025-01-20 09:00", "2025-01-20 09:30", "U2"),
  o("F6", "A", "2025-01-12 19:00", "2025-01-12 19:05", "U2"),
  o("F7", "A", "2025-01-12 18:30", "2025-01-12 18:35", "U2"),
];

export function smallLog(): EventLog {
  return eventLogFromObservations(OBSERVATIONS, { model: MODEL });
}

/** End of 2025-01-14 in Stockholm: the as-of instant of the tests. */
export const AS_OF = t("2025-01-15 00:00") - 1;
