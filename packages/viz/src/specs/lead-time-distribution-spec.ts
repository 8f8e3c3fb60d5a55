import type { FlowMetrics } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, formatDuration, formatNumber, pickDurationUnit } from "../format.js";
import { CHART_TEXT_SV as T, withUnit } from "../messages/charts.js";
import { quantileSorted } from "../stats/quantile.js";
import { SERIES_COLORS } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { type DurationSpecOptions, specFrame } from "../vega/spec-options.js";

/** Options of {@link leadTimeDistributionSpec}. */
export interface LeadTimeDistributionSpecOptions extends DurationSpecOptions {
  /** Upper bound on the number of histogram bins (Vega-Lite picks nice bin edges). __Default value:__ `20` */
  maxBins?: number;
}

/**
 * Histogram of per-flow lead time with labelled rules at the median and the 85th percentile (linear
 * interpolation, h = (n−1)·p, as everywhere in flodes). Flows with a non-finite lead time are left out.
 * __Default height:__ 220 px.
 * @example
 * const spec = leadTimeDistributionSpec(analysis.flows, { unit: "dagar" });
 */
export function leadTimeDistributionSpec(
  flows: readonly Pick<FlowMetrics, "leadTimeMs">[],
  options: LeadTimeDistributionSpecOptions = {},
): TopLevelSpec {
  const sorted = flows
    .map((f) => f.leadTimeMs)
    .filter((x) => Number.isFinite(x))
    .sort((a, b) => a - b);
  const medianMs = quantileSorted(sorted, 0.5);
  const p85Ms = quantileSorted(sorted, 0.85);
  const unit = options.unit ?? pickDurationUnit(sorted.length > 0 ? sorted[sorted.length - 1] : 0);
  const div = DURATION_UNIT_MS[unit];
  const colors = THEME_COLORS[options.theme ?? "light"];
  const values = sorted.map((ms) => ({ leadTime: ms / div }));
  const rules: { stat: string; value: number; label: string; color: string; dash: number[] }[] = [];
  if (medianMs !== null)
    rules.push({
      stat: T.median,
      value: medianMs / div,
      label: `${T.median} ${formatDuration(medianMs, unit)}`,
      color: colors.median,
      dash: [],
    });
  if (p85Ms !== null)
    rules.push({ stat: T.p85, value: p85Ms / div, label: `${T.p85} ${formatDuration(p85Ms, unit)}`, color: colors.p85, dash: [4, 3] });
  const subtitle = [
    `n = ${formatNumber(sorted.length, 0)} flöden · ${T.median.toLowerCase()} ${formatDuration(medianMs, unit)} · ${T.p85} ${formatDuration(p85Ms, unit)}`,
  ];
  const description =
    `Histogram över ledtiden för ${sorted.length} flöden i ${unit}. Medianen är ${formatDuration(medianMs, unit)} ` +
    `och 85:e percentilen ${formatDuration(p85Ms, unit)}; båda är markerade med lodräta linjer.`;
  const ruleLayers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>["layer"]> = rules.flatMap((r, i) => [
    {
      data: { values: [r] },
      mark: { type: "rule" as const, color: r.color, strokeWidth: 2, strokeDash: r.dash },
      encoding: { x: { field: "value", type: "quantitative" as const } },
    },
    {
      data: { values: [r] },
      mark: {
        type: "text" as const,
        align: "left" as const,
        baseline: "top" as const,
        dx: 4,
        dy: 2 + 14 * i,
        fontSize: 11,
        color: colors.text,
      },
      encoding: { x: { field: "value", type: "quantitative" as const }, y: { value: 0 }, text: { field: "label" } },
    },
  ]);
  return {
    ...specFrame("leadTimeDistributionSpec", options, { title: T.leadTimeDistributionTitle, subtitle, description, height: 220 }),
    layer: [
      {
        data: { values },
        mark: { type: "bar", color: SERIES_COLORS[0], tooltip: true },
        encoding: {
          x: { field: "leadTime", type: "quantitative", bin: { maxbins: options.maxBins ?? 20 }, title: withUnit(T.leadTime, unit) },
          y: { aggregate: "count", type: "quantitative", title: T.flows, axis: { tickMinStep: 1, format: "d" } },
        },
      },
      ...ruleLayers,
    ],
  };
}
