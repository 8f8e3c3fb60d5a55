import { createCalendar } from "../calendar/working-calendar.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { EventLog } from "../model/event-log.js";
import { matchKey } from "../model/step-resolver.js";
import { LocalZone } from "../time/local-zone.js";
import { type CareGuaranteeRule, SWEDISH_CARE_GUARANTEE } from "./care-guarantee-rules.js";
import { type FlowStates, flowStates } from "./flow-state.js";
import type { QueueOptions } from "./options.js";
import { periodSeries } from "./periods.js";
import { stepIntervalColumns } from "./step-interval.js";
import { stepMask } from "./step-match.js";

/** Options of {@link careGuarantee}. */
export interface CareGuaranteeOptions extends QueueOptions {
  /** Calendar that decides which days are working days (rules counted in `working` days). __Default:__ `createCalendar({ tz })` (Monday–Friday, Swedish public holidays and eves closed). */
  workingDays?: WorkingCalendar;
}

/** Compliance of one rule in one unit and month. */
export interface CareGuaranteeMonth {
  rule: string;
  unit: string | null;
  /** "2026-03". */
  month: string;
  /** Flows that reached the to-step in the month. */
  reached: number;
  /** Of those, within the limit. */
  within: number;
  /** Flows waiting for the to-step at the end of the month (at as-of for the month holding it). */
  waiting: number;
  /** Of those, already past the limit: they are never left out of the compliance. */
  openBeyond: number;
  /** within ÷ (reached + openBeyond); null when both are 0. */
  compliance: number | null;
}

/** One rule in one unit at as-of. */
export interface CareGuaranteeNow {
  rule: string;
  unit: string | null;
  /** Flows waiting for the to-step at as-of. */
  waiting: number;
  /** Of those, waiting beyond the limit. */
  beyond: number;
  /** Longest wait so far in the rule's days; null when nobody waits. */
  longestDays: number | null;
}

/** One flow under one rule. */
export interface CareGuaranteeFlow {
  rule: string;
  flow: string;
  unit: string | null;
  fromMs: number;
  /** When the to-step came; null while waiting. */
  toMs: number | null;
  /** Days counted as the rule says: to the to-step, or so far (to as-of) while waiting. */
  days: number;
  status: "within" | "beyond" | "waiting" | "waitingBeyond";
}

/** Care-guarantee compliance per rule, unit and month, and who is waiting now. */
export interface CareGuaranteeResult {
  asOfMs: number;
  rules: CareGuaranteeRule[];
  months: CareGuaranteeMonth[];
  now: CareGuaranteeNow[];
  flows: CareGuaranteeFlow[];
  /** Flows per rule that closed without reaching the to-step (not counted). */
  endedWithout: Record<string, number>;
}

/** Counts days between local dates: calendar days, or working days after the first date up to the second. */
function dayCounter(
  states: FlowStates,
  calendar: WorkingCalendar,
): { day(ms: number): number; count(rule: CareGuaranteeRule, fromDay: number, toDay: number): number } {
  const zone = new LocalZone(states.tz);
  let base = Number.NaN;
  let prefix: Int32Array = new Int32Array(0);
  const working = (fromDay: number, toDay: number): number => {
    if (Number.isNaN(base) || fromDay < base || toDay >= base + prefix.length - 1) {
      // Prefix sums of open days over a range covering every query so far (grown when needed).
      const lo = Math.min(fromDay, Number.isNaN(base) ? fromDay : base) - 31;
      const hi = Math.max(toDay, Number.isNaN(base) ? toDay : base + prefix.length - 2) + 31;
      prefix = new Int32Array(hi - lo + 2);
      for (let d = lo; d <= hi; d++) {
        const open = calendar.workingMs(zone.toUtc(d, 0, "first"), zone.toUtc(d + 1, 0, "first")) > 0 ? 1 : 0;
        prefix[d - lo + 1] = prefix[d - lo] + open;
      }
      base = lo;
    }
    return prefix[toDay - base + 1] - prefix[fromDay - base + 1];
  };
  return {
    day: (ms) => zone.dayOf(ms),
    count: (rule, fromDay, toDay) => (toDay <= fromDay ? 0 : rule.days === "working" ? working(fromDay, toDay) : toDay - fromDay),
  };
}

/**
 * Care guarantee (vårdgaranti) compliance. For each rule, a flow enters when it first reaches a from-step; it meets
 * the rule when the first to-step after it comes within the limit (days counted as the rule says). Per unit and
 * month: the flows that reached the to-step in the month and how many within the limit, **plus** the flows still
 * waiting at the month's end and how many of them were already past the limit; compliance counts those as misses,
 * so a growing queue cannot make the figure look better. `now` gives, per rule and unit, how many are waiting at
 * as-of and how many beyond the limit. Flows that closed without the to-step (e.g. referred elsewhere) are not
 * counted.
 *
 * @param log the event log
 * @param rules the rules. __Default:__ {@link SWEDISH_CARE_GUARANTEE}
 * @param options as-of, end steps, zone, working-day calendar; see {@link CareGuaranteeOptions}
 * @example
 * const cg = careGuarantee(pilotLog, rules, { asOfMs: Date.parse("2026-01-01T00:00:00+01:00") });
 * cg.now.every((n) => n.beyond <= n.waiting) // → true
 */
