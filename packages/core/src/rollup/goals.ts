import { depsMessage } from "../messages/deps.js";
import type { Goal, GoalMetric } from "../model/org.js";
import type { RollupRow } from "./roll-up.js";

/** Goal status, in Swedish as shown to management. */
export type GoalStatus = "på väg" | "risk" | "ej på väg" | "saknar data";

/** Evaluation of one goal at one point in time. */
export interface GoalEvaluation {
  goal: Goal;
  current: number | null;
  /** Where the straight line from baseline to target says the measure should be now. */
  expected: number;
  /** Share of the way from baseline to target achieved (1 = target reached; negative = worse than baseline). */
  progress: number | null;
  /** Share of the time from baseline date to deadline that has passed, in [0, 1]. */
  elapsed: number;
  status: GoalStatus;
  /** Swedish explanation of the status, e.g. "62 % av vägen efter 50 % av tiden". */
  explanation: string;
}

/** Options of {@link evaluateGoal}. */
export interface GoalOptions {
  /** When the baseline was measured, if the goal has no `baselineDate`. */
  baselineMs?: number;
  /** Tolerance in shares of the whole change. __Default:__ 0.10. */
  tolerance?: number;
}

/**
 * Status of a goal at `atMs`, by this documented rule (docs/metrics.md):
 * - progress p = (current − baseline) ÷ (target − baseline); elapsed e = share of the time from baseline date to
 *   deadline that has passed (clamped to [0, 1]);
 * - **på väg** when p ≥ 1 (target reached), or when p ≥ e − tolerance (at or near the straight line to the target)
 *   and the deadline has not passed;
 * - **risk** when 0 < p < e − tolerance and the deadline has not passed (moving the right way, too slowly);
 * - **ej på väg** when p ≤ 0 (no improvement or worse), or the deadline has passed with p < 1;
 * - **saknar data** when there is no current value.
 * @example
 * evaluateGoal({ unit: "u", metric: "leadTimeMedianMs", baseline: 40, target: 20, deadline: "2026-01-01", baselineDate: "2025-01-01" }, 30, Date.parse("2025-07-02"))
 * // progress 0.5, elapsed ≈ 0.5 → "på väg"
 */
export function evaluateGoal(goal: Goal, current: number | null, atMs: number, options: GoalOptions = {}): GoalEvaluation {
  const tolerance = options.tolerance ?? 0.1;
  const t0 = goal.baselineDate ? Date.parse(goal.baselineDate) : (options.baselineMs ?? atMs);
  const t1 = Date.parse(goal.deadline);
  const elapsed = t1 > t0 ? Math.min(1, Math.max(0, (atMs - t0) / (t1 - t0))) : 1;
  const expected = goal.baseline + (goal.target - goal.baseline) * elapsed;
  const change = goal.target - goal.baseline;
  if (current == null || !Number.isFinite(current)) {
    return { goal, current: null, expected, progress: null, elapsed, status: "saknar data", explanation: depsMessage.goalNoValue().sv };
  }
  const progress = change !== 0 ? (current - goal.baseline) / change : current === goal.target ? 1 : 0;
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const past = atMs >= t1;
  let status: GoalStatus;
  if (progress >= 1) status = "på väg";
  else if (progress <= 0 || past) status = "ej på väg";
  else if (progress >= elapsed - tolerance) status = "på väg";
  else status = "risk";
  const explanation = progress >= 1 ? depsMessage.goalReached().sv : depsMessage.goalProgress(pct(progress), pct(elapsed), past).sv;
  return { goal, current, expected, progress, elapsed, status, explanation };
}

/**
 * The value of a goal's measure in a roll-up row.
 * @example
 * const [row] = rollUp(analysis.flows.map((f) => ({ ...f, unit: "tandvard" })), buildHierarchy(units)).filter((r) => r.unit === "tandvard");
 * goalMetricValue(row, "leadTimeMedianMs") === row.leadTimeMs.median // → true
 */
export function goalMetricValue(row: RollupRow, metric: GoalMetric): number | null {
  switch (metric) {
    case "leadTimeMedianMs":
      return row.leadTimeMs.median;
    case "leadTimeP85Ms":
      return row.leadTimeMs.p85;
    case "flowEfficiency":
      return row.flowEfficiency.aggregate;
    case "nvaShare":
      return row.nvaShare;
    case "waitMedianMs":
      return row.waitMs.median;
    case "costOfWasteSek":
      return row.costOfWasteSek;
    case "waitShare":
      return row.waitShare;
    case "nvaWorkShare":
      return row.nvaWorkShare;
  }
}
