import {
  type Distribution,
  distribution,
  type EventLog,
  type FlowMetrics,
  type FlowWasteTimes,
  type FlowWasteTimesOptions,
  flowWasteTimes,
  openFlowMask,
  periodOf,
  quantile,
  wasteShares,
} from "@flodes/core";

/** The headline figures of a set of flows, as the pages' cards show them. */
export interface Headline {
  flows: number;
  leadTimeMs: Distribution;
  waitMs: Distribution;
  flowEfficiency: { aggregate: number | null; median: number | null };
  /** Σ wait ÷ Σ lead time (flow view). */
  waitShare: number | null;
  /** Σ NVA work ÷ Σ worked time (staff view). */
  nvaWorkShare: number | null;
  /** Worked time per category (Σ of observation durations). */
  worked: { vaTouchMs: number; nnvaTouchMs: number; nvaTouchMs: number };
}

/**
 * Per-flow waste times (both waste shares' sums and worked time by category), keyed by flow id.
 *
 * @param log the event log
 * @param options calendar for working time. __Default:__ calendar time.
 * @example
 * const waste = wasteTimesByFlow(log);
 * waste.get("R-001")?.nvaTouchMs
 */
export function wasteTimesByFlow(log: EventLog, options: FlowWasteTimesOptions = {}): Map<string, FlowWasteTimes> {
  return new Map(flowWasteTimes(log, options).map((w) => [w.flow, w]));
}

/**
 * The headline figures of a set of flows: count, lead time and wait, flow efficiency (Σ VA ÷ Σ lead time and the
 * median per flow), both waste shares and worked time by category. Flows missing from `waste` count in the lead
 * time but not in the waste shares.
 *
 * @param flows per-flow metrics (from `flowMetrics` or `analyze(...).flows`)
 * @param waste per-flow waste times ({@link wasteTimesByFlow})
 * @example
 * const h = headline(analyze(log).flows, wasteTimesByFlow(log));
 * h.flowEfficiency.aggregate // Σ vaMs ÷ Σ leadTimeMs
 */
export function headline(flows: readonly FlowMetrics[], waste: ReadonlyMap<string, FlowWasteTimes>): Headline {
  const ws = flows.map((f) => waste.get(f.flow)).filter((w): w is FlowWasteTimes => w !== undefined);
  const shares = wasteShares(ws);
  let va = 0;
  let lead = 0;
  for (const f of flows) {
    va += f.vaMs;
    lead += f.leadTimeMs;
  }
  const eff = flows.filter((f) => f.leadTimeMs > 0).map((f) => f.vaMs / f.leadTimeMs);
  return {
    flows: flows.length,
    leadTimeMs: distribution(flows.map((f) => f.leadTimeMs)),
    waitMs: distribution(flows.map((f) => f.waitMs)),
    flowEfficiency: { aggregate: lead > 0 ? va / lead : null, median: quantile(eff, 0.5) },
    waitShare: shares.waitShare,
    nvaWorkShare: shares.nvaWorkShare,
    worked: {
      vaTouchMs: ws.reduce((a, w) => a + w.vaTouchMs, 0),
      nnvaTouchMs: ws.reduce((a, w) => a + w.nnvaTouchMs, 0),
      nvaTouchMs: shares.nvaTouchMs,
    },
  };
}

/**
 * Completion month ("YYYY-MM", local time of its last end) of every flow, from observations or flow metrics.
 *
 * @param rows anything with a flow id and an end instant
 * @param tz IANA zone of the months. __Default:__ `"Europe/Stockholm"`.
 * @example
 * completionMonths(flowMetrics(log)).get("R-001") // "2025-03"
 */
export function completionMonths(rows: readonly { flow: string; endMs: number }[], tz = "Europe/Stockholm"): Map<string, string> {
  const end = new Map<string, number>();
  for (const o of rows) end.set(o.flow, Math.max(end.get(o.flow) ?? -Infinity, o.endMs));
  const monthOf = periodOf("month", tz);
  return new Map([...end].map(([flow, ms]) => [flow, monthOf(ms)!.period]));
}

/**
 * Completion month of every *completed* flow of the log: as {@link completionMonths}, but a flow still open (its
 * model names end steps and it has reached none, see `openFlowMask`) has no month, so no period of a page counts it.
 *
 * @param log the event log
 * @param rows flow metrics of the log (their end instants)
 * @param tz IANA zone of the months. __Default:__ `"Europe/Stockholm"`.
 * @example
 * const months = completedFlowMonths(pilotLog, flowMetrics(pilotLog));
 * months.size // → 6699
 */
export function completedFlowMonths(
  log: EventLog,
  rows: readonly { flow: string; endMs: number }[],
  tz = "Europe/Stockholm",
): Map<string, string> {
  const months = completionMonths(rows, tz);
  const open = openFlowMask(log);
  for (let f = 0; f < open.length; f++) if (open[f] === 1) months.delete(log.flowIds[f]!);
  return months;
}
