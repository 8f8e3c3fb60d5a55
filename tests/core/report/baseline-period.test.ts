import {
  completionMonth,
  monthBounds,
  monthLabel,
  monthsOf,
  parseBaselinePeriod,
  periodBounds,
  periodLabel,
  shiftMonth,
} from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("baseline period and completion month", () => {
  it("reads the pilot's baseline 2025-01..2025-06 and its variants", () => {
    expect(parseBaselinePeriod("2025-01..2025-06")).toEqual({ from: "2025-01", to: "2025-06" });
    expect(parseBaselinePeriod(" 2025-01 – 2025-06 ")).toEqual({ from: "2025-01", to: "2025-06" });
    expect(parseBaselinePeriod("2025-03")).toEqual({ from: "2025-03", to: "2025-03" });
    for (const bad of ["2025-1..2025-06", "2025-06..2025-01", "jan–jun", "2025-01..2025-03..2025-06", ""]) {
      expect(() => parseBaselinePeriod(bad), bad).toThrow(
        expect.objectContaining({
          code: "badBaseline",
          sv: expect.stringMatching(/^Ogiltig baslinje/),
          en: expect.stringMatching(/^Invalid baseline/),
        }),
      );
    }
  });

  it("lists months across a year boundary and labels periods in Swedish", () => {
    expect(monthsOf({ from: "2024-11", to: "2025-02" })).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(shiftMonth("2025-01", -1)).toBe("2024-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(periodLabel({ from: "2025-01", to: "2025-06" })).toBe("jan–jun 2025");
    expect(periodLabel({ from: "2024-11", to: "2025-02" })).toBe("nov 2024–feb 2025");
    expect(monthLabel("2025-10")).toBe("oktober 2025");
  });

  it("bounds months in Stockholm local time, DST included", () => {
    // March 2025: starts 00:00 CET (+01:00), ends 00:00 CEST (+02:00) on 1 April — 31 days minus the lost hour
    const m = monthBounds("2025-03");
    expect(m.fromMs).toBe(Date.parse("2025-03-01T00:00:00+01:00"));
    expect(m.toMs).toBe(Date.parse("2025-04-01T00:00:00+02:00"));
    expect(m.toMs - m.fromMs).toBe((31 * 24 - 1) * 3_600_000);
    expect(periodBounds({ from: "2025-01", to: "2025-06" })).toEqual({
      fromMs: Date.parse("2025-01-01T00:00:00+01:00"),
      toMs: Date.parse("2025-07-01T00:00:00+02:00"),
    });
  });

  it("attributes a flow to the local month of its last end", () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Stockholm
    expect(completionMonth(Date.parse("2025-06-30T22:30:00Z"))).toBe("2025-07");
    expect(completionMonth(Date.parse("2025-06-30T21:59:59Z"))).toBe("2025-06");
    expect(completionMonth(Date.parse("2025-06-30T22:30:00Z"), "UTC")).toBe("2025-06");
  });
});
