import { analyze, CALENDAR_TIME, createCalendar } from "@flodes/core";
import { describe, expect, it } from "vitest";

const obs = [
  { flow: "F", step: "A", startMs: Date.UTC(2025, 2, 7, 14), endMs: Date.UTC(2025, 2, 7, 15) }, // Fri 15:00–16:00 CET
  { flow: "F", step: "B", startMs: Date.UTC(2025, 2, 10, 8), endMs: Date.UTC(2025, 2, 10, 9) }, // Mon 09:00–10:00 CET
];

describe("time basis label", () => {
  it("labels the identity calendar as calendar time and gives calendar durations", () => {
    const a = analyze(obs, { calendar: CALENDAR_TIME });
    expect(a.basis).toBe("calendar");
    expect(a.flows[0].leadTimeMs).toBe(67 * 3_600_000); // Fri 15:00 → Mon 10:00
  });
  it("labels an opening-hours calendar as working time", () => {
    const a = analyze(obs, { calendar: createCalendar() });
    expect(a.basis).toBe("working");
    // Fri 15:00–17:00 (2 h) + Mon 08:00–10:00 (2 h) = 4 h.
    expect(a.flows[0].leadTimeMs).toBe(4 * 3_600_000);
  });
});
