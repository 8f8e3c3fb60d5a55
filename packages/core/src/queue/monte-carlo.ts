import { FlodesError } from "../messages/flodes-error.js";
import { statsMessage } from "../messages/stats.js";
import { createRandom, DEFAULT_SEED } from "../stats/random.js";

/** The confidence levels every forecast reports. */
export const FORECAST_CONFIDENCES: readonly number[] = Object.freeze([0.5, 0.85, 0.95]);

/** Options of the Monte Carlo forecasts. */
export interface MonteCarloOptions {
  /** Simulated futures. __Default:__ 10 000. */
  runs?: number;
  /** Seed of {@link createRandom}, so a forecast is reproducible. __Default:__ {@link DEFAULT_SEED}. */
  seed?: number;
  /** A run that needs more weeks than this counts as never finishing. __Default:__ 520 (ten years). */
  maxWeeks?: number;
  /** Confidence levels. __Default:__ `FORECAST_CONFIDENCES` (50, 85 and 95 %). */
  confidences?: readonly number[];
}

/** Weeks needed at one confidence level. */
export interface WeeksAtConfidence {
  confidence: number;
  /** Done within this many weeks in at least `confidence` of the runs; null when not within `maxWeeks`. */
  weeks: number | null;
}

/** Closings at one confidence level. */
export interface ClosingsAtConfidence {
  confidence: number;
  /** At least this many close in at least `confidence` of the runs. */
  atLeast: number;
}

function check(history: readonly number[], fn: string): void {
  if (history.length === 0) throw new FlodesError(statsMessage.badOption(fn, "history", "atLeastOneWeek"));
  if (history.some((x) => !(x >= 0) || !Number.isFinite(x)))
    throw new FlodesError(statsMessage.badOption(fn, "history", "countsNonNegative"));
}

/** k-th smallest (0-based) of a sorted copy. */
const sortedCopy = (xs: Float64Array): Float64Array => Float64Array.from(xs).sort();

/**
 * "When is today's queue worked off?" by Monte Carlo: each run draws weekly throughputs at random (with
 * replacement) from the history until they add up to `items`; the answer at confidence c is the smallest number of
 * weeks within which at least c of the runs were done. Assumes the future looks like the history and that the
 * closings serve today's queue first (first in, first out). With a constant history of k per week the answer is
 * ⌈items ÷ k⌉ at every level.
 *
 * @param history closings per week (complete weeks)
 * @param items the queue to work off
 * @param options runs, seed, cap, levels; see {@link MonteCarloOptions}
 * @example
 * forecastWeeksToFinish([5, 5, 5], 12) // → [{ confidence: 0.5, weeks: 3 }, { confidence: 0.85, weeks: 3 }, { confidence: 0.95, weeks: 3 }]
 */
export function forecastWeeksToFinish(history: readonly number[], items: number, options: MonteCarloOptions = {}): WeeksAtConfidence[] {
  check(history, "forecastWeeksToFinish");
  const runs = options.runs ?? 10_000;
  const maxWeeks = options.maxWeeks ?? 520;
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const result = new Float64Array(runs);
  const H = history.length;
  for (let r = 0; r < runs; r++) {
    let done = 0;
    let w = 0;
    while (done < items && w <= maxWeeks) {
      done += history[Math.floor(random() * H)];
      w++;
    }
    result[r] = done >= items ? w : Infinity;
  }
  const sorted = sortedCopy(result);
  return (options.confidences ?? FORECAST_CONFIDENCES).map((confidence) => {
    const v = sorted[Math.max(0, Math.ceil(confidence * runs - 1e-9) - 1)];
    return { confidence, weeks: Number.isFinite(v) && v <= maxWeeks ? v : null };
  });
}

/**
 * "How many will close in the next N weeks?" by Monte Carlo: each run adds N weekly throughputs drawn at random
 * from the history; the answer at confidence c is the largest number reached or passed in at least c of the runs.
 * With a constant history of k per week it is N·k at every level.
 *
 * @param history closings per week (complete weeks)
 * @param weeks horizon N
 * @param options runs, seed, levels; see {@link MonteCarloOptions}
 * @example
 * forecastClosings([4, 6], 2, { seed: 1 }) // → [{ confidence: 0.5, … }, …] — at least 8 in two weeks: the sums are 8, 10 or 12
 */
export function forecastClosings(history: readonly number[], weeks: number, options: MonteCarloOptions = {}): ClosingsAtConfidence[] {
  check(history, "forecastClosings");
  const runs = options.runs ?? 10_000;
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const sums = new Float64Array(runs);
  const H = history.length;
  for (let r = 0; r < runs; r++) {
    let s = 0;
    for (let w = 0; w < weeks; w++) s += history[Math.floor(random() * H)];
    sums[r] = s;
  }
  const sorted = sortedCopy(sums);
  return (options.confidences ?? FORECAST_CONFIDENCES).map((confidence) => ({
    confidence,
    atLeast: sorted[Math.min(runs - 1, Math.floor((1 - confidence) * runs + 1e-9))],
  }));
}
