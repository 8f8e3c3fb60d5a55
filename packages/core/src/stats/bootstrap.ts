import { statsMessage, statsRangeError } from "../messages/stats.js";
import { finiteSorted } from "./finite.js";
import { quantileSorted } from "./quantile.js";
import { createRandom, DEFAULT_SEED, type RandomSource } from "./random.js";

/** Options for {@link bootstrapMedianDifference}. */
export interface BootstrapOptions {
  /** Number of bootstrap resamples. __Default:__ 2000 (enough for stable 2,5 %/97,5 % percentiles). */
  resamples?: number;
  /** Confidence level of the interval. __Default:__ 0.95. */
  level?: number;
  /** Seed of the random generator ({@link createRandom}). __Default:__ {@link DEFAULT_SEED} (20250701). */
  seed?: number;
}

/** A percentile bootstrap interval of `median(after) − median(before)`. */
export interface BootstrapInterval {
  /** Observed difference median(after) − median(before). */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  resamples: number;
  seed: number;
}

/**
 * Median of a resample drawn with replacement from `sorted`, without sorting the resample: draw n indices,
 * count them, and walk the counts to the middle rank(s). O(n) per resample, exact.
 */
function resampleMedian(sorted: readonly number[], counts: Uint32Array, random: RandomSource): number {
  const n = sorted.length;
  counts.fill(0);
  for (let k = 0; k < n; k++) counts[Math.floor(random() * n)]++;
  const loRank = Math.floor((n - 1) / 2);
  const hiRank = Math.ceil((n - 1) / 2);
  let seen = 0;
  let lo = Number.NaN;
  for (let i = 0; i < n; i++) {
    seen += counts[i];
    if (Number.isNaN(lo) && seen > loRank) lo = sorted[i];
    if (seen > hiRank) return (lo + sorted[i]) / 2;
  }
  return lo;
}

/**
 * Percentile bootstrap confidence interval for the difference of medians, `median(after) − median(before)`.
 * Each group is resampled with replacement on its own (its size kept), the difference of the resample
 * medians is recorded `resamples` times, and the interval is the (1 − level)/2 and (1 + level)/2 quantiles
 * of those differences (linear interpolation, h = (B − 1)·p). Non-finite values are ignored.
 * Deterministic: the same data, options and seed always give the same interval.
 *
 * @param before values of the first group (e.g. lead times before the improvement)
 * @param after values of the second group
 * @param options see {@link BootstrapOptions}
 * @throws RangeError when a group has no finite values or an option is out of range
 * @example
 * bootstrapMedianDifference([5, 6, 7, 8, 9], [3, 4, 5, 6, 7], { seed: 1 })
 * // → { estimate: -2, lower: -5, upper: 1, level: 0.95, resamples: 2000, seed: 1 }
 */
export function bootstrapMedianDifference(
  before: Iterable<number | null | undefined>,
  after: Iterable<number | null | undefined>,
  options: BootstrapOptions = {},
): BootstrapInterval {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const seed = options.seed ?? DEFAULT_SEED;
  const fn = "bootstrapMedianDifference";
  if (!Number.isInteger(resamples) || resamples < 1) throw statsRangeError(statsMessage.badOption(fn, "resamples", "ett positivt heltal / a positive integer"));
  if (!(level > 0 && level < 1)) throw statsRangeError(statsMessage.badOption(fn, "level", "mellan 0 och 1 / between 0 and 1"));
  const a = finiteSorted(before);
  const b = finiteSorted(after);
  if (a.length === 0) throw statsRangeError(statsMessage.emptySample(fn, "before"));
  if (b.length === 0) throw statsRangeError(statsMessage.emptySample(fn, "after"));

  const random = createRandom(seed);
  const countsA = new Uint32Array(a.length);
  const countsB = new Uint32Array(b.length);
  const diffs = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    const ma = resampleMedian(a, countsA, random);
    const mb = resampleMedian(b, countsB, random);
    diffs[r] = mb - ma;
  }
  diffs.sort();
  const alpha = (1 - level) / 2;
  return {
    estimate: (quantileSorted(b, 0.5) as number) - (quantileSorted(a, 0.5) as number),
    lower: quantileSorted(diffs, alpha) as number,
    upper: quantileSorted(diffs, 1 - alpha) as number,
    level,
    resamples,
    seed,
  };
}
