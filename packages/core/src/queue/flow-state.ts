import { flowIndexOf } from "../log/flow-index.js";
import type { EventLog } from "../model/event-log.js";
import { type EndSteps, resolveEndSteps } from "./end-steps.js";
import { QUEUE_DEFAULT_TZ, type QueueOptions, resolveAsOf } from "./options.js";
import { type StageOrder, stageOrder } from "./stage-order.js";

/**
 * Every flow's state at the as-of instant, columnar (one entry per flow code): whether it has begun, when, whether
 * and when it closed, where it is now. What every queue analysis starts from; see {@link flowStates}.
 */
export interface FlowStates {
  readonly log: EventLog;
  readonly asOfMs: number;
  readonly tz: string;
  readonly endSteps: EndSteps;
  readonly stages: StageOrder;
  /** 1 when the flow has an observation starting at or before as-of (it has arrived). */
  readonly present: Uint8Array;
  /** First start (arrival); NaN when absent. */
  readonly startMs: Float64Array;
  /** End of the earliest-ending end-step observation that ended by as-of (departure); NaN while open or absent. */
  readonly closeMs: Float64Array;
  /** Latest end among the observations started by as-of, capped at as-of (the last activity). */
  readonly lastEndMs: Float64Array;
  /** Step code of the last observation started by as-of (ties: the later in time order); −1 when absent. */
  readonly currentStep: Int32Array;
  /** Furthest stage ({@link StageOrder}) reached by as-of, or by closing for a closed flow; −1 when absent. */
  readonly stage: Int32Array;
  /** Unit of each flow: its own (first non-empty on its rows), else its process model's unit; null when unknown. */
  readonly unit: readonly (string | null)[];
  /** Flows closed by as-of. */
  readonly closed: number;
  /** Flows open at as-of. */
  readonly open: number;
}

const cache = new WeakMap<EventLog, Map<string, FlowStates>>();

/**
 * Each flow's state at as-of. Observations that start after as-of are left out (as if the log had been extracted
 * then). A flow is **closed** when it has an observation of an end step ({@link resolveEndSteps}) that ended by as-of;
 * it closed at the end of the earliest-ending one. Otherwise it is **open**: its age is as-of − first start, its
 * current step is the last step started, and it has been waiting since its last activity (latest end, or as-of
 * when an observation is still running). Results are cached per log and options, so the analyses of one report share
 * one pass.
 *
 * @param log the event log
 * @param options as-of, end steps, zone; see {@link QueueOptions}
 * @example
 * const s = flowStates(log, { asOfMs: asOfFromDate("2026-03-31"), endSteps: ["Åtgärd"] });
 * s.open // flows waiting at the end of 31 March 2026
 */
export function flowStates(log: EventLog, options: QueueOptions = {}): FlowStates {
  const asOfMs = resolveAsOf(log, options);
  const tz = options.tz ?? QUEUE_DEFAULT_TZ;
  const key = `${asOfMs}\u0001${tz}\u0001${options.endSteps === undefined ? "\u0002" : options.endSteps.join("\u0000")}`;
  let perLog = cache.get(log);
  const hit = perLog?.get(key);
  if (hit) return hit;

  const endSteps = resolveEndSteps(log, options.endSteps);
  const stages = stageOrder(log);
  const F = log.flowIds.length;
  const present = new Uint8Array(F);
  const startMs = new Float64Array(F).fill(Number.NaN);
  const closeMs = new Float64Array(F).fill(Number.NaN);
  const lastEndMs = new Float64Array(F).fill(Number.NaN);
  const currentStep = new Int32Array(F).fill(-1);
  const stage = new Int32Array(F).fill(-1);
  const { order, offsets } = flowIndexOf(log);
  const mask = endSteps.mask;
  const stageOf = stages.stageOfStep;
  let closed = 0;
  let open = 0;
  for (let f = 0; f < F; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    let close = Infinity;
    let lastEnd = -Infinity;
    let k = a;
    // Observations are time-ordered by start: stop at the first that starts after as-of.
    for (; k < b; k++) {
      const i = order[k];
      if (log.start[i] > asOfMs) break;
      const e = log.end[i];
      if (mask[log.step[i]] === 1 && e <= asOfMs && e < close) close = e;
      const capped = Math.min(e, asOfMs);
      if (capped > lastEnd) lastEnd = capped;
    }
    if (k === a) continue;
    present[f] = 1;
    startMs[f] = log.start[order[a]];
    lastEndMs[f] = lastEnd;
    currentStep[f] = log.step[order[k - 1]];
    let furthest = -1;
    for (let q = a; q < k; q++) {
      const i = order[q];
      if (log.start[i] > close) break;
      if (stageOf[log.step[i]] > furthest) furthest = stageOf[log.step[i]];
    }
    stage[f] = furthest;
    if (close !== Infinity) {
      closeMs[f] = close;
      closed++;
    } else open++;
  }
  const unit = Array.from({ length: F }, (_, f) => {
    const u = log.flowUnit[f];
    if (u >= 0) return log.unitIds[u];
    const p = log.flowProcess[f];
    return (p >= 0 ? log.processModel[p]?.unit : undefined) ?? null;
  });
  const states: FlowStates = {
    log,
    asOfMs,
    tz,
    endSteps,
    stages,
    present,
    startMs,
    closeMs,
    lastEndMs,
    currentStep,
    stage,
    unit,
    closed,
    open,
  };
  if (!perLog) cache.set(log, (perLog = new Map()));
  perLog.set(key, states);
  return states;
}

/**
 * The stages a flow moved into, in time order: `[stage, atMs]` each time its furthest stage grew (observations
 * started by as-of, and for a closed flow by its closing).
 * @example stageTransitions(states, 0) // → [[0, t0], [1, t1], [4, t4]] (stages 2 and 3 skipped)
 */
export function stageTransitions(states: FlowStates, f: number): [stage: number, atMs: number][] {
  const { log } = states;
  const { order, offsets } = flowIndexOf(log);
  const limit = Number.isNaN(states.closeMs[f]) ? states.asOfMs : Math.min(states.asOfMs, states.closeMs[f]);
  const out: [number, number][] = [];
  let furthest = -1;
  for (let k = offsets[f]; k < offsets[f + 1]; k++) {
    const i = order[k];
    if (log.start[i] > limit) break;
    const s = states.stages.stageOfStep[log.step[i]];
    if (s > furthest) {
      furthest = s;
      out.push([s, log.start[i]]);
    }
  }
  return out;
}

/** Process code of a flow, or the "no process" slot (`processIds.length`) of {@link StageOrder.stepsOfProcess}. */
export function processSlot(log: EventLog, f: number): number {
  const p = log.flowProcess[f];
  return p >= 0 ? p : log.processIds.length;
}

/**
 * The group flow `f` falls in — its unit's, or the one group of all flows when `by` is `"total"` — made by `make` on
 * first use; unit groups carry `unit`.
 *
 * @example
 * const groups = new Map<string, { unit?: string | null; n: number }>();
 * unitGroup(groups, undefined, "ume", () => ({ n: 0 })).n++;
 * unitGroup(groups, undefined, "ume", () => ({ n: 0 })).n // → 1
 */
export function unitGroup<G extends object>(
  groups: Map<string, G & { unit?: string | null }>,
  by: "unit" | "total" | undefined,
  unit: string | null,
  make: () => G,
): G & { unit?: string | null } {
  const key = by === "total" ? "" : `u${unit ?? "\u0000"}`;
  let g = groups.get(key);
  if (!g) groups.set(key, (g = by === "total" ? make() : { unit, ...make() }));
  return g;
}
