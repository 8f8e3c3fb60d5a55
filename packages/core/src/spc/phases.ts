import { FlodesError } from "../messages/flodes-error.js";
import { spcMessage } from "../messages/spc.js";

/** Options shared by run charts and XmR charts for splitting a series into phases. */
export interface PhaseOptions {
  /**
   * Indices (0-based) where a new phase begins, e.g. `[12]` splits 24 points into 0–11 and 12–23. Each
   * phase gets its own centre line (and limits). __Default:__ `[]` (one phase).
   */
  phaseStarts?: readonly number[];
  /** Names of the phases, in order. __Default:__ "Fas 1", "Fas 2", … */
  phaseNames?: readonly string[];
  /**
   * Frozen baseline: the first `freeze` points of the first phase set its centre line (and limits), which
   * are then extended unchanged to the rest of that phase (qicharts2's `freeze`). Later phases are
   * computed from all their own points. __Default:__ none (every point of a phase counts).
   */
  freeze?: number;
  /** Labels of the points for the x axis (epoch ms or text), one per value. __Default:__ the index. */
  x?: ReadonlyArray<number | string>;
}

/** One phase of a chart: points `start` ≤ i < `end`. */
export interface PhaseSpan {
  index: number;
  name: string;
  start: number;
  end: number;
  /** Points used to compute the centre (and limits): `end − start`, or `freeze` for a frozen first phase. */
  baseEnd: number;
  frozen: boolean;
}

/**
 * Splits indices 0…n−1 into phases and validates the options.
 *
 * @example
 * resolvePhases(6, { phaseStarts: [4], freeze: 3 })
 * // → [{ index: 0, name: "Fas 1", start: 0, end: 4, baseEnd: 3, frozen: true }, { index: 1, …, start: 4, end: 6, baseEnd: 6 }]
 */
export function resolvePhases(n: number, options: PhaseOptions, fn = "resolvePhases"): PhaseSpan[] {
  const starts = options.phaseStarts ?? [];
  let prev = 0;
  for (const s of starts) {
    if (!Number.isInteger(s) || s <= prev || s >= n) throw new FlodesError(spcMessage.badPhaseStarts(fn, n));
    prev = s;
  }
  if (options.x && options.x.length !== n) throw new FlodesError(spcMessage.badX(fn, n));
  const bounds = [0, ...starts, n];
  const spans: PhaseSpan[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p];
    const end = bounds[p + 1];
    spans.push({ index: p, name: options.phaseNames?.[p] ?? spcMessage.phaseName(p).sv, start, end, baseEnd: end, frozen: false });
  }
  if (options.freeze !== undefined) {
    const first = spans[0];
    const k = options.freeze;
    if (!Number.isInteger(k) || k < 2 || k > first.end) throw new FlodesError(spcMessage.badFreeze(fn, first.end));
    first.baseEnd = k;
    first.frozen = k < first.end;
  }
  return spans;
}

/**
 * A finite number, or null for null/undefined/NaN/±Infinity (a missing point).
 * @example finiteOrNull(Number.NaN) // → null
 */
export function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
