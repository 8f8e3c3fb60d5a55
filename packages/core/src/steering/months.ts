import { swedishHolidays } from "../calendar/swedish-holidays.js";
import { periodOf } from "../cost/periods.js";
import { dayNumber, isoWeekday } from "../time/civil-date.js";

/** A calendar month "YYYY-MM" with its local boundaries as UTC instants [fromMs, toMs). */
export interface MonthSpan {
  month: string;
  fromMs: number;
  toMs: number;
}

const toIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const fromIndex = (k: number): string => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;

/**
 * The months from `first` to `last`, inclusive ("YYYY-MM"); empty when `last` is before `first`.
 * @example monthsFromTo("2025-11", "2026-01") // → ["2025-11", "2025-12", "2026-01"]
 */
export function monthsFromTo(first: string, last: string): string[] {
  const out: string[] = [];
  for (let k = toIndex(first); k <= toIndex(last); k++) out.push(fromIndex(k));
  return out;
}

/**
 * Returns a function giving the month of an instant in local time of `tz`, with its boundaries.
 * @example monthSpanOf()(Date.parse("2025-03-31T23:30:00Z")).month // → "2025-04" (01:30 local on 1 April)
 */
export function monthSpanOf(tz = "Europe/Stockholm"): (ms: number) => MonthSpan {
  const of = periodOf("month", tz);
  return (ms) => {
    const p = of(ms)!;
    return { month: p.period, fromMs: p.startMs, toMs: p.endMs };
  };
}

/**
 * The local boundaries of a month "YYYY-MM" in `tz`.
 * @example monthSpan("2025-03").toMs - monthSpan("2025-03").fromMs // → 2674800000 — 31 days less the DST hour
 */
export function monthSpan(month: string, tz = "Europe/Stockholm"): MonthSpan {
  // Mid-month noon UTC lies inside the local month in every zone.
  return monthSpanOf(tz)(Date.parse(`${month}-15T12:00:00Z`));
}

const closedDays = new Map<number, Set<number>>();

/**
 * Working days of a month: Monday–Friday that are neither Swedish public holidays nor the eves workplaces usually
 * close (julafton, nyårsafton, midsommarafton) — the days contracted staff time is available.
 * @example workdaysInMonth("2025-12") // → 19 (23 weekdays less julafton, juldagen, annandag jul and nyårsafton)
 */
export function workdaysInMonth(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  let closed = closedDays.get(y);
  if (!closed) {
    closed = new Set(
      swedishHolidays(y).map((h) => dayNumber(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10)))),
    );
    closedDays.set(y, closed);
  }
  const first = dayNumber(y, m, 1);
  const next = m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1);
  let n = 0;
  for (let d = first; d < next; d++) if (isoWeekday(d) < 5 && !closed.has(d)) n++;
  return n;
}
