import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, type DurationUnit, formatDuration, formatPercent } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import { CATEGORY_COLOR, NEUTRAL } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, referenceLabelMark, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** One unit's value at baseline and now (null where there is none). */
export interface ChangeRow {
  unit: string;
  before: number | null;
  after: number | null;
}

/** Options of {@link changeByUnitSpec}. */
export interface ChangeByUnitSpecOptions extends SpecOptions {
  /** What the values are: durations in ms (shown in `durationUnit`) or shares (shown in %). __Default value:__ `"ms"` */
  valueUnit?: "ms" | "share";
  /** Display unit of durations. __Default value:__ `"dagar"` */
  durationUnit?: DurationUnit;
  /** Axis title (the unit is added). __Default value:__ "Ledtid, median" or "Andel" */
  measureLabel?: string;
  /** Names of the two periods in the legend. __Default value:__ `["Baslinje", "Nu"]` */
  periodLabels?: readonly [string, string];
  /** A reference value drawn as a dashed line, e.g. 0.35 for the region's waste estimate. __Default value:__ none */
  reference?: { value: number; label: string };
}

/**
 * Baseline and current value per unit as two dots joined by an arrow, so the size and direction of each unit's
 * change reads at a glance; durations in days (Swedish number format), shares in %. Units without both values show
 * the one they have. __Default height:__ 30 px per unit.
 * @example
 * const spec = changeByUnitSpec([{ unit: "Tandvård", before: 72 * 864e5, after: 57 * 864e5 }], { measureLabel: "Ledtid, median" });
 */
export function changeByUnitSpec(rows: readonly ChangeRow[], options: ChangeByUnitSpecOptions = {}): TopLevelSpec {
  const unit = options.valueUnit ?? "ms";
  const d = options.durationUnit ?? "dagar";
  const div = unit === "ms" ? DURATION_UNIT_MS[d] : 1;
  const fmt = (x: number | null) => (x === null ? "–" : unit === "ms" ? formatDuration(x, d) : formatPercent(x));
  const [b, a] = options.periodLabels ?? [T.baseline, T.now];
  const label = options.measureLabel ?? (unit === "ms" ? T.leadTimeMedian : T.shareWord);
  const axisTitle = unit === "ms" ? `${label} (${d})` : `${label} (%)`;
  const c = THEME_COLORS[options.theme ?? "light"];
  const points = rows.flatMap((r) => [
    ...(r.before === null ? [] : [{ unit: r.unit, period: b, value: r.before / div, label: fmt(r.before) }]),
    ...(r.after === null ? [] : [{ unit: r.unit, period: a, value: r.after / div, label: fmt(r.after) }]),
  ]);
  const links = rows
    .filter((r) => r.before !== null && r.after !== null)
    .map((r) => ({ unit: r.unit, from: r.before! / div, to: r.after! / div }));
  const y = { field: "unit", type: "nominal" as const, sort: rows.map((r) => r.unit), title: null, axis: { labelLimit: 200 } };
  const x = {
    type: "quantitative" as const,
    title: axisTitle,
    scale: { zero: true },
    axis: unit === "share" ? { format: ".0%" } : { tickMinStep: 1 },
  };
  const description = `${label} per enhet, ${b.toLowerCase()} och ${a.toLowerCase()}: ${rows.map((r) => `${r.unit} ${fmt(r.before)} → ${fmt(r.after)}`).join("; ")}.`;
  const ref = options.reference;
  return {
    ...specFrame("changeByUnitSpec", options, {
      title: `${label}: ${b.toLowerCase()} och ${a.toLowerCase()}`,
      ...(ref ? { subtitle: [`Streckad linje: ${ref.label.charAt(0).toLowerCase()}${ref.label.slice(1)}`] } : {}),
      description,
      height: 30 * Math.max(1, rows.length),
    }),
    layer: [
      {
        data: { values: links },
        mark: { type: "rule", color: NEUTRAL.rule, strokeWidth: 2 },
        encoding: { y, x: { field: "from", ...x }, x2: { field: "to" } },
      },
      {
        data: { values: points },
        mark: { type: "point", filled: true, size: 90, opacity: 1, tooltip: true },
        encoding: {
          y,
          x: { field: "value", ...x },
          color: { field: "period", type: "nominal", title: null, scale: { domain: [b, a], range: [NEUTRAL.p85, CATEGORY_COLOR.VA] } },
          tooltip: fieldTitles([
            ["unit", T.unit],
            ["period", T.period],
            ["label", label],
          ]),
        },
      },
      {
        data: { values: points.filter((p) => p.period === a) },
        mark: { type: "text", fontSize: 10, dy: -11, color: c.text },
        encoding: { y, x: { field: "value", ...x }, text: { field: "label" } },
      },
      ...(ref
        ? [
            {
              data: { values: [{ v: ref.value / div }] },
              mark: { type: "rule" as const, color: c.median, strokeDash: [5, 4] },
              encoding: { x: { field: "v", ...x } },
            },
            {
              data: {
                values: [{ v: ref.value / div, label: unit === "share" ? formatPercent(ref.value, 0) : formatDuration(ref.value, d) }],
              },
              mark: referenceLabelMark(c.text),
              encoding: { x: { field: "v", ...x }, text: { field: "label" } },
            },
          ]
        : []),
    ],
  } as TopLevelSpec;
}
