import { periodOf } from "../cost/periods.js";
import { FlodesError } from "../messages/flodes-error.js";
import { reportMessage } from "../messages/report.js";

/** A baseline period of whole months, both ends included, e.g. the pilot's 2025-01..2025-06. */
export interface BaselinePeriod {
  /** First month, "YYYY-MM". */
  from: string;
  /** Last month, "YYYY-MM" (included). */
  to: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTHS_SV = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTHS_SHORT_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/**
 * Checks a month "YYYY-MM" and returns it.
 * @throws RangeError (Swedish and English) when it is not a month
 * @example checkMonth("2025-10") // → "2025-10"
 */
export function checkMonth(month: string): string {
  if (!MONTH.test(month)) throw new FlodesError(reportMessage.badMonth(month));
  return month;
}

/**
 * Reads a baseline period written `2025-01..2025-06` (also with `–` or `/` between the months; one month alone means
 * that month), the form of `flodes report --baseline` and of the pilot's settings.
 * @throws RangeError (Swedish and English) on anything else, or when the first month is after the last
 * @example parseBaselinePeriod("2025-01..2025-06") // → { from: "2025-01", to: "2025-06" }
 */
export function parseBaselinePeriod(text: string): BaselinePeriod {
  const parts = text.trim().split(/\s*(?:\.\.|–|\/)\s*/);
  const [from, to = from] = parts;
  if (parts.length > 2 || from === undefined || !MONTH.test(from) || !MONTH.test(to) || from > to)
    throw new FlodesError(reportMessage.badBaseline(text));
  return { from, to };
}

/**
 * "YYYY-MM" shifted by `k` months.
 * @example shiftMonth("2025-01", -1) // → "2024-12"
 */
export function shiftMonth(month: string, k: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + k;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, "0")}`;
}

/**
 * The months of a period, oldest first.
 * @example monthsOf({ from: "2025-05", to: "2025-07" }) // → ["2025-05", "2025-06", "2025-07"]
 */
export function monthsOf(period: BaselinePeriod): string[] {
  const out: string[] = [];
  for (let m = period.from; m <= period.to; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/**
 * Start and end (exclusive) of a month in local time of `tz`, as UTC epoch ms.
 * __Default:__ tz "Europe/Stockholm".
 * @example monthBounds("2025-10") // → { fromMs: Date.parse("2025-10-01T00:00:00+02:00"), toMs: Date.parse("2025-11-01T00:00:00+01:00") }
 */
export function monthBounds(month: string, tz = "Europe/Stockholm"): { fromMs: number; toMs: number } {
  checkMonth(month);
  // Mid-month noon UTC lies inside the local month in every zone.
  const p = periodOf("month", tz)(Date.parse(`${month}-15T12:00:00Z`))!;
  return { fromMs: p.startMs, toMs: p.endMs };
}

/**
 * Start and end (exclusive) of a whole period in local time of `tz`.
 * @example periodBounds({ from: "2025-01", to: "2025-06" }).toMs // Date.parse("2025-07-01T00:00:00+02:00")
 */
export function periodBounds(period: BaselinePeriod, tz = "Europe/Stockholm"): { fromMs: number; toMs: number } {
  return { fromMs: monthBounds(period.from, tz).fromMs, toMs: monthBounds(period.to, tz).toMs };
}

/**
 * The completion month of a flow: the month (local time of `tz`) of its last end. flodes attributes a flow to this
 * month on every page, in the report and in the roll-up, so a region figure for a month is the same wherever it is
 * shown.
 * @example completionMonth(Date.parse("2025-06-30T22:30:00Z")) // → "2025-07" (00:30 on 1 July in Stockholm)
 */
export function completionMonth(endMs: number, tz = "Europe/Stockholm"): string {
  return periodOf("month", tz)(endMs)!.period;
}

/**
 * Swedish name of a month.
 * @example monthLabel("2025-10") // → "oktober 2025"
 */
export function monthLabel(month: string): string {
  checkMonth(month);
  return `${MONTHS_SV[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * Short Swedish label of a period.
 * @example periodLabel({ from: "2025-01", to: "2025-06" }) // → "jan–jun 2025"
 * @example periodLabel({ from: "2024-11", to: "2025-02" }) // → "nov 2024–feb 2025"
 */
export function periodLabel(period: BaselinePeriod): string {
  const name = (m: string) => MONTHS_SHORT_SV[Number(m.slice(5, 7)) - 1];
  if (period.from === period.to) return `${name(period.from)} ${period.from.slice(0, 4)}`;
  if (period.from.slice(0, 4) === period.to.slice(0, 4)) return `${name(period.from)}–${name(period.to)} ${period.to.slice(0, 4)}`;
  return `${name(period.from)} ${period.from.slice(0, 4)}–${name(period.to)} ${period.to.slice(0, 4)}`;
}
