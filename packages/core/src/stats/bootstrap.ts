import { FlodesError } from "../messages/flodes-error.js";
import { statsMessage } from "../messages/stats.js";
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

/** Mean of a resample drawn with replacement from `values` (n draws). */
function resampleMean(values: readonly number[], random: RandomSource): number {
  const n = values.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[Math.floor(random() * n)];
  return sum / n;
}

/** Checks the options, resamples `resamples` times and returns the percentile interval of statistic(b) − statistic(a). */
function percentileInterval(
  fn: string,
  a: readonly number[],
  b: readonly number[],
  estimate: number,
  draw: (xs: readonly number[], counts: Uint32Array, random: RandomSource) => number,
  options: BootstrapOptions,
): BootstrapInterval {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(resamples) || resamples < 1) throw new FlodesError(statsMessage.badOption(fn, "resamples", "positiveInteger"));
  if (!(level > 0 && level < 1)) throw new FlodesError(statsMessage.badOption(fn, "level", "between0And1"));
  if (a.length === 0) throw new FlodesError(statsMessage.emptySample(fn, "before"));
  if (b.length === 0) throw new FlodesError(statsMessage.emptySample(fn, "after"));
  const random = createRandom(seed);
  const countsA = new Uint32Array(a.length);
  const countsB = new Uint32Array(b.length);
  const diffs = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    const ma = draw(a, countsA, random);
    const mb = draw(b, countsB, random);
    diffs[r] = mb - ma;
  }
  diffs.sort();
  const alpha = (1 - level) / 2;
  return {
    estimate,
    lower: quantileSorted(diffs, alpha) as number,
    upper: quantileSorted(diffs, 1 - alpha) as number,
    level,
    resamples,
    seed,
  };
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
  const a = finiteSorted(before);
  const b = finiteSorted(after);
  const estimate = a.length && b.length ? (quantileSorted(b, 0.5) as number) - (quantileSorted(a, 0.5) as number) : Number.NaN;
  return percentileInterval("bootstrapMedianDifference", a, b, estimate, resampleMedian, options);
}

/**
 * Percentile bootstrap confidence interval for the difference of means, `mean(after) − mean(before)`: the same
 * resampling as {@link bootstrapMedianDifference} (each group on its own, size kept, same seed and percentile rule),
 * with the mean as statistic. Use it for totals — e.g. staff time per flow × flows per month — where the median
 * would hide what most flows do not have (waste work is zero in most flows). Values keep their input order, so two
 * calls on samples of the same sizes with the same seed draw the same indices: intervals of parts and of their sum
 * come from the same resamples. Non-finite values are ignored.
 *
 * @param before values of the first group (e.g. waste staff minutes per flow before the improvement)
 * @param after values of the second group
 * @param options see {@link BootstrapOptions}
 * @throws RangeError when a group has no finite values or an option is out of range
 * @example
 * bootstrapMeanDifference([0, 0, 10, 20, 0], [0, 0, 0, 5, 0], { seed: 1 }).estimate // → -5 (1 − 6)
 */
export function bootstrapMeanDifference(
  before: Iterable<number | null | undefined>,
  after: Iterable<number | null | undefined>,
  options: BootstrapOptions = {},
): BootstrapInterval {
  const finite = (xs: Iterable<number | null | undefined>) => {
    const out: number[] = [];
    for (const v of xs) if (typeof v === "number" && Number.isFinite(v)) out.push(v);
    return out;
  };
  const a = finite(before);
  const b = finite(after);
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const estimate = a.length && b.length ? mean(b) - mean(a) : Number.NaN;
  return percentileInterval("bootstrapMeanDifference", a, b, estimate, (xs, _counts, random) => resampleMean(xs, random), options);
}
