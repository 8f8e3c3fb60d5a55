import { flowIndexOf } from "../log/flow-index.js";
import type { EventLog } from "../model/event-log.js";

/** The order of the steps of each process, as stages of a cumulative flow diagram. */
export interface StageOrder {
  /** Per step code: its stage index within its process (0 = first). */
  readonly stageOfStep: Int32Array;
  /**
   * Per process code, step codes in stage order; the extra last entry (index `processIds.length`) holds the steps
   * of flows without a process.
   */
  readonly stepsOfProcess: readonly (readonly number[])[];
}

const cache = new WeakMap<EventLog, StageOrder>();

/**
 * Orders each process's steps into stages: the model's step order when the model knows every step of the process
 * seen in the log; otherwise the order in which steps first occur in flows (mean relative position of a step's first
 * occurrence, 0 = a flow's first step, 1 = its last; ties by first appearance in the log). Computed once per log.
 *
 * @example
 * const { stageOfStep, stepsOfProcess } = stageOrder(log);
 * stepsOfProcess[0].map((s) => log.stepIds[s]) // → ["Remiss inkommer", "Bedömning av remiss", …]
 */
export function stageOrder(log: EventLog): StageOrder {
  const hit = cache.get(log);
  if (hit) return hit;
  const S = log.stepIds.length;
  const P = log.processIds.length;
  const groups: number[][] = Array.from({ length: P + 1 }, () => []);
  for (let s = 0; s < S; s++) groups[log.stepProcess[s] >= 0 ? log.stepProcess[s] : P].push(s);

  // Mean relative position of each step's first occurrence in a flow.
  const sum = new Float64Array(S);
  const count = new Int32Array(S);
  const { order, offsets } = flowIndexOf(log);
  const seen = new Int32Array(S).fill(-1);
  const firsts: number[] = [];
  for (let f = 0; f < log.flowIds.length; f++) {
    firsts.length = 0;
    for (let k = offsets[f]; k < offsets[f + 1]; k++) {
      const s = log.step[order[k]];
      if (seen[s] === f) continue;
      seen[s] = f;
      firsts.push(s);
    }
    const last = firsts.length - 1;
    firsts.forEach((s, r) => {
      sum[s] += last > 0 ? r / last : 0;
      count[s]++;
    });
  }
  const stageOfStep = new Int32Array(S);
  const stepsOfProcess = groups.map((steps, p) => {
    const model = p < P ? log.processModel[p] : null;
    const modelIndex = (s: number): number => {
      const m = log.stepModel[s];
      return m && model ? model.steps.indexOf(m) : -1;
    };
    const byModel = model !== null && steps.every((s) => modelIndex(s) >= 0);
    const key = (s: number): number => (byModel ? modelIndex(s) : count[s] > 0 ? sum[s] / count[s] : 1);
    const sorted = [...steps].sort((a, b) => key(a) - key(b) || a - b);
    sorted.forEach((s, i) => {
      stageOfStep[s] = i;
    });
    return sorted;
  });
  const result = { stageOfStep, stepsOfProcess };
  cache.set(log, result);
  return result;
}
