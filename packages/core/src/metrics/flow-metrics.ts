import type { ColumnarLog } from "../model/columnar.js";
import { isEventLog, type MetricsInput, type MetricsOptions, prepare } from "./input.js";
import { computeFlows, type FlowColumns } from "./kernel.js";
import type { FlowMetrics } from "./types.js";

/**
 * Turns flow columns into one object per flow that has at least one observation (flow-code order). Keys are created
 * in the order of the CLI contract (design.md), so the objects serialise in that order as they are.
 */
export function flowMetricsFromColumns(log: ColumnarLog, cols: FlowColumns): FlowMetrics[] {
  const out: FlowMetrics[] = [];
  const n = log.flowIds.length;
  const ev = isEventLog(log) ? log : null;
  for (let f = 0; f < n; f++) {
    if (cols.observations[f] === 0) continue;
    const lead = cols.leadTimeMs[f];
    const m: FlowMetrics = {
      flow: log.flowIds[f],
      startMs: cols.startMs[f],
      endMs: cols.endMs[f],
      leadTimeMs: lead,
      vaMs: cols.vaMs[f],
      nnvaMs: cols.nnvaMs[f],
      nvaMs: cols.nvaMs[f],
      waitMs: cols.waitMs[f],
      touchTimeMs: cols.touchTimeMs[f],
      flowEfficiency: lead > 0 ? cols.vaMs[f] / lead : null,
      observations: cols.observations[f],
      nvaWorkMs: cols.nvaWorkMs[f],
      reworkCount: cols.reworkCount[f],
      reworkMs: cols.reworkMs[f],
      assumedStarts: cols.assumedStarts[f],
      basis: cols.basis,
    };
    if (ev) {
      const p = ev.flowProcess[f];
      if (p >= 0) m.process = ev.processIds[p];
      const u = ev.flowUnit[f];
      if (u >= 0) m.unit = ev.unitIds[u];
    }
    out.push(m);
  }
  return out;
}

/**
 * Per-flow metrics as defined in design.md: lead time, VA/NNVA/NVA (work and wait) without double
 * counting parallel work, touch time, flow efficiency, rework. One object per flow, in order of first
 * appearance. `basis` is "working" when a calendar is given, else "calendar".
 *
 * @param input a ColumnarLog or a list of observations
 * @param options model (for observations) and calendar, see {@link MetricsOptions}
 * @example
 * const [f] = flowMetrics([
 *   { flow: "F1", step: "Bedömning", startMs: 0, endMs: 20 * 60_000, category: "VA" },
 *   { flow: "F1", step: "Beslut", startMs: 60 * 60_000, endMs: 70 * 60_000, category: "VA" },
 * ]);
 * [f.leadTimeMs, f.vaMs, f.waitMs] // → [4200000, 1800000, 2400000] — 70, 30 and 40 min
 * f.flowEfficiency // → 0.428… (30 / 70)
 */
export function flowMetrics(input: MetricsInput, options: MetricsOptions = {}): FlowMetrics[] {
  const { log, index } = prepare(input, options);
  return flowMetricsFromColumns(log, computeFlows(log, { calendar: options.calendar, index }));
}
