import { FlodesError } from "../messages/flodes-error.js";
import { statsMessage } from "../messages/stats.js";

const exactCache = new Map<string, number>();

/**
 * Lower quantile of the binomial distribution with success probability ½, computed exactly: the smallest
 * k with P(X ≤ k) ≥ q for X ~ Bin(trials, ½), i.e. R's `qbinom(q, trials, 0.5)`. The cumulative sum
 * Σ C(trials, i) is compared with q·2^trials in integer (BigInt) arithmetic, with q read to 12 decimals,
 * so there is no rounding near the boundary. Above 5000 trials it sums probabilities in log space instead
 * (a jump of P there is far larger than the rounding error).
 *
 * @param q probability in [0, 1]
 * @param trials number of trials (a non-negative integer)
 * @example
 * binomialQuantileHalf(0.05, 9) // → 2  — P(X ≤ 1) = 10/512 ≈ 0.020 < 0.05 ≤ P(X ≤ 2) = 46/512 ≈ 0.090
 * binomialQuantileHalf(0.05, 19) // → 6
 */
export function binomialQuantileHalf(q: number, trials: number): number {
  if (!(q >= 0 && q <= 1)) throw new FlodesError(statsMessage.badOption("binomialQuantileHalf", "q", "in0To1"));
  if (!Number.isInteger(trials) || trials < 0) {
    throw new FlodesError(statsMessage.badOption("binomialQuantileHalf", "trials", "nonNegativeInteger"));
  }
  const key = `${q}:${trials}`;
  const cached = exactCache.get(key);
  if (cached !== undefined) return cached;
  const k = trials <= 5000 ? exactQuantile(q, trials) : logSpaceQuantile(q, trials);
  exactCache.set(key, k);
  return k;
}

function exactQuantile(q: number, trials: number): number {
  const scale = 10n ** 12n;
  const target = BigInt(Math.round(q * 1e12)) * (1n << BigInt(trials)); // q·2^n·10^12
  let c = 1n; // C(n, 0)
  let sum = 0n;
  for (let k = 0; k <= trials; k++) {
    sum += c;
    if (sum * scale >= target) return k;
    c = (c * BigInt(trials - k)) / BigInt(k + 1);
  }
  return trials;
}

function logSpaceQuantile(q: number, trials: number): number {
  let logPmf = -trials * Math.LN2;
  let cdf = 0;
  for (let k = 0; k <= trials; k++) {
    cdf += Math.exp(logPmf);
    if (cdf >= q * (1 - 64 * Number.EPSILON)) return k;
    logPmf += Math.log((trials - k) / (k + 1));
  }
  return trials;
}
