import type { Distribution } from "@flodes/core";
import type { SummaryStat } from "../vega/spec-options.js";

/**
 * Quantile of ascending-sorted values with linear interpolation between closest ranks, h = (n−1)·p, the rule
 * design.md fixes for all of flodes. Null for no values.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Picks one statistic from a distribution summary; null stays null (no data).
 * @example statOf({ n: 2, median: 5, p85: 9, mean: 6, min: 1, max: 10 }, "p85") // 9
 */
export function statOf(d: Distribution, stat: SummaryStat): number | null {
  return d[stat];
}
