import { dayMonthEvidence, TimeParser, WALL_AMBIGUOUS, WALL_GAP, WALL_OK, ZoneConverter } from "@flodes/core/internal";
import { describe, expect, it } from "vitest";

const sthlm = () => new TimeParser("Europe/Stockholm");

describe("TimeParser", () => {
  it("reads ISO-8601 with Z or an offset as absolute instants", () => {
    const p = sthlm();
    expect(p.parse("2025-01-01T12:00:00Z")).toBe(Date.UTC(2025, 0, 1, 12));
    expect(p.parse("2011-10-01T00:38:44.546+02:00")).toBe(Date.UTC(2011, 8, 30, 22, 38, 44, 546));
    expect(p.parse("2025-01-01 12:00:00+0100")).toBe(Date.UTC(2025, 0, 1, 11));
    expect(p.parse("2025-01-01T12:00-05")).toBe(Date.UTC(2025, 0, 1, 17));
    expect(p.parse("2012-12-12 23:59:59+00:00")).toBe(Date.UTC(2012, 11, 12, 23, 59, 59));
  });

  it("reads wall-clock times in the zone: +1 h in winter, +2 h in summer", () => {
    const p = sthlm();
    expect(p.parse("2025-01-15 08:30")).toBe(Date.UTC(2025, 0, 15, 7, 30));
    expect(p.parse("2025-07-15T08:30:00")).toBe(Date.UTC(2025, 6, 15, 6, 30));
    expect(p.flag).toBe(WALL_OK);
  });

  it("reads BPI-style 2011/10/01 00:38:44.546 (CEST, so 22:38:44.546Z the day before)", () => {
    expect(sthlm().parse("2011/10/01 00:38:44.546")).toBe(Date.UTC(2011, 8, 30, 22, 38, 44, 546));
  });

  it("reads DD.MM.YYYY HH:mm day first", () => {
    expect(sthlm().parse("14.03.2025 09:05")).toBe(Date.UTC(2025, 2, 14, 8, 5));
  });

  it("reads dd/mm/yyyy or mm/dd/yyyy by the order given", () => {
    // 03/04/2025: 3 April (dmy) or 4 March (mdy); both CEST/CET offsets checked by hand: April → +2, March → +1
    expect(new TimeParser("Europe/Stockholm", "dmy").parse("03/04/2025 10:00")).toBe(Date.UTC(2025, 3, 3, 8));
    expect(new TimeParser("Europe/Stockholm", "mdy").parse("03/04/2025 10:00")).toBe(Date.UTC(2025, 2, 4, 9));
  });

  it("reads date-only values as local midnight", () => {
    expect(sthlm().parse("2025-02-01")).toBe(Date.UTC(2025, 0, 31, 23));
  });

  it("keeps fractional seconds to the millisecond (truncating further digits)", () => {
    const p = new TimeParser("UTC");
    expect(p.parse("2025-01-01 00:00:01.5")).toBe(Date.UTC(2025, 0, 1, 0, 0, 1, 500));
    expect(p.parse("2025-01-01T00:00:01.123999Z")).toBe(Date.UTC(2025, 0, 1, 0, 0, 1, 123));
    expect(p.parse("2025-01-01 00:00:01,25")).toBe(Date.UTC(2025, 0, 1, 0, 0, 1, 250));
  });

  it("reads Excel serial dates as wall-clock in the zone (45658.5 = 2025-01-01 12:00 Stockholm = 11:00Z)", () => {
    // 45658 − 25569 = 20089 days after 1970-01-01; 55 years of 365 days + 14 leap days = 20089 → 2025-01-01.
    expect(sthlm().parse("45658.5")).toBe(Date.UTC(2025, 0, 1, 11));
    expect(sthlm().parse("45658,5")).toBe(Date.UTC(2025, 0, 1, 11));
    // 45658.75 = 18:00 local.
    expect(sthlm().parse("45658.75")).toBe(Date.UTC(2025, 0, 1, 17));
  });

  it("reads epoch milliseconds (13 digits) and seconds (10 digits)", () => {
    expect(sthlm().parse("1735732800000")).toBe(Date.UTC(2025, 0, 1, 12));
    expect(sthlm().parse("1735732800")).toBe(Date.UTC(2025, 0, 1, 12));
  });

  it("reads 12-hour clock with AM/PM", () => {
    const p = new TimeParser("UTC", "mdy");
    expect(p.parse("3/14/2025 1:05 PM")).toBe(Date.UTC(2025, 2, 14, 13, 5));
    expect(p.parse("3/14/2025 12:05 AM")).toBe(Date.UTC(2025, 2, 14, 0, 5));
  });

  it("returns NaN for values that are not times", () => {
    const p = sthlm();
    for (const v of [
      "",
      "igår",
      "2025-13-01",
      "2025-02-30",
      "31.02.2025",
      "12",
      "2025-01-01 25:00",
      "2025-01-01 12:00 xyz",
      "99999999999",
    ]) {
      expect(p.parse(v), v).toBeNaN();
    }
  });

  it("moves a wall time in the spring DST gap forward by the gap and flags it", () => {
    // 2025-03-30 02:30 does not exist in Stockholm (02:00 → 03:00); read as 03:30 CEST = 01:30Z.
    const p = sthlm();
    expect(p.parse("2025-03-30 02:30")).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(p.flag).toBe(WALL_GAP);
    expect(p.gapMs).toBe(3_600_000);
  });

  it("takes the earlier instant of a repeated autumn hour and flags it", () => {
    // 2025-10-26 02:30 happens at 00:30Z (CEST) and 01:30Z (CET); the earlier is 00:30Z.
    const p = sthlm();
    expect(p.parse("2025-10-26 02:30")).toBe(Date.UTC(2025, 9, 26, 0, 30));
    expect(p.flag).toBe(WALL_AMBIGUOUS);
    expect(p.parse("2025-10-26 03:30")).toBe(Date.UTC(2025, 9, 26, 2, 30));
    expect(p.flag).toBe(WALL_OK);
  });

  it("makes a 01:30–03:30 spring flow 60 min and an autumn one 180 min (design.md)", () => {
    const p = sthlm();
    expect(p.parse("2025-03-30 03:30") - p.parse("2025-03-30 01:30")).toBe(60 * 60_000);
    expect(p.parse("2025-10-26 03:30") - p.parse("2025-10-26 01:30")).toBe(180 * 60_000);
  });
});

describe("ZoneConverter", () => {
  it("works for a zone west of UTC (New York, DST 2025-03-09)", () => {
    const z = new ZoneConverter("America/New_York");
    expect(z.toUtc(Date.UTC(2025, 0, 1, 12))).toBe(Date.UTC(2025, 0, 1, 17));
    expect(z.toUtc(Date.UTC(2025, 2, 9, 2, 30))).toBe(Date.UTC(2025, 2, 9, 7, 30));
    expect(z.flag).toBe(WALL_GAP);
  });
});

describe("dayMonthEvidence", () => {
  it("tells day-first, month-first, ambiguous and other forms apart", () => {
    expect(dayMonthEvidence("13/01/2025")).toBe(1);
    expect(dayMonthEvidence("01/13/2025")).toBe(2);
    expect(dayMonthEvidence("01/02/2025")).toBe(0);
    expect(dayMonthEvidence("2025/01/02")).toBe(-1);
    expect(dayMonthEvidence("13.01.2025")).toBe(-1);
  });
});
