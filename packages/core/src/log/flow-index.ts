import type { ColumnarLog } from "../model/columnar.js";
import { indexFlows, type FlowIndex } from "../metrics/kernel.js";

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
