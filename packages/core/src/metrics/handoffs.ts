import type { ColumnarLog } from "../model/columnar.js";
import { type MetricsInput, type MetricsOptions, prepare } from "./input.js";
import { computeHandoffs, type HandoffColumns } from "./kernel.js";
import type { Handoff } from "./types.js";

/** Turns handoff columns into one object per observation, in flow order. */
export function handoffsFromColumns(log: ColumnarLog, cols: HandoffColumns): Handoff[] {
  const out: Handoff[] = new Array(cols.to.length);
  for (let p = 0; p < cols.to.length; p++) {
    const i = cols.to[p];
    out[p] = {
      flow: log.flowIds[log.flow[i]],
      from: cols.fromStep[p] < 0 ? null : log.stepIds[cols.fromStep[p]],
      to: log.stepIds[log.step[i]],
      index: cols.position[p],
      waitMs: cols.waitMs[p],
    };
  }
  return out;
}

/**
 * The wait before every observation and the handoff it belongs to. Observations of a flow are ordered by
 * (start, end, input order); the wait before observation i is max(0, start_i − max_{j<i} end_j) and its
 * source (`from`) is the step of the earlier observation that first reached that max end. The first
 * observation of a flow has `from: null` and wait 0. Per flow, the waits sum to its `waitMs`.
 *
 * @param input a ColumnarLog or a list of observations
 * @param options model and calendar, see {@link MetricsOptions}
 * @example
 * handoffs([
 *   { flow: "F1", step: "Remiss", startMs: 0, endMs: 5, category: "NNVA" },
 *   { flow: "F1", step: "Bedömning", startMs: 60, endMs: 80, category: "VA" },
 * ]).map((h) => [h.from, h.to, h.waitMs]) // → [[null, "Remiss", 0], ["Remiss", "Bedömning", 55]]
 */
export function handoffs(input: MetricsInput, options: MetricsOptions = {}): Handoff[] {
  const { log, index } = prepare(input, options);
  return handoffsFromColumns(log, computeHandoffs(log, { calendar: options.calendar, index }));
}
