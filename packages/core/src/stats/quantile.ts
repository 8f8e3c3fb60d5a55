import { FlodesError } from "../messages/flodes-error.js";
import { statsMessage } from "../messages/stats.js";
/**
 * Quantile of already sorted (ascending) numbers by linear interpolation between closest ranks:
 * h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) (Hyndman–Fan type 7, the default of R
 * and of spreadsheet PERCENTILE.INC). Returns null for an empty input. No check that the input is sorted.
 *
 * @param sorted ascending numbers without NaN
 * @param p probability in [0, 1]
 * @example
 * quantileSorted([1, 2, 3, 4], 0.85) // h = 3·0.85 = 2.55 → 3 + 0.55·(4 − 3) = 3.55
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new FlodesError(statsMessage.badOption("quantileSorted", "p", "in0To1"));
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const lower = sorted[lo];
  if (lo + 1 >= n) return lower;
  const frac = h - lo;
  return frac === 0 ? lower : lower + frac * (sorted[lo + 1] - lower);
}

/**
 * Quantile of numbers in any order, by linear interpolation between closest ranks (h = (n − 1)·p, R type 7).
 * `null`, `undefined` and `NaN` values are ignored; returns null when no number is left.
 * The input is not modified.
 *
 * @param values numbers in any order
 * @param p probability in [0, 1]
 * @example
 * quantile([4, 1, 3, 2], 0.5) // → 2.5
 * quantile([10, NaN, null], 0.85) // → 10
 */
export function quantile(values: Iterable<number | null | undefined>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new FlodesError(statsMessage.badOption("quantile", "p", "in0To1"));
  const xs: number[] = [];
  for (const v of values) if (v != null && !Number.isNaN(v)) xs.push(v);
  xs.sort((a, b) => a - b);
  return quantileSorted(xs, p);
}
