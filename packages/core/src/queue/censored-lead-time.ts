import { textPair } from "../messages/msg.js";
import { type QueueMsg, queueMessage } from "../messages/queue.js";
import type { EventLog } from "../model/event-log.js";
import { flowStates, unitGroup } from "./flow-state.js";
import { type KaplanMeierEstimate, kaplanMeier, kaplanMeierQuantile, kaplanMeierQuantileCi } from "./kaplan-meier.js";
import type { QueueOptions } from "./options.js";

/** Options of {@link censoredLeadTime}. */
export interface CensoredLeadTimeOptions extends QueueOptions {
  /** Per unit, or all flows together. __Default:__ `"unit"`. */
  by?: "unit" | "total";
  /** Only flows that started at or after this instant (a cohort). __Default:__ all. */
  startedFromMs?: number;
  /** Include the survival curves (for charts). __Default:__ false. */
  curves?: boolean;
}

/** Quantiles of lead time (ms). */
export interface LeadTimeQuantiles {
  n: number;
  median: number | null;
  p85: number | null;
  p95: number | null;
}

/** A point of a survival curve: the share of flows not yet closed after `timeMs`. */
export interface SurvivalPoint {
  timeMs: number;
  survival: number;
  lower?: number;
  upper?: number;
}

/** Lead time of closed flows only beside the Kaplan–Meier estimate that counts open flows as censored. */
export interface CensoredLeadTime {
  /** Unit id (null: flows without a unit); absent for `by: "total"`. */
  unit?: string | null;
  /** Closed flows only: first start → closing. */
  closedOnly: LeadTimeQuantiles;
  /** Every flow; open ones right-censored at as-of − first start. */
  kaplanMeier: LeadTimeQuantiles & { events: number; censored: number; medianCi: { lower: number | null; upper: number | null } };
  /** Kaplan–Meier median − closed-only median; null when either is missing. */
  medianDifferenceMs: number | null;
  /** Swedish sentence (with English) on how far apart the two are. */
  text: QueueMsg;
  curves?: { closedOnly: SurvivalPoint[]; kaplanMeier: SurvivalPoint[] };
}

function quantiles(km: KaplanMeierEstimate, n: number): LeadTimeQuantiles {
  return { n, median: kaplanMeierQuantile(km, 0.5), p85: kaplanMeierQuantile(km, 0.85), p95: kaplanMeierQuantile(km, 0.95) };
}

function curve(km: KaplanMeierEstimate, bands: boolean): SurvivalPoint[] {
  const out: SurvivalPoint[] = [{ timeMs: 0, survival: 1, ...(bands ? { lower: 1, upper: 1 } : {}) }];
  for (const s of km.steps)
    if (s.events > 0) out.push({ timeMs: s.time, survival: s.survival, ...(bands ? { lower: s.lower, upper: s.upper } : {}) });
  return out;
}

/**
 * Lead time with censoring: the time from a flow's first start to its closing, estimated with Kaplan–Meier using
 * open flows as right-censored observations (they have waited at least as-of − start), beside the same estimator on
 * closed flows only. Both use the Kaplan–Meier quantile definition ({@link kaplanMeierQuantile}), so the only
 * difference between them is the open flows: a queue that grows makes the closed-only figures look better (only the
 * quick flows have finished), and the gap shows by how much. The median's 95 % interval is Brookmeyer–Crowley on the
 * log-log scale ({@link kaplanMeierQuantileCi}); a quantile the curve does not reach is null (too many still open).
 *
 * @param log the event log
 * @param options grouping, cohort, as-of, end steps; see {@link CensoredLeadTimeOptions}
 * @example
 * const [all] = censoredLeadTime(pilotLog, { by: "total" });
 * all.kaplanMeier.median >= all.closedOnly.median // → true — open cases count as still waiting
 * all.text.message // → "Med 533 öppna ärenden inräknade (Kaplan–Meier)…"
 */
export function censoredLeadTime(log: EventLog, options: CensoredLeadTimeOptions = {}): CensoredLeadTime[] {
  const states = flowStates(log, options);
  const groups = new Map<string, { unit?: string | null; time: number[]; closed: boolean[] }>();
  // All flows together is one group even when there are none.
  if (options.by === "total") groups.set("", { time: [], closed: [] });
  for (let f = 0; f < log.flowIds.length; f++) {
    if (states.present[f] !== 1) continue;
    const s = states.startMs[f];
    if (options.startedFromMs !== undefined && s < options.startedFromMs) continue;
    const g = unitGroup(groups, options.by, states.unit[f], () => ({ time: [] as number[], closed: [] as boolean[] }));
    const c = states.closeMs[f];
    const isClosed = !Number.isNaN(c);
    g.time.push((isClosed ? c : states.asOfMs) - s);
    g.closed.push(isClosed);
  }
  const last = "\uffff";
  return [...groups.values()]
    .sort((a, b) => (a.unit ?? last).localeCompare(b.unit ?? last))
    .map((g) => {
      const km = kaplanMeier(g.time, g.closed);
      const closedTimes = g.time.filter((_, i) => g.closed[i]);
      const closedKm = kaplanMeier(
        closedTimes,
        closedTimes.map(() => true),
      );
      const closedOnly = quantiles(closedKm, closedTimes.length);
      const all = quantiles(km, g.time.length);
      const medianDifferenceMs = closedOnly.median !== null && all.median !== null ? all.median - closedOnly.median : null;
      const result: CensoredLeadTime = {
        closedOnly,
        kaplanMeier: { ...all, events: km.events, censored: km.censored, medianCi: kaplanMeierQuantileCi(km, 0.5) },
        medianDifferenceMs,
        text: textPair(queueMessage.censoredLeadTime(closedOnly.median, all.median, km.censored)),
      };
      if (options.curves) result.curves = { closedOnly: curve(closedKm, false), kaplanMeier: curve(km, true) };
      return g.unit !== undefined ? { unit: g.unit, ...result } : result;
    });
}
