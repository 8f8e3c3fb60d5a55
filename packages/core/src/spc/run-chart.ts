import { quantile } from "../stats/quantile.js";
import { anhojRuns, type RunsAnalysis } from "./anhoj.js";
import { finiteOrNull, type PhaseOptions, type PhaseSpan, resolvePhases } from "./phases.js";

/** Options for {@link runChart}. */
export interface RunChartOptions extends PhaseOptions {
  /**
   * A given centre line for the first phase (e.g. the median of a historical baseline) instead of the
   * median of the data. __Default:__ the median of the first phase (or of its first `freeze` points).
   */
  baselineMedian?: number;
}

/** One point of a run chart. */
export interface RunChartPoint {
  index: number;
  /** x label: the given `x`, else the index. */
  x: number | string;
  /** The value; null when missing. */
  y: number | null;
  phase: number;
  /** Centre line (median) of the point's phase. */
  centre: number | null;
  /** Part of an unusually long run. */
  inLongRun: boolean;
  /** Any signal at this point (for a run chart: `inLongRun`). */
  signal: boolean;
}

/** One phase of a run chart with its runs analysis. */
export interface RunChartPhase extends PhaseSpan {
  centre: number | null;
  /** Anhøj rules on all points of the phase against its centre (without the per-point flags). */
  runs: Omit<RunsAnalysis, "inLongRun">;
}

/** Result of {@link runChart}. */
export interface RunChartResult {
  kind: "run";
  points: RunChartPoint[];
  phases: RunChartPhase[];
  /** Any phase has a runs signal (long run or too few crossings). */
  signal: boolean;
}

/**
 * Run chart with Anhøj's rules: the centre line is the median of each phase (or a given baseline median,
 * or the median of the first `freeze` points extended forward); in each phase, a run on one side of the
 * centre longer than round(log₂ n) + 3, or fewer crossings than qbinom(0.05, n − 1, 0.5), signals
 * non-random variation. n counts the useful points (not missing, not on the median).
 *
 * @param values the series in time order, e.g. monthly median lead times; `null`/NaN = missing
 * @param options see {@link RunChartOptions}
 * @example
 * const chart = runChart([5, 6, 5, 7, 6, 5, 8, 6, 7, 5, 3, 2, 3, 2, 2, 3], { phaseStarts: [10], phaseNames: ["Före", "Efter"] });
 * chart.phases[0].centre // → 6
 */
export function runChart(values: ReadonlyArray<number | null | undefined>, options: RunChartOptions = {}): RunChartResult {
  const ys = values.map(finiteOrNull);
  const spans = resolvePhases(ys.length, options, "runChart");
  const points: RunChartPoint[] = ys.map((y, i) => ({
    index: i,
    x: options.x?.[i] ?? i,
    y,
    phase: 0,
    centre: null,
    inLongRun: false,
    signal: false,
  }));
  const phases: RunChartPhase[] = spans.map((span) => {
    const centre =
      span.index === 0 && options.baselineMedian !== undefined ? options.baselineMedian : quantile(ys.slice(span.start, span.baseEnd), 0.5);
    const phaseValues = ys.slice(span.start, span.end);
    const { inLongRun, ...runs } = anhojRuns(phaseValues, centre ?? Number.NaN);
    for (let i = span.start; i < span.end; i++) {
      const p = points[i];
      p.phase = span.index;
      p.centre = centre;
      p.inLongRun = inLongRun[i - span.start];
      p.signal = p.inLongRun;
    }
    return { ...span, centre, runs };
  });
  return { kind: "run", points, phases, signal: phases.some((p) => p.runs.signal) };
}
