import type { EventLog } from "../model/event-log.js";
import { matchKey } from "../model/step-resolver.js";
import { flowStates, processSlot, stageTransitions } from "./flow-state.js";
import type { QueueOptions } from "./options.js";
import { periodSeries, type QueuePeriod } from "./periods.js";

/** Options of {@link cumulativeFlow}. */
export interface CumulativeFlowOptions extends QueueOptions {
  /** Period length. __Default:__ `"day"`. */
  period?: QueuePeriod;
  /** Only these processes (ids or names). __Default:__ all. */
  processes?: readonly string[];
  /** Only flows of these units. __Default:__ all. */
  units?: readonly string[];
}

/** One line of a cumulative flow diagram at the end of one period. */
export interface CumulativeFlowRow {
  period: string;
  startMs: number;
  endMs: number;
  process: string | null;
  /** Step id of the stage; null for the last line, the closed flows. */
  step: string | null;
  /** Position of the line: 0 = the first stage (all arrivals), the number of stages = closed. */
  order: number;
  /** Flows that had reached this stage or a later one (or closed) by the end of the period. */
  cumulative: number;
}

/**
 * Cumulative flow diagram per process: for each stage (`stageOrder`) the number of flows that had reached it
 * or a later stage by the end of each period, and last the number closed (stages after the last end step are left
 * out). A closed flow counts as having reached every stage when it closed, so the lines never cross: the vertical distance between two lines is the WIP of a
 * stage, the horizontal distance is roughly the time spent in it, and a widening top band is a growing queue.
 *
 * @param log the event log
 * @param options period, processes, units, as-of, end steps; see {@link CumulativeFlowOptions}
 * @example
 * const rows = cumulativeFlow(pilotLog, { period: "week", processes: ["lso1-psykiatri"] });
 * rows[0] // → { period: "2024-W36", process: "lso1-psykiatri", step: "Remiss inkommer", order: 0, cumulative: …, … }
 */
export function cumulativeFlow(log: EventLog, options: CumulativeFlowOptions = {}): CumulativeFlowRow[] {
  const states = flowStates(log, options);
  const P = log.processIds.length;
  const wantProcess = options.processes ? new Set(options.processes.map(matchKey)) : null;
  const wantUnit = options.units ? new Set(options.units) : null;
  const keepSlot = (slot: number): boolean => {
    if (!wantProcess) return true;
    if (slot === P) return false;
    const m = log.processModel[slot];
    return wantProcess.has(matchKey(log.processIds[slot])) || (m !== null && wantProcess.has(matchKey(m.name)));
  };
  let first = Infinity;
  const flowsOf = new Map<number, number[]>();
  for (let f = 0; f < log.flowIds.length; f++) {
    if (states.present[f] !== 1) continue;
    const slot = processSlot(log, f);
    if (!keepSlot(slot)) continue;
    if (wantUnit && !wantUnit.has(states.unit[f] ?? "")) continue;
    let list = flowsOf.get(slot);
    if (!list) flowsOf.set(slot, (list = []));
    list.push(f);
    if (states.startMs[f] < first) first = states.startMs[f];
  }
  const series = periodSeries(first, states.asOfMs, options.period ?? "day", states.tz);
  const B = series.buckets.length;
  const rows: CumulativeFlowRow[] = [];
  for (const slot of [...flowsOf.keys()].sort((a, b) => a - b)) {
    const steps = states.stages.stepsOfProcess[slot];
    // Stages after the last end step (e.g. a follow-up after the treatment) are outside the queue: a closed flow
    // has passed them all, so their lines would only repeat the closed line.
    let K = steps.length;
    for (let k = steps.length - 1; k >= 0; k--) {
      if (states.endSteps.mask[steps[k]] === 1) {
        K = k + 1;
        break;
      }
    }
    // counts[k * B + b]: flows reaching line k in period b.
    const counts = new Int32Array((K + 1) * B);
    let firstBucket = B;
    for (const f of flowsOf.get(slot)!) {
      const moves = stageTransitions(states, f);
      const close = states.closeMs[f];
      let j = 0;
      for (let k = 0; k < K; k++) {
        while (j < moves.length && moves[j][0] < k) j++;
        const at = j < moves.length ? moves[j][1] : close;
        if (Number.isNaN(at)) break;
        const b = series.indexOf(at);
        counts[k * B + b]++;
        if (b < firstBucket) firstBucket = b;
      }
      if (!Number.isNaN(close)) counts[K * B + series.indexOf(close)]++;
    }
    const process = slot < P ? log.processIds[slot] : null;
    for (let k = 0; k <= K; k++) {
      let cumulative = 0;
      for (let b = 0; b < B; b++) {
        cumulative += counts[k * B + b];
        if (b < firstBucket) continue;
        const { key, startMs, endMs } = series.buckets[b];
        rows.push({ period: key, startMs, endMs, process, step: k < K ? log.stepIds[steps[k]] : null, order: k, cumulative });
      }
    }
  }
  return rows;
}
