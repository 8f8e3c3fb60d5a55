import { type FlowIndex, indexFlows } from "../log/flow-index.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { ColumnarLog } from "../model/columnar.js";
import type { TimeBasis } from "../model/time-basis.js";

/** Options shared by the kernel functions. */
export interface KernelOptions {
  /**
   * Measures every interval in this calendar's working time instead of calendar time.
   * __Default:__ none (calendar time).
   */
  calendar?: WorkingCalendar;
  /** A precomputed {@link indexFlows} of the same log, to skip grouping. __Default:__ computed. */
  index?: FlowIndex;
}

/** Per-flow measures as columns, indexed by flow code (see design.md "Metric definitions (per flow)"). */
export interface FlowColumns {
  readonly basis: TimeBasis;
  readonly index: FlowIndex;
  /** Number of observations per flow; flows with 0 have NaN start/end and 0 everywhere else. */
  readonly observations: Int32Array;
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  readonly leadTimeMs: Float64Array;
  readonly vaMs: Float64Array;
  readonly nnvaMs: Float64Array;
  readonly nvaWorkMs: Float64Array;
  readonly waitMs: Float64Array;
  readonly nvaMs: Float64Array;
  readonly touchTimeMs: Float64Array;
  readonly reworkCount: Int32Array;
  readonly reworkMs: Float64Array;
  readonly assumedStarts: Int32Array;
}

/**
 * Per-observation columns in flow order: position `p` describes observation `to[p]` (= `index.order[p]`).
 */
export interface HandoffColumns {
  readonly basis: TimeBasis;
  readonly index: FlowIndex;
  /** Observation index (into the log) of the observation waited for. */
  readonly to: Int32Array;
  /** Observation index of the handoff source (reached the max end before `to`); −1 for a flow's first. */
  readonly from: Int32Array;
  /** Step code of the handoff source, −1 for a flow's first observation. */
  readonly fromStep: Int32Array;
  /** Wait before the observation: max(0, start − max end of the earlier observations of its flow). */
  readonly waitMs: Float64Array;
  /** Duration of the observation (end − start, or its working time). */
  readonly durationMs: Float64Array;
  /** 0-based position of the observation within its flow. */
  readonly position: Int32Array;
  /** 1 when the observation's step already occurred earlier in its flow (a rework repeat). */
  readonly repeat: Uint8Array;
  /** Step code of the observation (so summaries read positions in order, not the log at random). */
  readonly step: Int32Array;
  /** Category code of the observation. */
  readonly category: Int8Array;
}

function basisOf(options: KernelOptions): TimeBasis {
  // An identity calendar (CALENDAR_TIME) measures calendar time and must say so.
  return options.calendar ? (options.calendar.basis ?? "working") : "calendar";
}

/**
 * Computes every per-flow measure of design.md in one sweep per flow over its time-ordered observations:
 * three running interval unions (categories ≤ VA, ≤ NNVA, all) give |∪VA|, |∪VA∪NNVA| and |∪all|; then
 * nnva = |∪VA∪NNVA| − |∪VA|, nvaWork = |∪all| − |∪VA∪NNVA|, wait = lead − |∪all|, nva = nvaWork + wait.
 * With a calendar, each merged piece is measured by `calendar.workingMs`, so every measure is in working
 * time and the invariant va + nnva + nva = lead still holds (the calendar is additive).
 *
 * @param log the columnar log
 * @param options see {@link KernelOptions}
 * @example
 * const cols = computeFlows(toColumnar(observations, { model }));
 * cols.leadTimeMs[0]; cols.vaMs[0]; // flow code 0
 */
export function computeFlows(log: ColumnarLog, options: KernelOptions = {}): FlowColumns {
  return sweep(log, options, false).flows;
}

/**
 * Computes, for every observation in flow order, the wait before it and its handoff source: the wait is
 * max(0, start − max end of the earlier observations of its flow) and the source is the earlier observation
 * that first reached that max end. Also gives each observation's duration, position, step, category and rework flag.
 * Per flow, the waits add up to the flow's `waitMs` (also with a calendar, which is additive).
 *
 * @param log the columnar log
 * @param options see {@link KernelOptions}
 * @example
 * const h = computeHandoffs(log);
 * // observation h.to[p] waited h.waitMs[p] ms after step log.stepIds[h.fromStep[p]]
 */
export function computeHandoffs(log: ColumnarLog, options: KernelOptions = {}): HandoffColumns {
  return sweep(log, options, true).handoffs!;
}

/**
 * {@link computeFlows} and {@link computeHandoffs} in one sweep: each observation's columns are read once, in flow
 * order, for both (what `analyze` uses).
 *
 * @example
 * const { flows, handoffs } = computeFlowsAndHandoffs(log, { index: flowIndexOf(log) });
 */
export function computeFlowsAndHandoffs(log: ColumnarLog, options: KernelOptions = {}): { flows: FlowColumns; handoffs: HandoffColumns } {
  const r = sweep(log, options, true);
  return { flows: r.flows, handoffs: r.handoffs! };
}

