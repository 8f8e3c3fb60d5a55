import { textPair } from "../messages/msg.js";
import { type QueueMsg, queueMessage } from "../messages/queue.js";
import type { EventLog } from "../model/event-log.js";
import { parseIsoDate } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";
import type { BacklogAllocation } from "./backlog-allocations.js";
import { flowStates } from "./flow-state.js";
import { asOfFromDate, type QueueOptions } from "./options.js";
import { periodSeries } from "./periods.js";

/** Options of {@link backlog}. */
export interface BacklogOptions extends QueueOptions {
  /** Allocations for postponed care with targets (one per unit; a later row for the same unit wins). __Default:__ none. */
  allocations?: readonly BacklogAllocation[];
  /** An open flow older than this many calendar days counts in `beyondLimit`. __Default:__ 90. */
  limitDays?: number;
}

/** One unit's backlog at the end of one month. */
export interface BacklogMonth {
  /** "2026-03". */
  month: string;
  /** End of the month, or as-of for the month holding it. */
  atMs: number;
  /** Open flows then. */
  backlog: number;
  /** Of those, open longer than `limitDays` calendar days. */
  beyondLimit: number;
  arrivals: number;
  departures: number;
  /** The burn-down line: linear from the backlog at the allocation's start to its target at its end; null outside it. */
  target: number | null;
  /** Flows of the backlog at the allocation's start that had closed by then; null before the start or without one. */
  cleared: number | null;
}

/** A unit's backlog over time, against its allocation. */
export interface BacklogUnit {
  unit: string | null;
  allocation: BacklogAllocation | null;
  months: BacklogMonth[];
  /** Backlog at the start of the allocation; null without one (or when it starts after as-of). */
  startBacklog: number | null;
  /** Backlog at as-of. */
  currentBacklog: number;
  /** Flows of the start backlog closed by as-of. */
  cleared: number | null;
  /** Allocation ÷ cleared; null without an allocation or when nothing has been cleared. */
  kronorPerCaseCleared: number | null;
  /** startBacklog − currentBacklog: how much smaller the queue is now (negative when it grew). */
  netReduction: number | null;
  /** Allocation ÷ net reduction; null when the queue did not shrink. */
  kronorPerNetReduction: number | null;
  /** The burn-down line at as-of. */
  targetNow: number | null;
  /** currentBacklog ≤ targetNow. */
  onTrack: boolean | null;
  text: QueueMsg | null;
}

/**
 * Backlog (kö: open flows) per unit at the end of each month, with the part older than `limitDays`, arrivals and
 * departures; and, for units with an allocation for postponed care (förskjuten vård), a burn-down line from the
 * backlog at the allocation's start to its target, how many of that start backlog have been cleared (closed) and the
 * kronor per cleared case (allocation ÷ cleared). Cleared counts only flows that were waiting when the money came:
 * new flows closed meanwhile do not make the effort look cheaper. Beside it the net reduction (start − now) and the
 * kronor per case of net reduction: the old queue is usually worked off in any case, the question is whether the
 * queue got shorter.
 *
 * @param log the event log
 * @param options allocations, limit, as-of, end steps; see {@link BacklogOptions}
 * @example
 * const [first] = backlog(pilotLog, { allocations });
 * first // → { unit: "bild-och-funktionsmedicin", … }
 */
