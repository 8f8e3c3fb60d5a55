import { binomialQuantileHalf } from "../stats/binomial-quantile.js";

/**
 * Anhøj's limit for the longest run: a run on one side of the centre line longer than
 * round(log₂ n) + 3 is a signal of non-random variation.
 *
 * @param nUseful number of useful observations (points not on the centre line)
 * @example
 * longestRunLimit(20) // → 7 — log₂ 20 ≈ 4.32 → 4 + 3; a run of 8 or more signals
 */
export function longestRunLimit(nUseful: number): number {
  // log₂ n is never exactly k + ½ for an integer n, so R's round-half-even and Math.round agree.
  return nUseful > 0 ? Math.round(Math.log2(nUseful)) + 3 : 0;
}

/**
 * Anhøj's limit for crossings: fewer crossings of the centre line than the 5 % lower quantile of
 * Bin(n − 1, ½) is a signal, i.e. `qbinom(0.05, n − 1, 0.5)`, computed exactly.
 *
 * @param nUseful number of useful observations (points not on the centre line)
 * @example
 * crossingsLimit(20) // → 6 — fewer than 6 crossings signals
 */
export function crossingsLimit(nUseful: number): number {
  return nUseful > 1 ? binomialQuantileHalf(0.05, nUseful - 1) : 0;
}

/** Result of {@link anhojRuns} for one series (one phase). */
export interface RunsAnalysis {
  /** Observations not on the centre line (and not missing). */
  nUseful: number;
  /** Length of the longest run of useful points on one side of the centre line. */
  longestRun: number;
  /** {@link longestRunLimit}: a longest run above this signals. */
  longestRunLimit: number;
  /** Number of times consecutive useful points lie on opposite sides. */
  crossings: number;
  /** {@link crossingsLimit}: fewer crossings than this signals. */
  crossingsLimit: number;
  longRunSignal: boolean;
  fewCrossingsSignal: boolean;
  /** Either rule fired (qicharts2's `runs.signal`). */
  signal: boolean;
  /** Per input point: it belongs to a run longer than the limit. Points on the centre line are never flagged. */
  inLongRun: boolean[];
}

/**
 * Anhøj's runs analysis of a series against a centre line, as qicharts2 does it: points exactly on the
 * centre line and missing points are dropped — they neither break nor extend a run — and n is the number
 * of remaining (useful) points. A run is a maximal sequence of useful points on one side.
 *
 * @param values the series in time order (`null`/NaN = missing)
 * @param centre the centre line (a number, or one per point)
 * @example
 * const r = anhojRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5);
 * [r.nUseful, r.longestRun, r.crossings, r.longestRunLimit] // → [10, 5, 1, 6] — 1 crossing is below the limit 2: a signal
 */
export function anhojRuns(values: ReadonlyArray<number | null | undefined>, centre: number | ReadonlyArray<number | null>): RunsAnalysis {
  const sides: number[] = [];
  const indexOf: number[] = [];
  values.forEach((v, i) => {
    const c = typeof centre === "number" ? centre : centre[i];
    if (v == null || !Number.isFinite(v) || c == null || !Number.isFinite(c) || v === c) return;
    sides.push(v > c ? 1 : -1);
    indexOf.push(i);
  });
  const nUseful = sides.length;
  const runLimit = longestRunLimit(nUseful);
  const crossLimit = crossingsLimit(nUseful);
  const inLongRun = values.map(() => false);
  let longestRun = 0;
  let crossings = 0;
  let start = 0;
  for (let k = 1; k <= nUseful; k++) {
    if (k === nUseful || sides[k] !== sides[k - 1]) {
      const len = k - start;
      longestRun = Math.max(longestRun, len);
      if (len > runLimit) for (let m = start; m < k; m++) inLongRun[indexOf[m]] = true;
      if (k < nUseful) crossings++;
      start = k;
    }
  }
  const longRunSignal = nUseful > 0 && longestRun > runLimit;
  const fewCrossingsSignal = nUseful > 1 && crossings < crossLimit;
  return {
    nUseful,
    longestRun,
    longestRunLimit: runLimit,
    crossings,
    crossingsLimit: crossLimit,
    longRunSignal,
    fewCrossingsSignal,
    signal: longRunSignal || fewCrossingsSignal,
    inLongRun,
  };
}
