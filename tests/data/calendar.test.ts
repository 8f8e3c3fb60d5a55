import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkdays,
  addWorkingMinutes,
  CLOSE_MIN,
  DAY_MS,
  dayOf,
  fitInOpening,
  formatWall,
  isWorkday,
  MINUTE_MS,
  OPEN_MIN,
  wallOfDate,
  wallToUtcMs,
} from "../../data/src/calendar.js";
import { seededRng } from "../../data/src/prng.js";

const wall = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), +s.slice(11, 13), +s.slice(14, 16));
const arbWall = fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }).map((m) => wallOfDate("2025-01-01") + m * MINUTE_MS);

describe("generator calendar", () => {
  it("closes on weekends, Swedish holidays and midsommarafton, opens on ordinary weekdays", () => {
    expect(isWorkday(wall("2025-04-18 00:00"))).toBe(false); // långfredag
    expect(isWorkday(wall("2025-04-21 00:00"))).toBe(false); // annandag påsk
    expect(isWorkday(wall("2025-05-29 00:00"))).toBe(false); // Kristi himmelsfärd
    expect(isWorkday(wall("2025-06-20 00:00"))).toBe(false); // midsommarafton
    expect(isWorkday(wall("2025-03-29 00:00"))).toBe(false); // Saturday
    expect(isWorkday(wall("2025-06-19 00:00"))).toBe(true); // Thursday
  });

  it("carries working minutes over the weekend: Friday 16:00 + 60 min = Monday 08:00", () => {
    // 30 min left on Friday (16:00–16:30), 30 min from Monday's opening 07:30 → 08:00.
    expect(formatWall(addWorkingMinutes(wall("2025-03-28 16:00"), 60))).toBe("2025-03-31 08:00");
  });

  it("skips Easter: Thursday 2025-04-17 16:30 + 1 workday = Tuesday 2025-04-22", () => {
    expect(formatWall(addWorkdays(wall("2025-04-17 16:30"), 1))).toBe("2025-04-22 00:00");
  });

  it("converts wall-clock to real instants like the system zone does (TZ=Europe/Stockholm)", () => {
    // 2025-03-31 08:00 CEST = 06:00 UTC; 2025-10-27 08:00 CET = 07:00 UTC.
    expect(wallToUtcMs(wall("2025-03-31 08:00"))).toBe(Date.UTC(2025, 2, 31, 6, 0));
    expect(wallToUtcMs(wall("2025-10-27 08:00"))).toBe(Date.UTC(2025, 9, 27, 7, 0));
    fc.assert(
      fc.property(arbWall, (w) => {
        const d = new Date(w);
        const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()).getTime();
        const h = d.getUTCHours();
        const dstNight = (d.getUTCMonth() === 2 || d.getUTCMonth() === 9) && d.getUTCDay() === 0 && d.getUTCDate() > 24 && h === 2;
        return dstNight || wallToUtcMs(w) === local;
      }),
    );
  });

  it("adds working minutes additively: (t + a) + b = t + (a + b)", () => {
    fc.assert(
      fc.property(
        arbWall,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        (t, a, b) => addWorkingMinutes(addWorkingMinutes(t, a), b) === addWorkingMinutes(t, a + b),
      ),
    );
  });

  it("fits a step inside the opening hours of one workday, never before the ready time", () => {
    fc.assert(
      fc.property(arbWall, fc.integer({ min: 0, max: 240 }), (t, dur) => {
        const s = fitInOpening(t, dur);
        const startMin = (s - dayOf(s)) / MINUTE_MS;
        return s >= t && isWorkday(s) && startMin >= OPEN_MIN && startMin + dur <= CLOSE_MIN && s - t < 6 * DAY_MS;
      }),
    );
  });
});

describe("seededRng", () => {
  it("repeats the same sequence for the same seed and stays in [0, 1)", () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Mean of 1000 uniforms: 0.5 ± a few standard errors (σ = 0.289/√1000 ≈ 0.009).
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.04);
  });
});
