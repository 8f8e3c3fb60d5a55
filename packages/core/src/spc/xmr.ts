import { anhojRuns, type RunsAnalysis } from "./anhoj.js";
import { finiteOrNull, type PhaseOptions, type PhaseSpan, resolvePhases } from "./phases.js";

/** 3/d₂ with d₂ = 1.128 for moving ranges of two points (Wheeler's 2.66). */
export const XMR_LIMIT_FACTOR = 2.66;
/** D₄ for moving ranges of two points: upper limit of the moving-range chart. */
export const MR_LIMIT_FACTOR = 3.267;

/** Options for {@link xmrChart}. */
export interface XmrOptions extends PhaseOptions {
  /**
   * Screen moving ranges before the limits: drop those ≥ 3.267 × MR̄ and recompute MR̄ once from the rest
   * (Nelson 1982; qicharts2 always does this for I charts). Stops one large jump from widening the limits.
   * __Default:__ false (classic Wheeler limits from all moving ranges).
   */
  screenMovingRanges?: boolean;
  /**
   * Lower bound for the lower limit, e.g. 0 for lead times that cannot be negative (qicharts2's
   * `y.neg = FALSE`). __Default:__ none.
   */
  lowerBound?: number;
}

/** One point of an XmR chart. */
export interface XmrPoint {
  index: number;
  x: number | string;
  y: number | null;
  phase: number;
  /** Centre line (mean) of the point's phase. */
  centre: number | null;
  lcl: number | null;
  ucl: number | null;
  /** |y_i − y_{i−1}| within the same phase; null for a phase's first point or next to a missing value. */
  movingRange: number | null;
  /** Upper limit of the moving-range chart for the point's phase. */
  mrUcl: number | null;
  /** Above the upper or below the lower limit. */
  outside: boolean;
  /** Part of an unusually long run (Anhøj). */
  inLongRun: boolean;
  /** `outside || inLongRun`. */
  signal: boolean;
}

/** One phase of an XmR chart. */
export interface XmrPhase extends PhaseSpan {
  centre: number | null;
  /** Mean moving range (after screening, when asked for). */
  meanMovingRange: number | null;
  lcl: number | null;
  ucl: number | null;
  /** 3.267 × MR̄. */
  mrUcl: number | null;
  /** Moving ranges left out of MR̄ by screening. */
  excludedMovingRanges: number;
  /** Anhøj rules on all points of the phase against its centre. */
  runs: Omit<RunsAnalysis, "inLongRun">;
  /** Points of the phase outside its limits. */
  outside: number;
  signal: boolean;
}

/** Result of {@link xmrChart}. */
export interface XmrResult {
  kind: "xmr";
  points: XmrPoint[];
  phases: XmrPhase[];
  signal: boolean;
}

function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * XmR chart (individuals and moving ranges). Per phase: centre = mean, moving ranges |x_i − x_{i−1}|
 * (never across a phase boundary or a missing value), limits = mean ± 2.66 × MR̄, moving-range limit
 * 3.267 × MR̄. With `freeze`, the first phase's centre and limits come from its first `freeze` points and
 * are extended to the rest of the phase. Signals per point: outside the limits, and Anhøj's run rules
 * against the centre line on all points of the phase (as qicharts2 does for I charts).
 *
 * @param values the series in time order; `null`/NaN = missing
 * @param options see {@link XmrOptions}
 * @example
 * const chart = xmrChart([10, 12, 11, 15, 9, 14]);
 * chart.phases[0].centre // → 11.833… (71 / 6)
 * chart.phases[0].meanMovingRange // → 3.6     (2 + 1 + 4 + 6 + 5 = 18; 18 / 5)
 * chart.phases[0].ucl // → 21.409… (11.833 + 2.66 × 3.6)
 */
export function xmrChart(values: ReadonlyArray<number | null | undefined>, options: XmrOptions = {}): XmrResult {
  const ys = values.map(finiteOrNull);
  const spans = resolvePhases(ys.length, options, "xmrChart");
  const points: XmrPoint[] = [];
  const phases: XmrPhase[] = spans.map((span) => {
    const movingRanges: (number | null)[] = [];
    for (let i = span.start; i < span.end; i++) {
      const prev = i > span.start ? ys[i - 1] : null;
      const cur = ys[i];
      movingRanges.push(prev != null && cur != null ? Math.abs(cur - prev) : null);
    }
    const baseValues = ys.slice(span.start, span.baseEnd).filter((v): v is number => v != null);
    // Moving ranges inside the baseline: those ending at a point before baseEnd.
    let baseRanges = movingRanges.slice(0, span.baseEnd - span.start).filter((v): v is number => v != null);
    const centre = mean(baseValues);
    let mrBar = mean(baseRanges);
    let excluded = 0;
    if (options.screenMovingRanges && mrBar != null) {
      const cut = MR_LIMIT_FACTOR * mrBar;
      const kept = baseRanges.filter((r) => r < cut);
      excluded = baseRanges.length - kept.length;
      baseRanges = kept;
      mrBar = mean(baseRanges);
    }
    const ucl = centre != null && mrBar != null ? centre + XMR_LIMIT_FACTOR * mrBar : null;
    let lcl = centre != null && mrBar != null ? centre - XMR_LIMIT_FACTOR * mrBar : null;
    if (lcl != null && options.lowerBound !== undefined) lcl = Math.max(lcl, options.lowerBound);
    const mrUcl = mrBar != null ? MR_LIMIT_FACTOR * mrBar : null;
    const phaseValues = ys.slice(span.start, span.end);
    const { inLongRun, ...runs } = anhojRuns(phaseValues, centre ?? Number.NaN);
    let outsideCount = 0;
    for (let i = span.start; i < span.end; i++) {
      const y = ys[i];
      const outside = y != null && ((ucl != null && y > ucl) || (lcl != null && y < lcl));
      if (outside) outsideCount++;
      const long = inLongRun[i - span.start];
      points.push({
        index: i,
        x: options.x?.[i] ?? i,
        y,
        phase: span.index,
        centre,
        lcl,
        ucl,
        movingRange: movingRanges[i - span.start],
        mrUcl,
        outside,
        inLongRun: long,
        signal: outside || long,
      });
    }
    return {
      ...span,
      centre,
      meanMovingRange: mrBar,
      lcl,
      ucl,
      mrUcl,
      excludedMovingRanges: excluded,
      runs,
      outside: outsideCount,
      signal: outsideCount > 0 || runs.signal,
    };
  });
  return { kind: "xmr", points, phases, signal: phases.some((p) => p.signal) };
}
