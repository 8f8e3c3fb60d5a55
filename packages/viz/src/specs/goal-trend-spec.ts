import type { TopLevelSpec } from "vega-lite";
import { formatDuration } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import { CATEGORY_COLOR, NEUTRAL, STATUS_COLOR } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { type SpecOptions, specFrame } from "../vega/spec-options.js";

/** One month of a unit's median lead time. */
export interface GoalTrendPoint {
  /** "YYYY-MM" (completion month). */
  month: string;
  leadTimeMedianMs: number | null;
}

/** Options of {@link goalTrendSpec}. */
export interface GoalTrendSpecOptions extends SpecOptions {
  /** The unit, in the title. */
  unitName: string;
  /** The goal's baseline and target (lead time, ms), drawn as dashed lines. __Default value:__ none */
  baselineMs?: number;
  targetMs?: number;
}

/**
 * A unit's median lead time per completion month in days, with its goal's baseline and target as dashed lines, in
 * the Swedish number format. __Default height:__ 220 px.
 * @example
 * const points = [{ month: "2025-01", leadTimeMedianMs: 70 * 864e5 }, { month: "2025-02", leadTimeMedianMs: 64 * 864e5 }];
 * const spec = goalTrendSpec(points, { unitName: "Tandvård", baselineMs: 72 * 864e5, targetMs: 50 * 864e5 });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function goalTrendSpec(points: readonly GoalTrendPoint[], options: GoalTrendSpecOptions): TopLevelSpec {
  const day = 86_400_000;
  const values = points
    .filter((p) => p.leadTimeMedianMs !== null)
    .map((p) => ({ month: p.month, days: p.leadTimeMedianMs! / day, label: formatDuration(p.leadTimeMedianMs, "dagar") }));
  const rules = [
    ...(options.baselineMs === undefined
      ? []
      : [{ y: options.baselineMs / day, label: `${T.baseline} ${formatDuration(options.baselineMs, "dagar")}` }]),
    ...(options.targetMs === undefined
      ? []
      : [{ y: options.targetMs / day, label: `${T.goal} ${formatDuration(options.targetMs, "dagar")}` }]),
  ];
  const c = THEME_COLORS[options.theme ?? "light"];
  const description = `Median ledtid per avslutsmånad för ${options.unitName}: ${values.map((v) => `${v.month} ${v.label}`).join(", ")}.${rules.map((r) => ` ${r.label}.`).join("")}`;
  return {
    ...specFrame("goalTrendSpec", options, { title: `${T.goalTrendTitle} — ${options.unitName}`, description, height: 220 }),
    layer: [
      {
        data: { values },
        mark: { type: "line", point: true, color: CATEGORY_COLOR.VA, tooltip: true },
        encoding: {
          x: { field: "month", type: "ordinal", title: T.completionMonth, axis: { labelAngle: -45 } },
          y: { field: "days", type: "quantitative", title: "Ledtid, median (dagar)", scale: { zero: true } },
          tooltip: [
            { field: "month", title: T.completionMonth },
            { field: "label", title: T.leadTimeMedian },
          ],
        },
      },
      {
        data: { values: rules },
        mark: { type: "rule", strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: {
          y: { field: "y", type: "quantitative" },
          color: { field: "label", type: "nominal", title: null, scale: { range: [NEUTRAL.p85, STATUS_COLOR.ok] } },
        },
      },
      {
        data: { values: rules },
        mark: { type: "text", align: "right", baseline: "bottom", dy: -2, x: { expr: "width" }, fontSize: 10, color: c.text },
        encoding: { y: { field: "y", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}
