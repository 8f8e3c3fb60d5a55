import { CALENDAR_TIME, CalendarError, createCalendar, DEFAULT_OPENING_HOURS } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const H = 3_600_000;
const MIN = 60_000;
const t = (iso: string) => Date.parse(iso);
const allDay = [["00:00", "24:00"]] as const;
const ALWAYS_OPEN = createCalendar({
  openingHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  closedOnHolidays: false,
  closedOnEves: false,
});

const weekday = [["08:00", "17:00"]] as const;
const NINE_TO_FIVE = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday };

describe("createCalendar's default: the one working week of flodes", () => {
  it("is Monday–Friday 07:30–16:30 with holidays and eves closed, shared as DEFAULT_OPENING_HOURS", () => {
    const cal = createCalendar();
    expect(DEFAULT_OPENING_HOURS.mon).toEqual([["07:30", "16:30"]]);
    expect(DEFAULT_OPENING_HOURS.sat).toEqual([]);
    expect(cal.label).toBe("Arbetstid mån–fre 07:30–16:30; stängt helgdagar och aftnar (Europe/Stockholm)");
    // Tue 2025-04-22 00:00 → Wed 00:00: 9 h; Sat 2025-04-26: closed; Fri 2025-04-18 (långfredagen): closed
    expect(cal.workingMs(t("2025-04-22T00:00:00+02:00"), t("2025-04-23T00:00:00+02:00"))).toBe(9 * H);
    expect(cal.isOpen(t("2025-04-22T07:30:00+02:00"))).toBe(true);
    expect(cal.isOpen(t("2025-04-22T16:30:00+02:00"))).toBe(false);
    expect(cal.workingMs(t("2025-04-26T00:00:00+02:00"), t("2025-04-27T00:00:00+02:00"))).toBe(0);
  });
});

describe("createCalendar (Mon–Fri 08:00–17:00, holidays and eves closed)", () => {
  const cal = createCalendar({ openingHours: NINE_TO_FIVE });

  it("counts working time over Easter 2025 from Maundy Thursday 14:00 to Tuesday 10:00", () => {
    // Thu 17 Apr 14:00–17:00 = 3 h; Fri (långfredagen), Sat, Sun, Mon (annandag påsk) closed; Tue 22 Apr 08:00–10:00 = 2 h → 5 h.
    expect(cal.workingMs(t("2025-04-17T14:00:00+02:00"), t("2025-04-22T10:00:00+02:00"))).toBe(5 * H);
  });

  it("returns the open spans in real instants and says when it is open", () => {
    expect(cal.openIntervals(t("2025-04-17T14:00:00+02:00"), t("2025-04-22T10:00:00+02:00"))).toEqual([
      [t("2025-04-17T14:00:00+02:00"), t("2025-04-17T17:00:00+02:00")],
      [t("2025-04-22T08:00:00+02:00"), t("2025-04-22T10:00:00+02:00")],
    ]);
    expect(cal.isOpen(t("2025-04-17T16:59:00+02:00"))).toBe(true);
    expect(cal.isOpen(t("2025-04-17T17:00:00+02:00"))).toBe(false); // spans are half-open
    expect(cal.isOpen(t("2025-04-18T10:00:00+02:00"))).toBe(false); // långfredagen
    expect(cal.isOpen(t("2025-06-20T10:00:00+02:00"))).toBe(false); // midsommarafton
  });

  it("is 0 for an empty or reversed interval and labels itself in Swedish", () => {
    expect(cal.workingMs(5, 5)).toBe(0);
    expect(cal.workingMs(10, 5)).toBe(0);
    expect(cal.basis).toBe("working");
    expect(cal.label).toBe("Arbetstid mån–fre 08:00–17:00; stängt helgdagar och aftnar (Europe/Stockholm)");
  });

  it("opens on eves when closedOnEves is false, and an exception wins over a holiday", () => {
    const c = createCalendar({
      openingHours: NINE_TO_FIVE,
      closedOnEves: false,
      exceptions: [{ date: "2025-04-18", hours: [["09:00", "12:00"]] }],
    });
    // Julafton 2025 is a Wednesday: 08–17 = 9 h.
    expect(c.workingMs(t("2025-12-24T00:00:00+01:00"), t("2025-12-25T00:00:00+01:00"))).toBe(9 * H);
    expect(c.workingMs(t("2025-04-18T00:00:00+02:00"), t("2025-04-19T00:00:00+02:00"))).toBe(3 * H);
  });

  it("reads the opening hours given per weekday; days left out are closed", () => {
    const c = createCalendar({
      openingHours: {
        mon: [["07:30", "16:30"]],
        sat: [
          ["10:00", "12:00"],
          ["11:00", "14:00"],
        ],
      },
    });
    // Mon 2025-04-14 07:30–16:30 = 9 h; Tue–Fri closed; Sat 2025-04-19 (påskafton, not a holiday) 10–14 merged = 4 h.
    expect(c.workingMs(t("2025-04-14T00:00:00+02:00"), t("2025-04-20T00:00:00+02:00"))).toBe(13 * H);
  });

  it("rejects bad times, spans, dates and weekdays with a coded error", () => {
    expect(() => createCalendar({ openingHours: { mon: [["8", "17:00"]] } })).toThrow(CalendarError);
    expect(() => createCalendar({ openingHours: { mon: [["17:00", "08:00"]] } })).toThrow(
      expect.objectContaining({ code: "badSpan", sv: expect.stringMatching(/måste sluta efter/) }),
    );
    expect(() => createCalendar({ exceptions: [{ date: "2025-02-30", hours: [] }] })).toThrow(
      expect.objectContaining({ code: "badDate", sv: expect.stringMatching(/ÅÅÅÅ-MM-DD/) }),
    );
    expect(() => createCalendar({ openingHours: { mån: [["08:00", "17:00"]] } as never })).toThrow(
      expect.objectContaining({ code: "badWeekday", sv: expect.stringMatching(/veckodag/) }),
    );
    expect(() => createCalendar({ tz: "Mars/Olympus" })).toThrow(
      expect.objectContaining({ code: "badZone", sv: expect.stringMatching(/tidszon/) }),
    );
  });
});

