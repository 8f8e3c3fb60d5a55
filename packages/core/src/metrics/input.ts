import type { WorkingCalendar } from "../model/calendar.js";
import type { ColumnarLog } from "../model/columnar.js";
import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { toColumnar } from "./columnar.js";
import { indexFlows, type FlowIndex } from "./kernel.js";

/** Options of the metric functions (`flowMetrics`, `handoffs`, `summarizeSteps`, `analyze`, …). */
export interface MetricsOptions {
  /**
   * Process model(s) giving step categories when the input is a list of observations (ignored for a
   * ColumnarLog, which carries its categories). __Default:__ none — steps without an override are NNVA.
   */
  model?: Process | readonly Process[];
  /** Measure in this calendar's working time (basis "working"). __Default:__ calendar time. */
  calendar?: WorkingCalendar;
}

/** A log the metric functions accept: columnar, or a list of observations. */
export type MetricsInput = ColumnarLog | readonly Observation[];

/** A prepared log with its flow index. */
export interface PreparedLog {
  log: ColumnarLog;
  index: FlowIndex;
}

export function isColumnarLog(input: MetricsInput): input is ColumnarLog {
  return !Array.isArray(input) && (input as ColumnarLog).flow instanceof Int32Array;
}

/** Converts the input to columns (when needed) and groups it by flow. */
export function prepare(input: MetricsInput, options: MetricsOptions = {}): PreparedLog {
  const log = isColumnarLog(input) ? input : toColumnar(input as readonly Observation[], { model: options.model });
  return { log, index: indexFlows(log) };
}
