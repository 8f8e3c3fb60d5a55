/**
 * Wall-clock time for the generator. Times are "wall ms": Date.UTC(...) of the local Europe/Stockholm
 * wall-clock reading, so opening hours are simple arithmetic; `wallToUtcMs` converts to real instants.
 * Closed days are core's Swedish holidays and eves (`swedishHolidays`) for the generated years.
 */
import { swedishHolidays } from "@flodes/core";

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Opening hours, minutes after local midnight. */
export const OPEN_MIN = 7 * 60 + 30;
export const CLOSE_MIN = 16 * 60 + 30;

/** Swedish public holidays and closed eves (midsommarafton, julafton, nyårsafton) 2024–2026: 2024 for the warm-up arrivals. */
export const CLOSED_DAYS: readonly string[] = [2024, 2025, 2026].flatMap((year) => swedishHolidays(year).map((h) => h.date));

const closed = new Set(CLOSED_DAYS);

/** Wall ms of local midnight of an ISO date. */
export function wallOfDate(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

/** ISO date (YYYY-MM-DD) of a wall time. */
export function isoDate(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm` of a wall time. */
export function formatWall(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 16).replace("T", " ");
}

/** True on weekdays that are not holidays or closed days. */
export function isWorkday(wallMs: number): boolean {
  const dow = new Date(wallMs).getUTCDay();
  return dow !== 0 && dow !== 6 && !closed.has(isoDate(wallMs));
}

/** Wall ms of the local midnight of the day containing `wallMs`. */
export function dayOf(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS) * DAY_MS;
}

/** Minutes after local midnight. */
export function minuteOfDay(wallMs: number): number {
  return Math.floor((wallMs - dayOf(wallMs)) / MINUTE_MS);
}

/** Local midnight of the n-th workday after the day of `wallMs` (n = 0: that day if it is one, else the next). */
export function addWorkdays(wallMs: number, n: number): number {
  let d = dayOf(wallMs);
  while (!isWorkday(d)) d += DAY_MS;
  for (let k = 0; k < n; k++) {
    d += DAY_MS;
    while (!isWorkday(d)) d += DAY_MS;
  }
  return d;
}

/**
 * Earliest start ≥ `wallMs` such that [start, start + durMin] lies inside the opening hours of one workday.
 * Durations longer than a day are clipped by the caller.
 */
export function fitInOpening(wallMs: number, durMin: number): number {
  let t = wallMs;
  for (;;) {
    const d = dayOf(t);
    if (isWorkday(d)) {
      const open = d + OPEN_MIN * MINUTE_MS;
      const latest = d + (CLOSE_MIN - durMin) * MINUTE_MS;
      const s = Math.max(t, open);
      if (s <= latest) return s;
    }
    t = d + DAY_MS;
  }
}

/** Adds `minutes` of opening-hours time to `wallMs` (a handoff that only advances while the unit is open). */
export function addWorkingMinutes(wallMs: number, minutes: number): number {
  let t = fitInOpening(wallMs, 0);
  let left = minutes;
  for (;;) {
    const close = dayOf(t) + CLOSE_MIN * MINUTE_MS;
    const avail = (close - t) / MINUTE_MS;
    if (left <= avail) return t + left * MINUTE_MS;
    left -= avail;
    t = fitInOpening(dayOf(t) + DAY_MS, 0);
  }
}

/** Last Sunday of a month (0-based month), as wall ms of its midnight. */
function lastSunday(year: number, month: number): number {
  let d = Date.UTC(year, month + 1, 0);
  while (new Date(d).getUTCDay() !== 0) d -= DAY_MS;
  return d;
}

/**
 * Real instant (UTC epoch ms) of a Europe/Stockholm wall time: CET (+1) except from the last Sunday of
 * March 02:00 to the last Sunday of October 03:00, CEST (+2). The generator never emits a time in the
 * missing or repeated hour.
 */
export function wallToUtcMs(wallMs: number): number {
  const y = new Date(wallMs).getUTCFullYear();
  const springWall = lastSunday(y, 2) + 2 * 3_600_000;
  const autumnWall = lastSunday(y, 9) + 3 * 3_600_000;
  const offsetH = wallMs >= springWall && wallMs < autumnWall ? 2 : 1;
  return wallMs - offsetH * 3_600_000;
}
