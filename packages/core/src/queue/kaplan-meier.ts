import { FlodesError } from "../messages/flodes-error.js";
import { statsMessage } from "../messages/stats.js";
import { erfc } from "../stats/erfc.js";

/** The Kaplan–Meier curve at one distinct time (an event time or a censoring time). */
export interface KaplanMeierStep {
  /** The time (e.g. ms since a flow's start). */
  time: number;
  /** Subjects still at risk just before `time`. */
  atRisk: number;
  /** Events (closings) at `time`. */
  events: number;
  /** Censored (still open) subjects at `time`. */
  censored: number;
  /** S(t): estimated share not yet closed after `time`. */
  survival: number;
  /** Lower limit of the pointwise confidence band (log-log transform). */
  lower: number;
  /** Upper limit of the pointwise confidence band (log-log transform). */
  upper: number;
}

/** A Kaplan–Meier estimate with pointwise log-log confidence bands. */
export interface KaplanMeierEstimate {
  n: number;
  events: number;
  censored: number;
  /** Confidence level of the bands. */
  confidence: number;
  /** One entry per distinct time, ascending. */
  steps: KaplanMeierStep[];
}

/** Options of {@link kaplanMeier}. */
export interface KaplanMeierOptions {
  /** Confidence level of the bands and of quantile intervals. __Default:__ 0.95. */
  confidence?: number;
}

const TOLERANCE = 1e-8;

/** Upper standard normal quantile by Acklam's rational approximation refined by one Halley step (|error| < 1e-15). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  let x: number;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - lo) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/**
 * The Kaplan–Meier estimate of the survival function S(t) = P(T > t) from right-censored data: at each event time
 * S is multiplied by (1 − d/n) (d events among n still at risk); censored subjects leave the risk set after their
 * time (ties: events before censorings, as usual). Pointwise confidence bands use Greenwood's variance of log S on
 * the log-log scale: S^exp(±z·σ/|log S|), σ² = Σ d/(n(n − d)) — the `conf.type = "log-log"` bands of R's survival
 * package; the bands are 1 before the first event and 0 once S is 0.
 *
 * @param durations time to the event, or to censoring (any unit, ≥ 0; NaN values are ignored)
 * @param observed per duration: true (or 1) when the event happened, false (or 0) when censored
 * @param options see {@link KaplanMeierOptions}
 * @example
 * const km = kaplanMeier([2, 3, 3, 4], [1, 1, 0, 1]);
 * km.steps.map((s) => s.survival) // → [0.75, 0.5, 0]
 */
export function kaplanMeier(
  durations: ArrayLike<number>,
  observed: ArrayLike<boolean | number>,
  options: KaplanMeierOptions = {},
): KaplanMeierEstimate {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new FlodesError(statsMessage.badOption("kaplanMeier", "confidence", "between0And1"));
  if (durations.length !== observed.length) throw new FlodesError(statsMessage.badOption("kaplanMeier", "observed", "asLongAsDurations"));
  const idx: number[] = [];
  for (let i = 0; i < durations.length; i++) if (!Number.isNaN(durations[i])) idx.push(i);
  idx.sort((a, b) => durations[a] - durations[b]);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const steps: KaplanMeierStep[] = [];
  let atRisk = idx.length;
  let survival = 1;
  let greenwood = 0;
  let events = 0;
  for (let k = 0; k < idx.length; ) {
    const time = durations[idx[k]];
    let d = 0;
    let c = 0;
    while (k < idx.length && durations[idx[k]] === time) {
      if (observed[idx[k]]) d++;
      else c++;
      k++;
    }
    if (d > 0) {
      survival *= 1 - d / atRisk;
      greenwood = d < atRisk ? greenwood + d / (atRisk * (atRisk - d)) : Infinity;
    }
    let lower = 1;
    let upper = 1;
    if (survival <= 0) lower = upper = 0;
    else if (survival < 1) {
      const se = Math.sqrt(greenwood) / Math.abs(Math.log(survival));
      lower = survival ** Math.exp(z * se);
      upper = survival ** Math.exp(-z * se);
    }
    steps.push({ time, atRisk, events: d, censored: c, survival, lower, upper });
    atRisk -= d + c;
    events += d;
  }
  return { n: idx.length, events, censored: idx.length - events, confidence, steps };
}

/** First time a step curve falls to `level` or below, with R's rule for a curve lying exactly at the level. */
function crossing(steps: readonly KaplanMeierStep[], curve: (s: KaplanMeierStep) => number, level: number): number | null {
  const i = steps.findIndex((s) => curve(s) <= level + TOLERANCE);
  if (i < 0) return null;
  if (Math.abs(curve(steps[i]) - level) >= TOLERANCE) return steps[i].time;
  // Flat exactly at the level: the midpoint to where it drops below (or to the last time seen).
  const j = steps.findIndex((s, k) => k > i && curve(s) < level - TOLERANCE);
  return (steps[i].time + steps[j < 0 ? steps.length - 1 : j].time) / 2;
}

/**
 * The p-quantile of the time to event: the first time S(t) ≤ 1 − p; where S lies exactly at 1 − p over an interval,
 * the midpoint of that interval (to the next drop, or to the last time observed) — the definition of R's
 * `quantile.survfit`. Without censoring the median equals the sample median (R type 7) and other quantiles are the
 * inverse of the empirical distribution (averaged at jumps). Null when the curve never falls that low (too many
 * open flows to say).
 * @example kaplanMeierQuantile(kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1]), 0.5) // → 2.5
 */
export function kaplanMeierQuantile(km: KaplanMeierEstimate, p: number): number | null {
  if (!(p > 0 && p < 1)) throw new FlodesError(statsMessage.badOption("kaplanMeierQuantile", "p", "between0And1"));
  return crossing(km.steps, (s) => s.survival, 1 - p);
}

/**
 * Confidence interval of the p-quantile by the Brookmeyer–Crowley method on the log-log scale: the times where the
 * lower and the upper pointwise band ({@link kaplanMeier}) cross 1 − p. `upper` is null when the upper band never
 * falls that low (the interval is open-ended). Same as `quantile(survfit(…, conf.type = "log-log"))` in R.
 * @example kaplanMeierQuantileCi(kaplanMeier([2, 3, 3, 3, 4], [1, 1, 1, 0, 1]), 0.5) // → { lower: 2, upper: … }
 */
export function kaplanMeierQuantileCi(km: KaplanMeierEstimate, p: number): { lower: number | null; upper: number | null } {
  if (!(p > 0 && p < 1)) throw new FlodesError(statsMessage.badOption("kaplanMeierQuantileCi", "p", "between0And1"));
  return { lower: crossing(km.steps, (s) => s.lower, 1 - p), upper: crossing(km.steps, (s) => s.upper, 1 - p) };
}