function sweep(log: ColumnarLog, options: KernelOptions, positions: boolean): { flows: FlowColumns; handoffs: HandoffColumns | null } {
  const index = options.index ?? indexFlows(log);
  const cal = options.calendar;
  const flowCount = log.flowIds.length;
  const { order, offsets } = index;
  const start = log.start;
  const end = log.end;
  const cat = log.category;
  const stepOf = log.step;
  const assumed = log.assumedStart;

  const observations = new Int32Array(flowCount);
  const startMs = new Float64Array(flowCount);
  const endMs = new Float64Array(flowCount);
  const leadTimeMs = new Float64Array(flowCount);
  const vaMs = new Float64Array(flowCount);
  const nnvaMs = new Float64Array(flowCount);
  const nvaWorkMs = new Float64Array(flowCount);
  const waitMs = new Float64Array(flowCount);
  const nvaMs = new Float64Array(flowCount);
  const touchTimeMs = new Float64Array(flowCount);
  const reworkCount = new Int32Array(flowCount);
  const reworkMs = new Float64Array(flowCount);
  const assumedStarts = new Int32Array(flowCount);
  const seen = new Int32Array(log.stepIds.length).fill(-1);

  // Per position (observation in flow order), only when handoffs are asked for.
  const n = positions ? order.length : 0;
  const from = new Int32Array(n);
  const fromStep = new Int32Array(n);
  const posWait = new Float64Array(n);
  const durationMs = new Float64Array(n);
  const position = new Int32Array(n);
  const repeat = new Uint8Array(n);
  const posStep = new Int32Array(n);
  const posCategory = new Int8Array(n);

  for (let f = 0; f < flowCount; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    observations[f] = b - a;
    if (a === b) {
      startMs[f] = NaN;
      endMs[f] = NaN;
      continue;
    }
    const s0 = start[order[a]];
    // Three running unions; each starts as the empty piece [s0, s0] so no "first" flag is needed.
    let cs0 = s0,
      ce0 = s0,
      u0 = 0;
    let cs1 = s0,
      ce1 = s0,
      u1 = 0;
    let cs2 = s0,
      ce2 = s0,
      u2 = 0;
    let touch = 0;
    let rwCount = 0;
    let rwMs = 0;
    let nAssumed = 0;
    // Handoff source: the earlier observation that first reached the flow's running max end.
    let maxEnd = -Infinity;
    let src = -1;
    for (let p = a; p < b; p++) {
      const i = order[p];
      const s = start[i];
      const e = end[i];
      const c = cat[i];
      const d = cal ? cal.workingMs(s, e) : e - s;
      touch += d;
      const st = stepOf[i];
      const again = seen[st] === f;
      if (again) {
        rwCount++;
        rwMs += d;
      } else seen[st] = f;
      if (positions) {
        position[p] = p - a;
        from[p] = src;
        fromStep[p] = src < 0 ? -1 : stepOf[src];
        posWait[p] = s > maxEnd && src >= 0 ? (cal ? cal.workingMs(maxEnd, s) : s - maxEnd) : 0;
        durationMs[p] = d;
        repeat[p] = again ? 1 : 0;
        posStep[p] = st;
        posCategory[p] = c;
      }
      if (e > maxEnd) {
        maxEnd = e;
        src = i;
      }
      if (assumed !== undefined && assumed[i] !== 0) nAssumed++;
      if (c === 0) {
        if (s > ce0) {
          if (ce0 > cs0) u0 += cal ? cal.workingMs(cs0, ce0) : ce0 - cs0;
          cs0 = s;
          ce0 = e;
        } else if (e > ce0) ce0 = e;
      }
      if (c <= 1) {
        if (s > ce1) {
          if (ce1 > cs1) u1 += cal ? cal.workingMs(cs1, ce1) : ce1 - cs1;
          cs1 = s;
          ce1 = e;
        } else if (e > ce1) ce1 = e;
      }
      if (s > ce2) {
        if (ce2 > cs2) u2 += cal ? cal.workingMs(cs2, ce2) : ce2 - cs2;
        cs2 = s;
        ce2 = e;
      } else if (e > ce2) ce2 = e;
    }
    if (ce0 > cs0) u0 += cal ? cal.workingMs(cs0, ce0) : ce0 - cs0;
    if (ce1 > cs1) u1 += cal ? cal.workingMs(cs1, ce1) : ce1 - cs1;
    if (ce2 > cs2) u2 += cal ? cal.workingMs(cs2, ce2) : ce2 - cs2;
    // ce2 is the flow's max end: every observation feeds the third union.
    const lead = cal ? cal.workingMs(s0, ce2) : ce2 - s0;
    const wait = lead - u2;
    startMs[f] = s0;
    endMs[f] = ce2;
    leadTimeMs[f] = lead;
    vaMs[f] = u0;
    nnvaMs[f] = u1 - u0;
    nvaWorkMs[f] = u2 - u1;
    waitMs[f] = wait;
    nvaMs[f] = u2 - u1 + wait;
    touchTimeMs[f] = touch;
    reworkCount[f] = rwCount;
    reworkMs[f] = rwMs;
    assumedStarts[f] = nAssumed;
  }
  const basis = basisOf(options);
  const flows: FlowColumns = {
    basis,
    index,
    observations,
    startMs,
    endMs,
    leadTimeMs,
    vaMs,
    nnvaMs,
    nvaWorkMs,
    waitMs,
    nvaMs,
    touchTimeMs,
    reworkCount,
    reworkMs,
    assumedStarts,
  };
  const handoffs: HandoffColumns | null = positions
    ? { basis, index, to: order, from, fromStep, waitMs: posWait, durationMs, position, repeat, step: posStep, category: posCategory }
    : null;
  return { flows, handoffs };
}
