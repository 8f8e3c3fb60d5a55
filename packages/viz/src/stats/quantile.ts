import type { Distribution } from "@flodes/core";
import type { SummaryStat } from "../vega/spec-options.js";

// One percentile rule for all of flodes (h = (n−1)·p): the chart builders use core's implementation.
export { quantileSorted } from "@flodes/core";

/**
 * Picks one statistic from a distribution summary; null stays null (no data).
 * @example statOf({ n: 2, median: 5, p85: 9, mean: 6, min: 1, max: 10 }, "p85") // → 9
 */
export function statOf(d: Distribution, stat: SummaryStat): number | null {
  return d[stat];
}
