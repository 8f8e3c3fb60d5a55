const DAY_MS = 86_400_000;

/**
 * Day number (days since 1970-01-01) of a proleptic Gregorian date. Works for any year, including years
 * below 100, which `Date.UTC` would read as 19xx.
 * @example dayNumber(1970, 1, 2) // → 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY_MS);
}

/**
 * ISO date string ("YYYY-MM-DD") of a day number; years outside 0–9999 get a sign as in ISO 8601.
 * @example isoDateOfDay(0) // → "1970-01-01"
 */
export function isoDateOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const ys = y >= 0 && y <= 9999 ? String(y).padStart(4, "0") : (y < 0 ? "-" : "+") + String(Math.abs(y)).padStart(6, "0");
  return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/**
 * Weekday of a day number: 0 = Monday … 6 = Sunday (ISO order).
 * @example isoWeekday(0) // → 3 (1970-01-01 was a Thursday)
 */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Parses "YYYY-MM-DD" to a day number; null when the text is not a valid date.
 * @example parseIsoDate("1970-01-11") // → 10
 */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  const day = dayNumber(y, mo, d);
  return isoDateOfDay(day) === text ? day : null;
}
