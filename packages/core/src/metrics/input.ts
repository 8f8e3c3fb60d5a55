import type { FlowIndex } from "../log/flow-index.js";
import { flowIndexOf } from "../log/flow-index.js";
import { eventLogFromObservations } from "../log/from-observations.js";
import { FlodesError } from "../messages/flodes-error.js";
import { metricsMessage } from "../messages/metrics.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { ColumnarLog } from "../model/columnar.js";
import type { EventLog } from "../model/event-log.js";
import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { matchKey } from "../model/step-resolver.js";

/** Options of the metric functions (`flowMetrics`, `handoffs`, `summarizeSteps`, `analyze`, …). */
export interface MetricsOptions {
  /**
   * Process model(s) giving step categories when the input is a list of observations (ignored for a
   * ColumnarLog or EventLog, which carries its categories). __Default:__ none — steps without an override are NNVA.
   */
  model?: Process | readonly Process[];
  /** Measure in this calendar's working time (basis "working"). __Default:__ calendar time. */
  calendar?: WorkingCalendar;
  /** Only the flows of this process (id, trimmed and case-insensitive). Needs an EventLog. __Default:__ all flows. */
  process?: string;
  /** Only the flows of this unit (the flow's unit, trimmed and case-insensitive). Needs an EventLog. __Default:__ all flows. */
  unit?: string;
  /** Only the flows whose code passes. __Default:__ all flows. */
  flows?: (flow: number) => boolean;
}

/** A log the metric functions accept: an EventLog (what imports return), any columnar log, or observations. */
export type MetricsInput = EventLog | ColumnarLog | readonly Observation[];

/** A prepared log with its flow index (possibly covering a subset of its flows). */
export interface PreparedLog {
  log: ColumnarLog;
  index: FlowIndex;
}

/** True for a columnar log (an EventLog included). */
export function isColumnarLog(input: MetricsInput): input is ColumnarLog {
  return !Array.isArray(input) && (input as ColumnarLog).flow instanceof Int32Array;
}

/** True for an {@link EventLog} (a columnar log with processes, units and source rows). */
export function isEventLog(input: MetricsInput | ColumnarLog): input is EventLog {
  return !Array.isArray(input) && (input as EventLog).flowProcess instanceof Int32Array;
}

/**
 * The index of only the flows for which `keep(f)` is true: other flows get empty segments, so every kernel pass
 * skips them without the columns being copied.
 *
 * @example
 * const diabetes = subsetIndex(flowIndexOf(log), (f) => log.flowProcess[f] === p);
 */
export function subsetIndex(index: FlowIndex, keep: (flow: number) => boolean): FlowIndex {
  const F = index.offsets.length - 1;
  const offsets = new Int32Array(F + 1);
  let m = 0;
  for (let f = 0; f < F; f++) {
    if (keep(f)) m += index.offsets[f + 1] - index.offsets[f];
    offsets[f + 1] = m;
  }
  const order = new Int32Array(m);
  for (let f = 0; f < F; f++) {
    const a = offsets[f];
    if (offsets[f + 1] > a) order.set(index.order.subarray(index.offsets[f], index.offsets[f + 1]), a);
  }
  return { order, offsets };
}

function codeIn(ids: readonly string[], value: string): number {
  const k = matchKey(value);
  return ids.findIndex((x) => matchKey(x) === k);
}

/** Converts the input to columns (when needed), indexes it by flow once per log, and narrows it to the options' flows. */
export function prepare(input: MetricsInput, options: MetricsOptions = {}): PreparedLog {
  const log: ColumnarLog = isColumnarLog(input)
    ? input
    : eventLogFromObservations(input as readonly Observation[], options.model !== undefined ? { model: options.model } : {});
  let index = flowIndexOf(log);
  const tests: ((f: number) => boolean)[] = [];
  if (options.process !== undefined || options.unit !== undefined) {
    if (!isEventLog(log)) throw new FlodesError(metricsMessage.needsEventLog("analyze", "process, unit"));
    if (options.process !== undefined) {
      const p = codeIn(log.processIds, options.process);
      tests.push((f) => log.flowProcess[f] === p && p >= 0);
    }
    if (options.unit !== undefined) {
      const u = codeIn(log.unitIds, options.unit);
      tests.push((f) => log.flowUnit[f] === u && u >= 0);
    }
  }
  if (options.flows) tests.push(options.flows);
  if (tests.length > 0) index = subsetIndex(index, (f) => tests.every((t) => t(f)));
  return { log, index };
}
