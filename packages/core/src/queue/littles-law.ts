import { textPair } from "../messages/msg.js";
import { type QueueMsg, queueMessage } from "../messages/queue.js";
import type { EventLog } from "../model/event-log.js";
import { flowStates, unitGroup } from "./flow-state.js";
import type { QueueOptions } from "./options.js";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Options of {@link littlesLaw}. */
export interface LittlesLawOptions extends QueueOptions {
  /** Window end. __Default:__ as-of. */
  toMs?: number;
  /** Window start. __Default:__ `windowWeeks` before the end, but not before the first arrival. */
  fromMs?: number;
  /** Window length when `fromMs` is not given. __Default:__ 26. */
  windowWeeks?: number;
  /** Per unit, or all flows together. __Default:__ `"unit"`. */
  by?: "unit" | "total";
  /** Largest relative gap |L − λW| ÷ L still called stable. __Default:__ 0.15. */
  tolerance?: number;
}

/** Little's law over one window for one unit (or all flows). */
export interface LittlesLawCheck {
  /** Unit id; null for flows without a unit; absent for `by: "total"`. */
  unit?: string | null;
  fromMs: number;
  toMs: number;
  days: number;
  /** L: time-average number of flows in progress over the window. */
  averageWip: number;
  /** Flows arriving per day in the window. */
  arrivalsPerDay: number;
  /** λ: flows closing per day in the window (throughput). */
  throughputPerDay: number;
  /** Flows that closed in the window. */
  departures: number;
  /** W: mean lead time (first start → closing) of the flows that closed in the window; null when none. */
  averageLeadTimeMs: number | null;
  /** λ·W: the WIP Little's law expects from throughput and lead time; null without departures. */
  expectedWip: number | null;
  /** (L − λW) ÷ L; null when L or λW is missing. Positive: more in progress than the finished flows explain. */
  gap: number | null;
  /** WIP at the end of the window minus WIP at its start. */
  wipChange: number;
  /** |gap| ≤ tolerance. */
  stable: boolean;
  /** A Swedish sentence (with English) on what the gap says. */
  text: QueueMsg;
}

/**
 * Checks Little's law, L = λ·W, over a window: L is the time-average WIP (each flow contributes the part of
 * [first start, closing) that lies in the window), λ the closings per day in the window, W the mean lead time of
 * those closings. In a stable system (arrivals ≈ departures, no trend) the two sides agree within sampling error;
 * a large positive gap means work is piling up (the finished flows are the quick ones and the queue is growing),
 * a large negative gap that an old queue is being worked off. The gap is a signal that the usual lead-time figures do
 * not describe the system, not an error in the data. Choose a window that avoids the warm-up at the start of a log
 * (when WIP is still filling up).
 *
 * @param log the event log
 * @param options window, grouping, tolerance; see {@link LittlesLawOptions}
 * @example
 * littlesLaw(pilotLog, { windowWeeks: 26 })[0] // → { unit: "bild-och-funktionsmedicin", averageWip: …, expectedWip: …, gap: …, stable: …, … }
 */
export function littlesLaw(log: EventLog, options: LittlesLawOptions = {}): LittlesLawCheck[] {
  const states = flowStates(log, options);
  const { present, startMs, closeMs } = states;
  const tolerance = options.tolerance ?? 0.15;
  let firstArrival = Infinity;
  for (let f = 0; f < present.length; f++) if (present[f] === 1 && startMs[f] < firstArrival) firstArrival = startMs[f];
  const toMs = options.toMs ?? states.asOfMs;
  const fromMs = options.fromMs ?? Math.max(firstArrival, toMs - (options.windowWeeks ?? 26) * WEEK_MS);
  const span = toMs - fromMs;
  const groups = new Map<
    string,
    { unit?: string | null; inWindowMs: number; arrivals: number; departures: number; leadSum: number; wipFrom: number; wipTo: number }
  >();
  for (let f = 0; f < present.length; f++) {
    if (present[f] !== 1) continue;
    const g = unitGroup(groups, options.by, states.unit[f], () => ({
      inWindowMs: 0,
      arrivals: 0,
      departures: 0,
      leadSum: 0,
      wipFrom: 0,
      wipTo: 0,
    }));
    const s = startMs[f];
    const c = closeMs[f];
    const until = Number.isNaN(c) ? Infinity : c;
    const a = Math.max(s, fromMs);
    const b = Math.min(until, toMs);
    if (b > a) g.inWindowMs += b - a;
    if (s >= fromMs && s < toMs) g.arrivals++;
    if (c >= fromMs && c < toMs) {
      g.departures++;
      g.leadSum += c - s;
    }
    if (s <= fromMs && until > fromMs) g.wipFrom++;
    if (s <= toMs && until > toMs) g.wipTo++;
  }
  const last = "\uffff";
  return [...groups.values()]
    .sort((a, b) => (a.unit ?? last).localeCompare(b.unit ?? last))
    .map((g) => {
      const days = span / DAY_MS;
      const averageWip = span > 0 ? g.inWindowMs / span : 0;
      const throughputPerDay = days > 0 ? g.departures / days : 0;
      const averageLeadTimeMs = g.departures > 0 ? g.leadSum / g.departures : null;
      const expectedWip = averageLeadTimeMs === null ? null : throughputPerDay * (averageLeadTimeMs / DAY_MS);
      const gap = expectedWip === null || averageWip === 0 ? null : (averageWip - expectedWip) / averageWip;
      const stable = gap !== null && Math.abs(gap) <= tolerance;
      const check: LittlesLawCheck = {
        fromMs,
        toMs,
        days,
        averageWip,
        arrivalsPerDay: days > 0 ? g.arrivals / days : 0,
        throughputPerDay,
        departures: g.departures,
        averageLeadTimeMs,
        expectedWip,
        gap,
        wipChange: g.wipTo - g.wipFrom,
        stable,
        text: textPair(queueMessage.littlesLaw(averageWip, expectedWip, gap, tolerance)),
      };
      return g.unit !== undefined ? { unit: g.unit, ...check } : check;
    });
}
