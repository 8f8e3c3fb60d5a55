import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, formatDuration, pickDurationUnit } from "../format.js";
import { CHART_TEXT_SV as T, withUnit } from "../messages/charts.js";
import type { LeadTimeTrendRow } from "../shape/unit-summary.js";
import { SERIES_COLORS } from "../theme.js";
import { type DurationSpecOptions, fieldTitles, specFrame } from "../vega/spec-options.js";

/** Options of {@link leadTimeTrendSpec}. */
export interface LeadTimeTrendSpecOptions extends DurationSpecOptions {
  /** Draw a band from p25 to p85 behind each unit's median line (rows without `p25Ms` get no band). __Default value:__ `false` */
  band?: boolean;
  /** Axis date format (d3-time-format, Swedish month names). __Default value:__ `"%b %Y"` */
  dateFormat?: string;
}

/**
 * Median lead time per period and unit as lines with points, optionally with a p25–p85 band. Dates are read as
 * UTC calendar dates so a month never shifts with the viewer's time zone.
 * __Default height:__ 240 px.
 * @example
 * const spec = leadTimeTrendSpec([{ unit: "Tandvård", periodStart: "2025-01-01", medianMs: 3 * 864e5, p85Ms: 5 * 864e5, n: 40 }], { band: true });
 */
export function leadTimeTrendSpec(rows: readonly LeadTimeTrendRow[], options: LeadTimeTrendSpecOptions = {}): TopLevelSpec {
  const band = options.band ?? false;
  const units = [...new Set(rows.map((r) => r.unit))];
  const maxMs = Math.max(0, ...rows.map((r) => (band && r.p25Ms !== undefined ? r.p85Ms : r.medianMs)));
  const unit = options.unit ?? pickDurationUnit(maxMs);
  const div = DURATION_UNIT_MS[unit];
  const values = rows.map((r) => ({
    unit: r.unit,
    periodStart: r.periodStart,
    median: r.medianMs / div,
    p85: r.p85Ms / div,
    p25: r.p25Ms === undefined ? null : r.p25Ms / div,
    n: r.n,
    medianLabel: formatDuration(r.medianMs, unit),
    p85Label: formatDuration(r.p85Ms, unit),
  }));
  const color = {
    field: "unit",
    type: "nominal" as const,
    title: T.unit,
    scale: { domain: units, range: units.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]) },
  };
  // Month ticks, thinned to at most ~12, so a month label is never repeated across day ticks.
  const monthStep = Math.max(1, Math.ceil(monthSpan(rows.map((r) => r.periodStart)) / 12));
  const x = {
    field: "periodStart",
    type: "temporal" as const,
    title: T.period,
    scale: { type: "utc" as const },
    axis: { format: options.dateFormat ?? "%b %Y", tickCount: { interval: "month" as const, step: monthStep } },
  };
  const periods = new Set(rows.map((r) => r.periodStart)).size;
  const description =
    `Linjediagram över medianledtiden (${unit}) per period för ${units.length} enheter (${units.join(", ")}), ${periods} perioder` +
    (band ? ", med ett band från 25:e till 85:e percentilen." : ".");
  const subtitle = [band ? `${T.median} per period; band: ${T.p25}–${T.p85}` : `${T.median} per period`];
  const bandLayer = {
    transform: [{ filter: "datum.p25 != null" }],
    mark: { type: "area" as const, opacity: 0.18 },
    encoding: { x, y: { field: "p25", type: "quantitative" as const }, y2: { field: "p85" }, color: { ...color, legend: null } },
  };
  return {
    ...specFrame("leadTimeTrendSpec", options, { title: T.leadTimeTrendTitle, subtitle, description, height: 240 }),
    data: { values },
    layer: [
      ...(band ? [bandLayer] : []),
      {
        mark: { type: "line", point: true, tooltip: true },
        encoding: {
          x,
          y: { field: "median", type: "quantitative", title: withUnit(`${T.leadTime}, ${T.median.toLowerCase()}`, unit) },
          color,
          tooltip: fieldTitles([
            ["unit", T.unit],
            ["periodStart", T.period],
            ["medianLabel", T.median],
            ["p85Label", T.p85],
            ["n", T.flows],
          ]),
        },
      },
    ],
  };
}

/** Whole months between the earliest and latest ISO date (compared as strings, so no time zone is involved). */
function monthSpan(isoDates: readonly string[]): number {
  if (isoDates.length === 0) return 0;
  const sorted = [...isoDates].sort();
  const ym = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  return ym(sorted[sorted.length - 1]) - ym(sorted[0]);
}