export function careGuarantee(
  log: EventLog,
  rules: readonly CareGuaranteeRule[] = SWEDISH_CARE_GUARANTEE,
  options: CareGuaranteeOptions = {},
): CareGuaranteeResult {
  const states = flowStates(log, options);
  const asOf = states.asOfMs;
  const days = dayCounter(states, options.workingDays ?? createCalendar({ tz: states.tz }));
  const asOfDay = days.day(asOf);
  const months: CareGuaranteeMonth[] = [];
  const now: CareGuaranteeNow[] = [];
  const flows: CareGuaranteeFlow[] = [];
  const endedWithout: Record<string, number> = {};
  for (const rule of rules) {
    const cols = stepIntervalColumns(states, stepMask(log, rule.from), stepMask(log, rule.to));
    const processKeys = rule.processes ? new Set(rule.processes.map(matchKey)) : null;
    const inRule = (f: number): boolean => {
      if (!processKeys) return true;
      const p = log.flowProcess[f];
      if (p < 0) return false;
      const m = log.processModel[p];
      return processKeys.has(matchKey(log.processIds[p])) || (m !== null && processKeys.has(matchKey(m.name)));
    };
    let first = Infinity;
    for (let f = 0; f < cols.fromMs.length; f++) if (cols.fromMs[f] < first && inRule(f)) first = cols.fromMs[f];
    const series = periodSeries(first, asOf, "month", states.tz);
    const B = series.buckets.length;
    const monthEndDay = series.buckets.map((b) => days.day(Math.min(b.endMs - 1, asOf)));
    type Acc = {
      reached: Int32Array;
      within: Int32Array;
      waiting: Int32Array;
      beyond: Int32Array;
      nowWaiting: number;
      nowBeyond: number;
      longest: number;
    };
    const acc = new Map<string | null, Acc>();
    const accOf = (unit: string | null): Acc => {
      let a = acc.get(unit);
      if (!a)
        acc.set(
          unit,
          (a = {
            reached: new Int32Array(B),
            within: new Int32Array(B),
            waiting: new Int32Array(B),
            beyond: new Int32Array(B),
            nowWaiting: 0,
            nowBeyond: 0,
            longest: -1,
          }),
        );
      return a;
    };
    let ended = 0;
    for (let f = 0; f < cols.fromMs.length; f++) {
      const fromMs = cols.fromMs[f];
      if (Number.isNaN(fromMs) || !inRule(f)) continue;
      const toMs = cols.toMs[f];
      const close = states.closeMs[f];
      if (Number.isNaN(toMs) && !Number.isNaN(close)) ended++;
      const unit = states.unit[f];
      const a = accOf(unit);
      const fromDay = days.day(fromMs);
      const reached = !Number.isNaN(toMs);
      // Waiting at a month's end while neither the to-step nor the closing had come.
      const waitUntil = Math.min(reached ? toMs : Infinity, Number.isNaN(close) ? Infinity : close);
      for (let b = series.indexOf(fromMs); b < B; b++) {
        const endMs = Math.min(series.buckets[b].endMs - 1, asOf);
        if (waitUntil <= endMs) break;
        a.waiting[b]++;
        if (days.count(rule, fromDay, monthEndDay[b]) > rule.limitDays) a.beyond[b]++;
      }
      if (reached) {
        const n = days.count(rule, fromDay, days.day(toMs));
        const b = series.indexOf(toMs);
        a.reached[b]++;
        if (n <= rule.limitDays) a.within[b]++;
        flows.push({ rule: rule.id, flow: log.flowIds[f], unit, fromMs, toMs, days: n, status: n <= rule.limitDays ? "within" : "beyond" });
      } else if (Number.isNaN(close)) {
        const n = days.count(rule, fromDay, asOfDay);
        a.nowWaiting++;
        if (n > rule.limitDays) a.nowBeyond++;
        if (n > a.longest) a.longest = n;
        flows.push({
          rule: rule.id,
          flow: log.flowIds[f],
          unit,
          fromMs,
          toMs: null,
          days: n,
          status: n > rule.limitDays ? "waitingBeyond" : "waiting",
        });
      }
    }
    endedWithout[rule.id] = ended;
    const last = "\uffff";
    for (const [unit, a] of [...acc.entries()].sort(([x], [y]) => (x ?? last).localeCompare(y ?? last))) {
      for (let b = 0; b < B; b++) {
        if (a.reached[b] === 0 && a.waiting[b] === 0) continue;
        const denominator = a.reached[b] + a.beyond[b];
        months.push({
          rule: rule.id,
          unit,
          month: series.buckets[b].key,
          reached: a.reached[b],
          within: a.within[b],
          waiting: a.waiting[b],
          openBeyond: a.beyond[b],
          compliance: denominator > 0 ? a.within[b] / denominator : null,
        });
      }
      now.push({ rule: rule.id, unit, waiting: a.nowWaiting, beyond: a.nowBeyond, longestDays: a.longest >= 0 ? a.longest : null });
    }
  }
  return { asOfMs: asOf, rules: [...rules], months, now, flows, endedWithout };
}