describe("createCalendar across DST", () => {
  it("gives 23 h for the spring-forward day and 25 h for the autumn day when open around the clock", () => {
    // 2025-03-30 00:00 CET = 2025-03-29T23:00Z; 2025-03-31 00:00 CEST = 2025-03-30T22:00Z → 23 h.
    expect(ALWAYS_OPEN.workingMs(t("2025-03-30T00:00:00+01:00"), t("2025-03-31T00:00:00+02:00"))).toBe(23 * H);
    // 2025-10-26 00:00 CEST = 2025-10-25T22:00Z; 2025-10-27 00:00 CET = 2025-10-26T23:00Z → 25 h.
    expect(ALWAYS_OPEN.workingMs(t("2025-10-26T00:00:00+02:00"), t("2025-10-27T00:00:00+01:00"))).toBe(25 * H);
    // One merged span across both midnights.
    expect(ALWAYS_OPEN.openIntervals(t("2025-03-29T12:00:00+01:00"), t("2025-03-31T12:00:00+02:00"))).toEqual([
      [t("2025-03-29T12:00:00+01:00"), t("2025-03-31T12:00:00+02:00")],
    ]);
  });

  it("shortens a span over the spring gap and lengthens one over the repeated autumn hour (exceptions on Sundays)", () => {
    const c = createCalendar({
      exceptions: [
        { date: "2025-03-30", hours: [["01:00", "04:00"]] },
        { date: "2025-10-26", hours: [["01:00", "04:00"]] },
      ],
    });
    // Spring: 01:00 CET = 00:00Z, 04:00 CEST = 02:00Z → 2 h (02:00–03:00 never happens).
    expect(c.workingMs(t("2025-03-29T00:00:00Z"), t("2025-03-31T00:00:00Z"))).toBe(2 * H);
    // Autumn: 01:00 CEST = 2025-10-25T23:00Z, 04:00 CET = 03:00Z → 4 h (02:00–03:00 happens twice).
    expect(c.workingMs(t("2025-10-25T00:00:00Z"), t("2025-10-27T00:00:00Z"))).toBe(4 * H);
  });

  it("moves a span boundary inside the spring gap to the end of the gap", () => {
    const gapOnly = createCalendar({ exceptions: [{ date: "2025-03-30", hours: [["02:15", "02:45"]] }] });
    const acrossGap = createCalendar({ exceptions: [{ date: "2025-03-30", hours: [["02:30", "04:00"]] }] });
    const day: [number, number] = [t("2025-03-29T23:00:00Z"), t("2025-03-30T22:00:00Z")];
    expect(gapOnly.workingMs(...day)).toBe(0);
    // 02:30 does not exist → 03:00 CEST (01:00Z); 04:00 CEST = 02:00Z → 1 h.
    expect(acrossGap.openIntervals(...day)).toEqual([[t("2025-03-30T01:00:00Z"), t("2025-03-30T02:00:00Z")]]);
  });

  it("opens at the first and closes at the second occurrence of a repeated autumn time", () => {
    const c = createCalendar({ exceptions: [{ date: "2025-10-26", hours: [["02:30", "02:45"]] }] });
    // 02:30 first (CEST) = 00:30Z; 02:45 second (CET) = 01:45Z → 75 min.
    expect(c.workingMs(t("2025-10-25T12:00:00Z"), t("2025-10-26T12:00:00Z"))).toBe(75 * MIN);
  });
});

