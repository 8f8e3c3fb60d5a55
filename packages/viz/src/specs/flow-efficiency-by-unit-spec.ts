import type { TopLevelSpec } from "vega-lite";
import { formatPercent } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import type { UnitSummary } from "../shape/unit-summary.js";
import { CATEGORY_COLOR } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** Options of {@link flowEfficiencyByUnitSpec}. */
export interface FlowEfficiencyByUnitSpecOptions extends SpecOptions {
  /** Goal (målbild) as a share 0–1, drawn as a labelled dashed rule. __Default value:__ none. */
  goal?: number;
}

/**
 * Horizontal bars of aggregate flow efficiency (Σ VA / Σ ledtid) per unit, in input order, in the VA colour and
 * labelled in Swedish percent; the per-flow median is in the tooltip. Units without lead time (aggregate null)
 * are listed in the description instead of drawn as zero.
 * __Default height:__ 30 px per unit.
 * @example
 * const spec = flowEfficiencyByUnitSpec([{ unit: "Remissflödet", summary: analysis.summary }], { goal: 0.25 });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function flowEfficiencyByUnitSpec(units: readonly UnitSummary[], options: FlowEfficiencyByUnitSpecOptions = {}): TopLevelSpec {
  const drawn = units.filter((u) => u.summary.flowEfficiency.aggregate !== null);
  const missing = units.filter((u) => u.summary.flowEfficiency.aggregate === null).map((u) => u.unit);
  const values = drawn.map((u) => ({
    unit: u.unit,
    efficiency: u.summary.flowEfficiency.aggregate ?? 0,
    label: formatPercent(u.summary.flowEfficiency.aggregate),
    medianLabel: formatPercent(u.summary.flowEfficiency.median),
    flows: u.summary.flows,
  }));
  const colors = THEME_COLORS[options.theme ?? "light"];
  const maxShare = Math.max(0, options.goal ?? 0, ...values.map((v) => v.efficiency));
  // Referral flows have efficiencies well below 1 %: the axis follows the data, with decimals when it must.
  const xMax = Math.min(1, Math.max(0.001, maxShare * 1.25));
  const y = { field: "unit", type: "nominal" as const, sort: drawn.map((u) => u.unit), title: T.unit, axis: { labelLimit: 200 } };
  const x = {
    field: "efficiency",
    type: "quantitative" as const,
    title: T.flowEfficiencyAggregate,
    scale: { domain: [0, xMax] },
    axis: { format: xMax < 0.03 ? ".2~%" : ".0%" },
  };
  const listed = values.map((v) => `${v.unit} ${v.label}`).join(", ");
  const description =
    `Liggande staplar med flödeseffektivitet (summa värdeskapande tid delad med summa ledtid) per enhet: ${listed}.` +
    (options.goal !== undefined ? ` Målet ${formatPercent(options.goal)} är markerat med en streckad linje.` : "") +
    (missing.length > 0 ? ` Utan ledtid (visas inte): ${missing.join(", ")}.` : "");
  const goalLayers =
    options.goal === undefined
      ? []
      : [
          {
            data: { values: [{ goal: options.goal, label: `${T.goal} ${formatPercent(options.goal)}` }] },
            mark: { type: "rule" as const, color: colors.median, strokeDash: [5, 4], strokeWidth: 1.5 },
            encoding: { x: { field: "goal", type: "quantitative" as const } },
          },
          {
            data: { values: [{ goal: options.goal, label: `${T.goal} ${formatPercent(options.goal)}` }] },
            mark: {
              type: "text" as const,
              align: "right" as const,
              baseline: "top" as const,
              dx: -3,
              y: 0,
              fontSize: 10,
              color: colors.text,
            },
            encoding: { x: { field: "goal", type: "quantitative" as const }, text: { field: "label" } },
          },
        ];
  return {
    ...specFrame("flowEfficiencyByUnitSpec", options, {
      title: T.flowEfficiencyByUnitTitle,
      subtitle: [T.flowEfficiencyAggregate],
      description,
      height: 30 * Math.max(1, drawn.length),
    }),
    layer: [
      {
        data: { values },
        mark: { type: "bar", color: CATEGORY_COLOR.VA, tooltip: true },
        encoding: {
          y,
          x,
          tooltip: fieldTitles([
            ["unit", T.unit],
            ["label", T.flowEfficiencyAggregate],
            ["medianLabel", T.flowEfficiencyMedian],
            ["flows", T.flows],
          ]),
        },
      },
      {
        data: { values },
        mark: { type: "text", align: "left", dx: 4, fontSize: 10, color: colors.text },
        encoding: { y, x: { field: "efficiency", type: "quantitative" }, text: { field: "label" } },
      },
      ...goalLayers,
    ],
  };
}
