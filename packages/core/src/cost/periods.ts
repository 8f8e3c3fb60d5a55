import { dayNumber, isoDateOfDay, isoWeekday } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";

/** A custom reporting period: flows starting in [startMs, endMs) belong to it. */
export interface PeriodRange {
  label: string;
  startMs: number;
  endMs: number;
}

/** How to cut time into periods: calendar month, ISO week (local time) or custom ranges. */
export type PeriodSpec = "month" | "isoWeek" | readonly PeriodRange[];

/** A period an instant falls in. */
export interface CostPeriod {
  /** "2025-03" (month), "2025-W14" (ISO week) or the range's label. */
  period: string;
  startMs: number;
  endMs: number;
}

/**
 * Returns a function giving the period of an instant, read in local time of `tz`; null when the instant lies
 * in no custom range (ranges are tried in order, the first match wins).
 * @example periodOf("month")(Date.parse("2025-03-31T23:30:00Z")) // → { period: "2025-04", … } (01:30 local on 1 April)
 */
export function periodOf(spec: PeriodSpec, tz = "Europe/Stockholm"): (ms: number) => CostPeriod | null {
  if (typeof spec !== "string") {
    const ranges = [...spec];
    return (ms) => {
      const r = ranges.find((x) => ms >= x.startMs && ms < x.endMs);
      return r ? { period: r.label, startMs: r.startMs, endMs: r.endMs } : null;
    };
  }
  const zone = new LocalZone(tz);
  const cache = new Map<number, CostPeriod>();
  // Callers ask for the same instant many times in a row (every item of one flow): answer those without the zone.
  let lastMs = NaN;
  let last: CostPeriod | null = null;
  return (ms) => {
    if (ms === lastMs) return last;
    lastMs = ms;
    const day = zone.dayOf(ms);
    const hit = cache.get(day);
    if (hit) return (last = hit);
    let p: CostPeriod;
    if (spec === "month") {
      const iso = isoDateOfDay(day);
      const y = Number(iso.slice(0, -6));
      const m = Number(iso.slice(-5, -3));
      const first = dayNumber(y, m, 1);
      const next = m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1);
      p = { period: iso.slice(0, -3), startMs: zone.toUtc(first, 0, "first"), endMs: zone.toUtc(next, 0, "first") };
    } else {
      const monday = day - isoWeekday(day);
      const thursday = monday + 3;
      const isoYear = Number(isoDateOfDay(thursday).slice(0, -6));
      const week = Math.floor((thursday - dayNumber(isoYear, 1, 1)) / 7) + 1;
      p = {
        period: `${isoYear}-W${String(week).padStart(2, "0")}`,
        startMs: zone.toUtc(monday, 0, "first"),
        endMs: zone.toUtc(monday + 7, 0, "first"),
      };
    }
    cache.set(day, p);
    last = p;
    return p;
  };
}
