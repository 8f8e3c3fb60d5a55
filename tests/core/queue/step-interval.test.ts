import { createCalendar, eventLogFromObservations, type Observation, timeBetweenSteps } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { DAY, HOUR, t } from "./small-log.js";

const ev = (flow: string, step: string, at: string, unit = "U"): Observation => ({ flow, step, startMs: t(at), endMs: t(at) + HOUR, unit });

const LOG = eventLogFromObservations([
  // Reached after 2 and 6 days; the second flow's earlier Besök (before its Remiss) does not count.
  ev("R1", "Remiss inkommer", "2025-01-06 09:00"),
  ev("R1", "Besök", "2025-01-08 09:00"),
  ev("R1", "Avslut", "2025-01-09 09:00"),
  ev("R2", "Besök", "2025-01-05 09:00"),
  ev("R2", "Remiss inkommer", "2025-01-06 09:00"),
  ev("R2", "Första besök", "2025-01-12 09:00"),
  // Still waiting at as-of (8 days).
  ev("W", "Remiss inkommer", "2025-01-07 12:00"),
  // Closed without a visit.
  ev("X", "Remiss inkommer", "2025-01-06 10:00"),
  ev("X", "Avslut", "2025-01-07 10:00"),
]);
const AS_OF = t("2025-01-15 12:00");

describe("timeBetweenSteps", () => {
  it("measures from the first from-step to the first to-step after it, for closed and still-open flows", () => {
    const r = timeBetweenSteps(LOG, "Remiss inkommer", ["Besök", "Första besök"], { asOfMs: AS_OF, endSteps: ["Avslut"] });
    expect(r.flows.map((f) => [f.flow, f.status, f.durationMs / DAY])).toEqual([
      ["R1", "reached", 2],
      ["R2", "reached", 6],
      ["W", "waiting", 8],
      ["X", "endedWithout", 25 / 24], // until its closing: the end of Avslut, 1 day and 1 hour later
    ]);
    expect(r.reached).toMatchObject({ n: 2, median: 4 * DAY });
    expect(r.waiting).toMatchObject({ n: 1, median: 8 * DAY });
    expect(r.endedWithout).toBe(1);
    // Kaplan–Meier: S = 2/3 after 2 d, 1/3 after 6 d, censored at 8 d → median 6 days.
    expect(r.kaplanMeier.median).toBe(6 * DAY);
    expect(r.basis).toBe("calendar");
  });

  it("measures in working time with a calendar", () => {
    // Mon 6 Jan 09:00 → Wed 8 Jan 09:00 with 08–17 hours; the 6th is Trettondedag jul (closed): 9 h + 1 h.
    const day = [["08:00", "17:00"]] as const;
    const calendar = createCalendar({ openingHours: { mon: day, tue: day, wed: day, thu: day, fri: day } });
    const r = timeBetweenSteps(LOG, "Remiss inkommer", "Besök", { asOfMs: AS_OF, endSteps: ["Avslut"], calendar });
    expect(r.flows[0]).toMatchObject({ flow: "R1", durationMs: 10 * HOUR });
    expect(r.basis).toBe("working");
  });
});
