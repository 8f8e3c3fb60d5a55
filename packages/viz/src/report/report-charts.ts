import { type GoalStatus, type MonthlyMedian, runChart } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatPercent } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import { runChartSpec } from "../spc/run-chart-spec.js";
import { STATUS_COLOR } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { specFrame } from "../vega/spec-options.js";

/** Colours of the goal statuses (badges and progress bars): green, orange, red, grey. */
export const GOAL_STATUS_COLOR: Readonly<Record<GoalStatus, string>> = {
  "på väg": STATUS_COLOR.ok,
  risk: STATUS_COLOR.risk,
  "ej på väg": STATUS_COLOR.bad,
  "saknar data": STATUS_COLOR.none,
};

/**
 * The report's run chart of one unit: median lead time per completion month in days, with the median as centre line
 * and Anhøj signals (the site's `runChartSpec`), starting at the unit's first month with data.
 * __Default size:__ 300 × 110 px.
 * @example
 * const svg = await renderVegaLiteSvg(reportRunChartSpec(unit.monthly, "Närsjukvård Umeå"));
 */
export function reportRunChartSpec(
  monthly: readonly MonthlyMedian[],
  unitName: string,
  options: { width?: number; height?: number } = {},
): TopLevelSpec {
  const first = monthly.findIndex((m) => m.leadTimeMedianMs !== null);
  const points = first > 0 ? monthly.slice(first) : monthly;
  const chart = runChart(
    points.map((m) => m.leadTimeMedianMs),
    { x: points.map((m) => m.month) },
  );
  const spec = runChartSpec(chart, {
    measureLabel: "Ledtid, median",
    valueUnit: "ms",
    durationUnit: "dagar",
    xTitle: "Avslutsmånad",
    width: options.width ?? 300,
    height: options.height ?? 110,
    title: `Seriediagram, median ledtid per månad, ${unitName}`,
  });
  // The figure caption names the unit; the chart itself needs no title or legend in a grid of small charts.
  return { ...spec, title: undefined, config: { ...spec.config, legend: { disable: true } } } as TopLevelSpec;
}

/**
 * A goal's progress as a small bullet bar: the share of the way from baseline (0) to target (1) achieved, coloured
 * by status, with a tick where the straight line from baseline to target says it should be by now.
 * __Default size:__ 140 × 14 px.
 * @example reportGoalProgressSpec(0.375, 0.67, "risk")
 */
export function reportGoalProgressSpec(
  progress: number | null,
  elapsed: number,
  status: GoalStatus,
  options: { width?: number } = {},
): TopLevelSpec {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const c = THEME_COLORS.light;
  const description =
    progress === null
      ? "Inget värde för perioden."
      : `${formatPercent(progress, 0)} av vägen från baslinje till mål efter ${formatPercent(elapsed, 0)} av tiden.`;
  return {
    ...specFrame("reportGoalProgressSpec", { width: options.width ?? 140 }, { title: T.goalProgressTitle, description, height: 14 }),
    title: undefined,
    padding: 0,
    autosize: { type: "none" },
    layer: [
      {
        data: { values: [{ x: 0, x2: 1 }] },
        mark: { type: "rect", color: c.grid, height: 10 },
        encoding: { x: { field: "x", type: "quantitative", scale: { domain: [0, 1] }, axis: null }, x2: { field: "x2" } },
      },
      {
        data: { values: [{ x: 0, x2: progress === null ? 0 : clamp(progress) }] },
        mark: { type: "rect", color: GOAL_STATUS_COLOR[status], height: 10 },
        encoding: { x: { field: "x", type: "quantitative" }, x2: { field: "x2" } },
      },
      {
        data: { values: [{ x: clamp(elapsed) }] },
        mark: { type: "rule", color: c.text, strokeWidth: 1.5 },
        encoding: { x: { field: "x", type: "quantitative" } },
      },
    ],
  } as TopLevelSpec;
}