export function backlog(log: EventLog, options: BacklogOptions = {}): BacklogUnit[] {
  const states = flowStates(log, options);
  const { present, startMs, closeMs, asOfMs, tz } = states;
  const zone = new LocalZone(tz);
  const limitDays = options.limitDays ?? 90;
  const allocationOf = new Map<string, BacklogAllocation>();
  for (const a of options.allocations ?? []) allocationOf.set(a.unit, a);
  let first = Infinity;
  for (let f = 0; f < present.length; f++) if (present[f] === 1 && startMs[f] < first) first = startMs[f];
  const series = periodSeries(first, asOfMs, "month", tz);
  const B = series.buckets.length;
  const ats = series.buckets.map((b) => Math.min(b.endMs - 1, asOfMs));
  const atDays = ats.map((t) => zone.dayOf(t));
  type Acc = {
    backlog: Int32Array;
    beyond: Int32Array;
    arrivals: Int32Array;
    departures: Int32Array;
    cleared: Int32Array;
    start: number;
    current: number;
    clearedNow: number;
  };
  const acc = new Map<string | null, Acc>();
  // Each allocation runs from the start of its first day to the end of its target day.
  const windows = new Map<string, { fromMs: number; toMs: number }>();
  for (const [unit, a] of allocationOf)
    windows.set(unit, { fromMs: zone.toUtc(parseIsoDate(a.from)!, 0, "first"), toMs: asOfFromDate(a.to, tz) });
  const window = (unit: string | null) => (unit === null ? undefined : windows.get(unit)) ?? null;
  for (let f = 0; f < present.length; f++) {
    if (present[f] !== 1) continue;
    const unit = states.unit[f];
    let a = acc.get(unit);
    if (!a)
      acc.set(
        unit,
        (a = {
          backlog: new Int32Array(B),
          beyond: new Int32Array(B),
          arrivals: new Int32Array(B),
          departures: new Int32Array(B),
          cleared: new Int32Array(B),
          start: 0,
          current: 0,
          clearedNow: 0,
        }),
      );
    const s = startMs[f];
    const c = closeMs[f];
    const until = Number.isNaN(c) ? Infinity : c;
    const startDay = zone.dayOf(s);
    a.arrivals[series.indexOf(s)]++;
    if (!Number.isNaN(c)) a.departures[series.indexOf(c)]++;
    for (let b = series.indexOf(s); b < B && until > ats[b]; b++) {
      a.backlog[b]++;
      if (atDays[b] - startDay > limitDays) a.beyond[b]++;
    }
    if (Number.isNaN(c)) a.current++;
    const w = window(unit);
    if (w && s < w.fromMs && until > w.fromMs && w.fromMs <= asOfMs) {
      a.start++;
      if (!Number.isNaN(c)) {
        a.clearedNow++;
        for (let b = series.indexOf(c); b < B; b++) a.cleared[b]++;
      }
    }
  }
  const last = "\uffff";
  return [...acc.entries()]
    .sort(([x], [y]) => (x ?? last).localeCompare(y ?? last))
    .map(([unit, a]) => {
      const allocation = unit === null ? null : (allocationOf.get(unit) ?? null);
      const w = window(unit);
      const started = w !== null && w.fromMs <= asOfMs;
      const line = (t: number): number | null => {
        if (!w || !allocation || !started || t < w.fromMs) return null;
        if (t >= w.toMs) return allocation.targetBacklog;
        return a.start + ((allocation.targetBacklog - a.start) * (t - w.fromMs)) / (w.toMs - w.fromMs);
      };
      const months: BacklogMonth[] = series.buckets.map((bucket, b) => ({
        month: bucket.key,
        atMs: ats[b],
        backlog: a.backlog[b],
        beyondLimit: a.beyond[b],
        arrivals: a.arrivals[b],
        departures: a.departures[b],
        target: line(ats[b]),
        cleared: started && ats[b] >= w!.fromMs ? a.cleared[b] : null,
      }));
      const cleared = started ? a.clearedNow : null;
      const kronorPerCaseCleared = allocation && cleared !== null && cleared > 0 ? allocation.amountSek / cleared : null;
      const targetNow = line(asOfMs);
      const netReduction = started ? a.start - a.current : null;
      const result: BacklogUnit = {
        unit,
        allocation,
        months,
        startBacklog: started ? a.start : null,
        currentBacklog: a.current,
        cleared,
        kronorPerCaseCleared,
        netReduction,
        kronorPerNetReduction: allocation && netReduction !== null && netReduction > 0 ? allocation.amountSek / netReduction : null,
        targetNow,
        onTrack: targetNow === null ? null : a.current <= targetNow,
        text:
          allocation && started
            ? textPair(
                queueMessage.backlogAllocation(allocation.amountSek, a.start, a.current, a.clearedNow, kronorPerCaseCleared, targetNow),
              )
            : null,
      };
      return result;
    });
}
