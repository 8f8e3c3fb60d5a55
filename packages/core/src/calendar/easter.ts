import { dayNumber, isoDateOfDay } from "../time/civil-date.js";

/**
 * Easter Sunday of a year in the Gregorian calendar, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), as an ISO date. Applied proleptically to years before 1583.
 * @example easterSunday(2025) // → "2025-04-20"
 */
export function easterSunday(year: number): string {
  return isoDateOfDay(easterSundayDay(year));
}

/** Day number (days since 1970-01-01) of Easter Sunday; see {@link easterSunday}. @example easterSundayDay(1970) // → 86 */
export function easterSundayDay(year: number): number {
  const a = mod(year, 19);
  const b = Math.floor(year / 100);
  const c = mod(year, 100);
  const d = Math.floor(b / 4);
  const e = mod(b, 4);
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = mod(19 * a + b - d - g + 15, 30);
  const i = Math.floor(c / 4);
  const k = mod(c, 4);
  const l = mod(32 + 2 * e + 2 * i - h - k, 7);
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = mod(h + l - 7 * m + 114, 31) + 1;
  return dayNumber(year, month, day);
}

function mod(x: number, n: number): number {
  return ((x % n) + n) % n;
}
