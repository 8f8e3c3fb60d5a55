import { dayNumber, isoDateOfDay, isoWeekday } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";

/** Calendar periods of the queue analyses, in local time. Weeks are ISO weeks (Monday to Sunday). */
export type QueuePeriod = "day" | "week" | "month";

/** One local calendar period. */
export interface PeriodBucket {
  /** "2026-03-31" (day), "2026-W14" (ISO week) or "2026-03" (month). */
  key: string;
  /** Local start of the period as a UTC instant. */
  startMs: number;
  /** Local start of the next period (exclusive end). */
  endMs: number;
}

/** Consecutive periods covering an interval, with a lookup from instant to period index. */
export interface PeriodSeries {
  readonly buckets: readonly PeriodBucket[];
  /** Index of the period holding the instant, clamped to the series (−1 before it, `length` after it). */
  indexOf(ms: number): number;
}

/** ISO week key ("2026-W14") of a local day number. */
export function isoWeekKey(day: number): string {
  const thursday = day - isoWeekday(day) + 3;
  const year = Number(isoDateOfDay(thursday).slice(0, -6));
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function firstDayOf(period: QueuePeriod, day: number): number {
  if (period === "day") return day;
  if (period === "week") return day - isoWeekday(day);
  const iso = isoDateOfDay(day);
  return dayNumber(Number(iso.slice(0, -6)), Number(iso.slice(-5, -3)), 1);
}

function nextFirstDay(period: QueuePeriod, first: number): number {
  if (period === "day") return first + 1;
  if (period === "week") return first + 7;
  const iso = isoDateOfDay(first);
  const y = Number(iso.slice(0, -6));
  const m = Number(iso.slice(-5, -3));
  return m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1);
}

function keyOf(period: QueuePeriod, first: number): string {
  if (period === "day") return isoDateOfDay(first);
  if (period === "week") return isoWeekKey(first);
  return isoDateOfDay(first).slice(0, -3);
}

/**
 * The local days, ISO weeks or months from the one holding `fromMs` to the one holding `toMs`, in `tz`
 * (DST-correct: a day is 23, 24 or 25 hours long).
 * @example
 * const s = periodSeries(Date.parse("2026-03-30T10:00:00Z"), Date.parse("2026-04-02T10:00:00Z"), "week", "Europe/Stockholm");
 * s.buckets.map((b) => b.key) // → ["2026-W14"]
 */
export function periodSeries(fromMs: number, toMs: number, period: QueuePeriod, tz: string): PeriodSeries {
  const zone = new LocalZone(tz);
  const buckets: PeriodBucket[] = [];
  const firstDays: number[] = [];
  if (Number.isFinite(fromMs) && Number.isFinite(toMs) && toMs >= fromMs) {
    const lastFirst = firstDayOf(period, zone.dayOf(toMs));
    for (let d = firstDayOf(period, zone.dayOf(fromMs)); d <= lastFirst; d = nextFirstDay(period, d)) {
      firstDays.push(d);
      buckets.push({ key: keyOf(period, d), startMs: zone.toUtc(d, 0, "first"), endMs: zone.toUtc(nextFirstDay(period, d), 0, "first") });
    }
  }
  const indexOf = (ms: number): number => {
    if (buckets.length === 0 || ms < buckets[0].startMs) return -1;
    if (ms >= buckets[buckets.length - 1].endMs) return buckets.length;
    let lo = 0;
    let hi = buckets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (buckets[mid].startMs <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { buckets, indexOf };
}
