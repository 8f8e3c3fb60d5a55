import { analyze, createCalendar, type Observation, type Process } from "@flodes/core";
import { describe, expect, it } from "vitest";

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const MODEL: Process = {
  id: "p",
  name: "P",
  steps: [
    { id: "A", name: "A", category: "VA" },
    { id: "B", name: "B", category: "VA" },
  ],
};
// A two-step flow across a weekend: A Fri 2025-03-14 16:00–17:00, B Mon 2025-03-17 08:00–09:00 (CET).
const OBS: Observation[] = [
  { flow: "F", step: "A", startMs: at("2025-03-14T16:00:00+01:00"), endMs: at("2025-03-14T17:00:00+01:00") },
  { flow: "F", step: "B", startMs: at("2025-03-17T08:00:00+01:00"), endMs: at("2025-03-17T09:00:00+01:00") },
];

describe("analyze with a working-time calendar", () => {
  it("measures a flow across a weekend in working time, labelled basis working", () => {
    const r = analyze(OBS, { model: MODEL, calendar: createCalendar() });
    const f = r.flows[0]!;
    // The default week is 07:30–16:30: open Fri 16:00–16:30 (A, 30 min VA) and Mon 07:30–09:00 (wait 07:30–08:00,
    // then B 08:00–09:00 VA). Lead 30 + 90 = 120 min, VA 90 min, wait 30 min (the weekend is closed time).
    expect(r.basis).toBe("working");
    expect(f.basis).toBe("working");
    expect([f.leadTimeMs, f.vaMs, f.waitMs, f.flowEfficiency]).toEqual([2 * H, 1.5 * H, 0.5 * H, 0.75]);
  });

  it("measures the same flow in calendar time without a calendar", () => {
    const f = analyze(OBS, { model: MODEL }).flows[0]!;
    // Fri 16:00 → Mon 09:00 = 65 h; wait Fri 17:00 → Mon 08:00 = 63 h.
    expect([f.basis, f.leadTimeMs, f.vaMs, f.waitMs]).toEqual(["calendar", 65 * H, 2 * H, 63 * H]);
  });
});
