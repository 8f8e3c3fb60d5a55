import { computeFlows, computeHandoffs } from "./kernel.js";
import { flowMetricsFromColumns } from "./flow-metrics.js";
import { prepare, type MetricsInput, type MetricsOptions } from "./input.js";
import { summarizeHandoffsFromColumns } from "./summarize-handoffs.js";
import { summarizeProcess } from "./summarize-process.js";
import { summarizeStepsFromColumns } from "./summarize-steps.js";
import type { Analysis } from "./types.js";

/**
 * Everything the metrics kernel computes for one log in one call: per-flow metrics, per-step and
 * per-handoff summaries and the process summary, all on one time basis ("working" with a calendar,
 * else "calendar"). The log is grouped and ordered once and shared by all parts.
 *
 * @param input a ColumnarLog or a list of observations
 * @param options model (step categories for observations) and calendar, see {@link MetricsOptions}
 * @example
 * const a = analyze(observations, { model });
 * a.summary.flowEfficiency.aggregate; a.flows[0].leadTimeMs; a.steps[0].durationMs.median;
 * if (a.categoriesAssumed) console.warn(metricsMessage.categoriesAssumed().message);
 */
export function analyze(input: MetricsInput, options: MetricsOptions = {}): Analysis {
  const { log, index } = prepare(input, options);
  const kernel = { calendar: options.calendar, index };
  const flowCols = computeFlows(log, kernel);
  const handoffCols = computeHandoffs(log, kernel);
  const flows = flowMetricsFromColumns(log, flowCols);
  let assumedCategoryObservations = 0;
  const ac = log.assumedCategory;
  if (ac) for (let i = 0; i < ac.length; i++) assumedCategoryObservations += ac[i];
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