describe("workingMs invariants", () => {
  const cals = [
    createCalendar(),
    createCalendar({
      openingHours: {
        mon: [
          ["07:30", "11:00"],
          ["12:00", "16:30"],
        ],
        sun: [["22:00", "24:00"]],
      },
    }),
    ALWAYS_OPEN,
  ];
  const lo = t("2024-12-20T00:00:00Z");
  const hi = t("2026-01-10T00:00:00Z");
  const instant = fc.integer({ min: lo, max: hi });

  it("is additive: workingMs(a, c) = workingMs(a, b) + workingMs(b, c) for a ≤ b ≤ c", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), instant, instant, instant, (k, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        const cal = cals[k]!;
        expect(cal.workingMs(a, c)).toBe(cal.workingMs(a, b) + cal.workingMs(b, c));
      }),
      { seed: 20250330, numRuns: 300 },
    );
  });

  it("agrees with openIntervals and isOpen, and never exceeds calendar time", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), instant, fc.integer({ min: 0, max: 20 * 86_400_000 }), (k, a, len) => {
        const cal = cals[k]!;
        const spans = cal.openIntervals(a, a + len);
        const sum = spans.reduce((s, [p, q]) => s + (q - p), 0);
        expect(cal.workingMs(a, a + len)).toBe(sum);
        expect(sum).toBeLessThanOrEqual(len);
        for (const [p, q] of spans) {
          expect(cal.isOpen(p)).toBe(true);
          expect(cal.isOpen(q - 1)).toBe(true);
        }
      }),
      { seed: 20251026, numRuns: 200 },
    );
  });
});

describe("CALENDAR_TIME", () => {
  it("counts every millisecond and is labelled calendar time", () => {
    expect(CALENDAR_TIME.workingMs(1000, 4000)).toBe(3000);
    expect(CALENDAR_TIME.workingMs(4000, 1000)).toBe(0);
    expect(CALENDAR_TIME.basis).toBe("calendar");
    expect(CALENDAR_TIME.isOpen(0)).toBe(true);
  });
});

describe("working time over long spans", () => {
  it("measures decades by whole-day prefix sums, equal to the sum of short pieces (additive)", () => {
    const cal = createCalendar();
    const a = Date.UTC(2025, 0, 1, 6);
    const b = Date.UTC(2060, 5, 30, 12);
    let pieces = 0;
    for (let t = a; t < b; t += 30 * 86_400_000) pieces += cal.workingMs(t, Math.min(b, t + 30 * 86_400_000));
    expect(cal.workingMs(a, b)).toBe(pieces);
    // A long span (> 64 days, prefix sums) splits into two short ones (day walk) without a millisecond lost.
    const w0 = Date.UTC(2025, 1, 5, 9);
    expect(cal.workingMs(w0, w0 + 70 * 86_400_000)).toBe(
      cal.workingMs(w0, w0 + 35 * 86_400_000) + cal.workingMs(w0 + 35 * 86_400_000, w0 + 70 * 86_400_000),
    );
  });
});
