import type { FlowIndex } from "../log/flow-index.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { ColumnarLog } from "../model/columnar.js";
import type { EventLog } from "../model/event-log.js";
import { flowMetricsFromColumns } from "./flow-metrics.js";
import { type MetricsInput, type MetricsOptions, prepare, subsetIndex } from "./input.js";
import { computeFlowsAndHandoffs } from "./kernel.js";
import { summarizeHandoffsFromColumns } from "./summarize-handoffs.js";
import { summarizeProcess } from "./summarize-process.js";
import { summarizeStepsFromColumns } from "./summarize-steps.js";
import type { Analysis } from "./types.js";

function analyzeIndexed(log: ColumnarLog, index: FlowIndex, calendar: WorkingCalendar | undefined): Analysis {
  const kernel = { calendar, index };
  const { flows: flowCols, handoffs: handoffCols } = computeFlowsAndHandoffs(log, kernel);
  const flows = flowMetricsFromColumns(log, flowCols);
  let assumedCategoryObservations = 0;
  const ac = log.assumedCategory;
  if (ac) for (const i of index.order) assumedCategoryObservations += ac[i];
  return {
    basis: flowCols.basis,
    flows,
    steps: summarizeStepsFromColumns(log, handoffCols),
    handoffs: summarizeHandoffsFromColumns(log, handoffCols),
    summary: summarizeProcess(flows),
    categoriesAssumed: assumedCategoryObservations > 0,
    assumedCategoryObservations,
  };
}

/**
 * Everything the metrics kernel computes for one log in one call: per-flow metrics, per-step and
 * per-handoff summaries and the process summary, all on one time basis ("working" with a calendar,
 * else "calendar"). The log is grouped and ordered once and shared by all parts (and by every later analysis of
 * the same log object). With an EventLog, steps are keyed by (process, step) and carry their process, flows carry
 * process and unit, and `options.process` / `options.unit` narrow the analysis to those flows.
 *
 * @param input an EventLog (what imports return), a ColumnarLog or a list of observations
 * @param options model, calendar and flow selection, see {@link MetricsOptions}
 * @example
 * const a = analyze(result.log);
 * a.summary.flows // → 30
 * a.summary.flowEfficiency.aggregate // → 0.00283…
 * a.steps.find((s) => s.step === "Läkarbesök")?.waitBeforeMs.median // → 517440000
 */
export function analyze(input: MetricsInput, options: MetricsOptions = {}): Analysis {
  const { log, index } = prepare(input, options);
  return analyzeIndexed(log, index, options.calendar);
}

/** One group of {@link analyzeBy}: its process or unit id (null for flows without one) and its analysis. */
export interface GroupAnalysis {
  key: string | null;
  analysis: Analysis;
}

/**
 * {@link analyze} per process or per unit of an EventLog — a log holding several processes is analysed per
 * process, never pooled. Groups in the order of the log's process (unit) dictionary; flows with no process (unit)
 * form a last group with key null when there are any.
 *
 * @param log the event log
 * @param by "process" (the flow's process) or "unit" (the flow's unit)
 * @param options calendar and further selection, see {@link MetricsOptions}
 * @example
 * for (const { key, analysis } of analyzeBy(result.log, "process")) console.log(key, analysis.summary.leadTimeMs.median);
 */
export function analyzeBy(log: EventLog, by: "process" | "unit", options: MetricsOptions = {}): GroupAnalysis[] {
  const { index: base } = prepare(log, options);
  const of = by === "process" ? log.flowProcess : log.flowUnit;
  const ids = by === "process" ? log.processIds : log.unitIds;
  const present = new Uint8Array(ids.length + 1);
  for (let f = 0; f < of.length; f++) if (base.offsets[f + 1] > base.offsets[f]) present[of[f] + 1] = 1;
  const out: GroupAnalysis[] = [];
  for (let k = 0; k < ids.length; k++) {
    if (!present[k + 1]) continue;
    out.push({
      key: ids[k],
      analysis: analyzeIndexed(
        log,
        subsetIndex(base, (f) => of[f] === k),
        options.calendar,
      ),
    });
  }
  if (present[0])
    out.push({
      key: null,
      analysis: analyzeIndexed(
        log,
        subsetIndex(base, (f) => of[f] < 0),
        options.calendar,
      ),
    });
  return out;
}
