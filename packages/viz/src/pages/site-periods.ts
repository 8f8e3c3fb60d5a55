import { completionMonth, type EventLog, monthsOf, periodLabel, shiftMonth } from "@flodes/core";

/** A period of completion months the pages offer (a flow belongs to the month of its last end). */
export interface SitePeriod {
  /** `alla` the whole log, `baslinje` before the change, `efter` from the change on. */
  id: "alla" | "baslinje" | "efter";
  label: string;
  months: string[];
}

/** Options of {@link logPeriods}. */
export interface LogPeriodsOptions {
  /** IANA zone of the months. __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
  /**
   * The date of the change ("YYYY-MM-DD"): its month opens the "Efter" period, the months before it form the
   * baseline. __Default:__ none (only the whole period).
   */
  changeDate?: string;
}

/**
 * The periods of a log for pages that show a user's own file: the whole span of completion months and, with a
 * change date, the months before it ("Före", the baseline) and from its month on ("Efter"). Empty periods are left
 * out; an empty log gives none.
 *
 * @example
 * logPeriods(log, { changeDate: "2025-07-01" })
 * // [{ id: "alla", label: "Hela perioden (jan–dec 2025)", … }, { id: "baslinje", label: "Före (jan–jun 2025)", … }, { id: "efter", … }]
 */
export function logPeriods(log: EventLog, options: LogPeriodsOptions = {}): SitePeriod[] {
  const tz = options.tz ?? "Europe/Stockholm";
  let min = Infinity;
  let max = -Infinity;
  // A flow's completion month is that of its last end, so the span runs from the earliest to the latest flow end.
  const lastEnd = new Float64Array(log.flowIds.length).fill(-Infinity);
  for (let i = 0; i < log.length; i++) if (log.end[i] > lastEnd[log.flow[i]]) lastEnd[log.flow[i]] = log.end[i];
  for (const e of lastEnd) {
    if (!Number.isFinite(e)) continue;
    if (e < min) min = e;
    if (e > max) max = e;
  }
  if (!Number.isFinite(min)) return [];
  const first = completionMonth(min, tz);
  const last = completionMonth(max, tz);
  const whole = { from: first, to: last };
  const periods: SitePeriod[] = [{ id: "alla", label: `Hela perioden (${periodLabel(whole)})`, months: monthsOf(whole) }];
  const change = options.changeDate?.slice(0, 7);
  if (change !== undefined && /^\d{4}-\d{2}$/.test(change)) {
    const before = { from: first, to: shiftMonth(change, -1) };
    const after = { from: change, to: last };
    if (before.to >= before.from) periods.push({ id: "baslinje", label: `Före (${periodLabel(before)})`, months: monthsOf(before) });
    if (after.to >= after.from) periods.push({ id: "efter", label: `Efter (${periodLabel(after)})`, months: monthsOf(after) });
  }
  return periods;
}
