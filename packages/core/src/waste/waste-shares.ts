import { flowIndexOf } from "../log/flow-index.js";
import { computeFlows } from "../metrics/kernel.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { ColumnarLog } from "../model/columnar.js";

/** Category code of NVA in a {@link ColumnarLog} (0 VA, 1 NNVA, 2 NVA). */
const NVA = 2;

/** The four sums behind the two waste shares, per flow or summed over flows. */
export interface WasteTimes {
  /** Lead time (last end − first start). */
  leadTimeMs: number;
  /** Time covered by no observation between first start and last end (waiting between steps). */
  waitMs: number;
  /** Σ durations of all observations, overlaps counted twice: the staff time worked on the case. */
  touchTimeMs: number;
  /** Σ durations of the NVA observations: staff time spent on rework, searching, rebooking, chasing. */
  nvaTouchMs: number;
}

/** One flow's {@link WasteTimes}, with its worked time split by category (for the staff-view composition). */
export interface FlowWasteTimes extends WasteTimes {
  flow: string;
  /** Σ durations of its VA observations. */
  vaTouchMs: number;
  /** Σ durations of its NNVA observations. */
  nnvaTouchMs: number;
}

/** The two waste shares of a set of flows, with the sums they come from. */
export interface WasteShares extends WasteTimes {
  /** Number of flows summed. */
  flows: number;
  /** *Väntan som andel av ledtid* (flow view): Σ waitMs ÷ Σ leadTimeMs; null when Σ leadTimeMs = 0. */
  waitShare: number | null;
  /**
   * *Slöseri som andel av arbetad tid* (staff view): Σ nvaTouchMs ÷ Σ touchTimeMs; null when nothing was worked.
   * Comparable with the region's estimate that at least 35 % of the time in its processes is disturbance and waste.
   */
  nvaWorkShare: number | null;
}

/** Options of {@link flowWasteTimes}. */
export interface FlowWasteTimesOptions {
  /** Measure in this calendar's working time. __Default:__ calendar time. */
  calendar?: WorkingCalendar;
}

/**
 * Per flow the four sums behind the two waste shares ({@link wasteShares}): lead time and wait as the metrics kernel
 * measures them (wait = lead time not covered by any observation), touch time (Σ durations, overlaps counted twice)
 * and NVA touch time (Σ durations of observations whose category is NVA — the observation's own category, so a
 * repeated step marked NVA counts). In working time with a `calendar`. Result in flow-code order.
 *
 * @example
 * const times = flowWasteTimes(result.log);
 * wasteShares(times).nvaWorkShare // e.g. 0.35
 */
export function flowWasteTimes(log: ColumnarLog, options: FlowWasteTimesOptions = {}): FlowWasteTimes[] {
  const index = flowIndexOf(log);
  const cols = computeFlows(log, { index, ...(options.calendar ? { calendar: options.calendar } : {}) });
  const cal = options.calendar;
  const { order, offsets } = index;
  const out: FlowWasteTimes[] = [];
  for (let f = 0; f < log.flowIds.length; f++) {
    const byCategory = [0, 0, 0];
    for (let p = offsets[f]; p < offsets[f + 1]; p++) {
      const i = order[p];
      byCategory[log.category[i]] += cal ? cal.workingMs(log.start[i], log.end[i]) : log.end[i] - log.start[i];
    }
    out.push({
      flow: log.flowIds[f],
      leadTimeMs: cols.leadTimeMs[f],
      waitMs: cols.waitMs[f],
      touchTimeMs: cols.touchTimeMs[f],
      nvaTouchMs: byCategory[NVA],
      vaTouchMs: byCategory[0],
      nnvaTouchMs: byCategory[1],
    });
  }
  return out;
}

/**
 * Sums flows' {@link WasteTimes} into the two waste shares — both labelled, they answer different questions:
 * - **väntan som andel av ledtid** (`waitShare`) = Σ waitMs ÷ Σ leadTimeMs: how much of the patient's time nothing
 *   happens;
 * - **slöseri som andel av arbetad tid** (`nvaWorkShare`) = Σ nvaTouchMs ÷ Σ touchTimeMs: how much of the staff's
 *   time on the case is waste (rework, searching for results, rebooking, chasing information).
 * Sums, never means of per-flow shares, so long flows weigh by their length as in flow efficiency. Non-finite
 * values are skipped.
 *
 * @example
 * wasteShares([{ leadTimeMs: 100, waitMs: 60, touchTimeMs: 40, nvaTouchMs: 10 }]) // waitShare 0.6, nvaWorkShare 0.25
 */
export function wasteShares(flows: Iterable<WasteTimes>): WasteShares {
  let n = 0;
  let lead = 0;
  let wait = 0;
  let touch = 0;
  let nva = 0;
  for (const f of flows) {
    n++;
    if (Number.isFinite(f.leadTimeMs) && Number.isFinite(f.waitMs)) {
      lead += f.leadTimeMs;
      wait += f.waitMs;
    }
    if (Number.isFinite(f.touchTimeMs) && Number.isFinite(f.nvaTouchMs)) {
      touch += f.touchTimeMs;
      nva += f.nvaTouchMs;
    }
  }
  return {
    flows: n,
    leadTimeMs: lead,
    waitMs: wait,
    touchTimeMs: touch,
    nvaTouchMs: nva,
    waitShare: lead > 0 ? wait / lead : null,
    nvaWorkShare: touch > 0 ? nva / touch : null,
  };
}
