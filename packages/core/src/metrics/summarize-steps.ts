import { CATEGORY_BY_CODE } from "../model/category.js";
import type { ColumnarLog } from "../model/columnar.js";
import { distributionInPlace } from "../stats/distribution.js";
import { isEventLog, type MetricsInput, type MetricsOptions, prepare } from "./input.js";
import { computeHandoffs, type HandoffColumns } from "./kernel.js";
import type { StepSummary } from "./types.js";

/** Process id of a step code (EventLog input), else null. */
export function processOfStep(log: ColumnarLog, step: number): string | null {
  if (!isEventLog(log)) return null;
  const p = log.stepProcess[step];
  return p >= 0 ? log.processIds[p] : null;
}

/** Number of flows with at least one observation. */
export function countFlows(offsets: Int32Array): number {
  let k = 0;
  for (let f = 0; f + 1 < offsets.length; f++) if (offsets[f + 1] > offsets[f]) k++;
  return k;
}

/** {@link summarizeSteps} on precomputed handoff columns. */
export function summarizeStepsFromColumns(log: ColumnarLog, cols: HandoffColumns): StepSummary[] {
  const n = cols.to.length;
  const S = log.stepIds.length;
  // Per-position step and category: read in flow order, not gathered from the log at random.
  const { from, step: stepAt, category: catAt, position } = cols;
  const count = new Int32Array(S);
  const catCount = new Int32Array(S * 3);
  const visits = new Int32Array(S);
  const reworkFlows = new Int32Array(S);
  const lastFlow = new Int32Array(S).fill(-1);
  const occ = new Int32Array(S);
  const waitCount = new Int32Array(S);
  let f = -1;
  for (let p = 0; p < n; p++) {
    const st = stepAt[p];
    // Flows are contiguous in flow order: position 0 starts the next one.
    if (position[p] === 0) f++;
    count[st]++;
    catCount[st * 3 + catAt[p]]++;
    // "A different flow than last time" means a new visiting flow.
    if (lastFlow[st] !== f) {
      lastFlow[st] = f;
      visits[st]++;
      occ[st] = 1;
    } else if (++occ[st] === 2) reworkFlows[st]++;
    if (from[p] >= 0) waitCount[st]++;
  }
  const dOff = new Int32Array(S + 1);
  const wOff = new Int32Array(S + 1);
  for (let s = 0; s < S; s++) {
    dOff[s + 1] = dOff[s] + count[s];
    wOff[s + 1] = wOff[s] + waitCount[s];
  }
  const durations = new Float64Array(n);
  const waits = new Float64Array(wOff[S]);
  const dCur = dOff.slice(0, S);
  const wCur = wOff.slice(0, S);
  for (let p = 0; p < n; p++) {
    const st = stepAt[p];
    durations[dCur[st]++] = cols.durationMs[p];
    if (from[p] >= 0) waits[wCur[st]++] = cols.waitMs[p];
  }
  const flows = countFlows(cols.index.offsets);
  const out: StepSummary[] = [];
  for (let s = 0; s < S; s++) {
    if (count[s] === 0) continue;
    let best = 0;
    for (let c = 1; c < 3; c++) if (catCount[s * 3 + c] > catCount[s * 3 + best]) best = c;
    out.push({
      step: log.stepIds[s],
      process: processOfStep(log, s),
      category: CATEGORY_BY_CODE[best],
      n: count[s],
      flows: visits[s],
      shareOfFlows: flows > 0 ? visits[s] / flows : 0,
      durationMs: distributionInPlace(durations.subarray(dOff[s], dOff[s + 1])),
      waitBeforeMs: distributionInPlace(waits.subarray(wOff[s], wOff[s + 1])),
      reworkRate: visits[s] > 0 ? reworkFlows[s] / visits[s] : 0,
      basis: cols.basis,
    });
  }
  return out;
}

/**
 * Per-step summary: number of observations, flows visiting and their share of all flows, distribution of
 * durations and of the wait before the step (over observations that are not the first of their flow —
 * nothing is known about waiting before a flow starts), and rework rate (share of visiting flows where the
 * step occurs more than once). `category` is the step's most frequent category in the log (ties: the one
 * of higher precedence). Steps in order of first appearance.
 *
 * @param input a ColumnarLog or a list of observations
 * @param options model and calendar, see {@link MetricsOptions}
 * @example
 * const visit = summarizeSteps(observations, { model }).find((s) => s.step === "Läkarbesök");
 * [visit.category, visit.flows] // → ["VA", 30]
 */
export function summarizeSteps(input: MetricsInput, options: MetricsOptions = {}): StepSummary[] {
  const { log, index } = prepare(input, options);
  return summarizeStepsFromColumns(log, computeHandoffs(log, { calendar: options.calendar, index }));
}
