import type { ColumnarLog } from "../model/columnar.js";
import { distributionInPlace } from "../stats/distribution.js";
import { type MetricsInput, type MetricsOptions, prepare } from "./input.js";
import { computeHandoffs, type HandoffColumns } from "./kernel.js";
import { processOfStep } from "./summarize-steps.js";
import type { HandoffSummary } from "./types.js";

/** {@link summarizeHandoffs} on precomputed handoff columns. */
export function summarizeHandoffsFromColumns(log: ColumnarLog, cols: HandoffColumns): HandoffSummary[] {
  const n = cols.to.length;
  const S = log.stepIds.length;
  const { fromStep, step: stepAt } = cols;
  // Edge id per (from, to) step pair: a dense table when small, else a map.
  const dense = S * S <= 1 << 22 ? new Int32Array(S * S).fill(-1) : undefined;
  const sparse = dense ? undefined : new Map<number, number>();
  const edgeOf = new Int32Array(n).fill(-1);
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const edgeCount: number[] = [];
  for (let p = 0; p < n; p++) {
    const a = fromStep[p];
    if (a < 0) continue;
    const b = stepAt[p];
    const key = a * S + b;
    let e = dense ? dense[key] : (sparse!.get(key) ?? -1);
    if (e < 0) {
      e = edgeFrom.length;
      edgeFrom.push(a);
      edgeTo.push(b);
      edgeCount.push(0);
      if (dense) dense[key] = e;
      else sparse!.set(key, e);
    }
    edgeOf[p] = e;
    edgeCount[e]++;
  }
  const E = edgeFrom.length;
  const off = new Int32Array(E + 1);
  for (let e = 0; e < E; e++) off[e + 1] = off[e] + edgeCount[e];
  const cur = off.slice(0, E);
  const waits = new Float64Array(off[E]);
  const totals = new Float64Array(E);
  for (let p = 0; p < n; p++) {
    const e = edgeOf[p];
    if (e < 0) continue;
    const w = cols.waitMs[p];
    waits[cur[e]++] = w;
    totals[e] += w;
  }
  const ids = Array.from({ length: E }, (_, e) => e);
  ids.sort((x, y) => edgeFrom[x] - edgeFrom[y] || edgeTo[x] - edgeTo[y]);
  return ids.map((e) => ({
    process: processOfStep(log, edgeTo[e]),
    from: log.stepIds[edgeFrom[e]],
    to: log.stepIds[edgeTo[e]],
    n: edgeCount[e],
    waitMs: distributionInPlace(waits.subarray(off[e], off[e + 1])),
    totalWaitMs: totals[e],
  }));
}

/**
 * Waits between steps, per handoff edge `from → to` (see {@link handoffs} for how each wait and its source
 * are found): count, distribution and total of the waits. The first observation of a flow has no source
 * and is left out. Edges ordered by source step, then target step (order of first appearance).
 *
 * @param input a ColumnarLog or a list of observations
 * @param options model and calendar, see {@link MetricsOptions}
 * @example
 * const first = summarizeHandoffs(observations).find((h) => h.from === "Remiss inkommer");
 * [first.to, first.n] // → ["Registrering", 30]
 */
export function summarizeHandoffs(input: MetricsInput, options: MetricsOptions = {}): HandoffSummary[] {
  const { log, index } = prepare(input, options);
  return summarizeHandoffsFromColumns(log, computeHandoffs(log, { calendar: options.calendar, index }));
}
