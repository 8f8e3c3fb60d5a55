import type { ColumnarLog } from "../model/columnar.js";

/**
 * Observations grouped by flow and ordered within each flow by (start, end, input order).
 * Flow `f` occupies `order[offsets[f] .. offsets[f + 1])`; each entry is an observation index into the log.
 */
export interface FlowIndex {
  readonly order: Int32Array;
  /** Length `flowIds.length + 1`. */
  readonly offsets: Int32Array;
}

/** Insertion sort of `order[a..b)` by (start, end); stable, so ties keep input order. */
function insertionSort(order: Int32Array, a: number, b: number, start: Float64Array, end: Float64Array): void {
  for (let p = a + 1; p < b; p++) {
    const i = order[p];
    const s = start[i];
    const e = end[i];
    let q = p - 1;
    while (q >= a) {
      const j = order[q];
      const sj = start[j];
      if (sj < s || (sj === s && end[j] <= e)) break;
      order[q + 1] = j;
      q--;
    }
    order[q + 1] = i;
  }
}

/**
 * Groups rows by flow with a counting sort (O(n), input order kept within a flow), then orders each flow by
 * (start, end, input order), sorting only flows that are not already in that order. The low-level form of
 * {@link indexFlows}, for columns that are not (yet) a log.
 *
 * @example
 * const { order, offsets } = groupByFlow(n, flow, flowCount, start, end);
 */
export function groupByFlow(n: number, flow: Int32Array, flowCount: number, start: Float64Array, end: Float64Array): FlowIndex {
  const offsets = new Int32Array(flowCount + 1);
  for (let i = 0; i < n; i++) offsets[flow[i] + 1]++;
  for (let f = 0; f < flowCount; f++) offsets[f + 1] += offsets[f];
  const order = new Int32Array(n);
  const cursor = offsets.slice(0, flowCount);
  for (let i = 0; i < n; i++) order[cursor[flow[i]]++] = i;

  for (let f = 0; f < flowCount; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    let sorted = true;
    for (let p = a + 1; p < b; p++) {
      const i = order[p - 1];
      const j = order[p];
      if (start[j] < start[i] || (start[j] === start[i] && end[j] < end[i])) {
        sorted = false;
        break;
      }
    }
    if (sorted) continue;
    if (b - a <= 64) {
      insertionSort(order, a, b, start, end);
    } else {
      const seg = Array.from(order.subarray(a, b));
      seg.sort((i, j) => start[i] - start[j] || end[i] - end[j] || i - j);
      order.set(seg, a);
    }
  }
  return { order, offsets };
}

/**
 * Groups observations by flow with a counting sort (O(n), input order kept within a flow), then orders
 * each flow by (start, end, input order), sorting only flows that are not already in that order.
 *
 * @param log the columnar log
 * @example
 * const { order, offsets } = indexFlows(log);
 * // observations of flow 0, in time order: order.subarray(offsets[0], offsets[1])
 */
export function indexFlows(log: ColumnarLog): FlowIndex {
  return groupByFlow(log.length, log.flow, log.flowIds.length, log.start, log.end);
}

const cache = new WeakMap<ColumnarLog, FlowIndex>();

/**
 * The flow index of a log (observations grouped by flow, time-ordered), computed once per log object and
 * shared by every analysis of it (metrics, cost, %C&A, what-if, dependencies, queues, the report).
 *
 * @example
 * const { order, offsets } = flowIndexOf(log); // flow f: order.subarray(offsets[f], offsets[f + 1])
 */
export function flowIndexOf(log: ColumnarLog): FlowIndex {
  let index = cache.get(log);
  if (index === undefined) {
    index = indexFlows(log);
    cache.set(log, index);
  }
  return index;
}

/**
 * Records an index already built for a log (by the import, which groups rows by flow to find duplicates), so the
 * first analysis does not group them again. The index must be `indexFlows(log)`'s.
 */
export function rememberFlowIndex(log: ColumnarLog, index: FlowIndex): void {
  cache.set(log, index);
}
