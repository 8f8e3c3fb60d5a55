import type { GroupComparison } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, type DurationUnit, formatNumber } from "../format.js";
import { SPC_TEXT_SV as T } from "../messages/spc-text.js";
import { CATEGORY_COLOR } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";
import { spcAxisTitle } from "./spc-spec-options.js";

/** Options of {@link beforeAfterSpec}. */
export interface BeforeAfterSpecOptions extends SpecOptions {
  /** Name of the measure for the axis, e.g. "Ledtid". __Default value:__ "Värde" */
  measureLabel?: string;
  /** Names of the two groups. __Default value:__ ["Före", "Efter"] */
  groupNames?: [string, string];
}

const UNIT_ABBR: Record<string, string> = { dagar: "dagar", timmar: "h", minuter: "min", procentenheter: "%" };

/**
 * Before/after chart from {@link GroupComparison}: the two distributions side by side (every value as a
 * point with a fixed, deterministic jitter, the box from the 25th to the 75th percentile and the median as a
 * thick tick), and to the right the difference of medians with its 95 % bootstrap interval against a zero
 * line. The comparison's sentence is the subtitle. Values use the comparison's display unit (dagar, timmar,
 * minuter or %). __Default size:__ 420 × 260 px (the difference panel 140 px wide).
 *
 * @example
 * const c = compareGroups([5, 6, 7, 8, 9, 10], [3, 4, 5, 6, 7, 8], { measure: "wait", unit: "number", seed: 1 });
 * const spec = c.ok ? beforeAfterSpec(c, { measureLabel: "Väntan" }) : null;
 * spec?.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function beforeAfterSpec(comparison: GroupComparison, options: BeforeAfterSpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const [nameBefore, nameAfter] = options.groupNames ?? [T.before, T.after];
  // Distributions in the sentence's unit; shares as % (the difference in procentenheter has the same scale).
  const isShare = comparison.unit === "share";
  const divisor =
    comparison.unit === "ms" ? DURATION_UNIT_MS[(UNIT_ABBR[comparison.displayUnit] ?? "dagar") as DurationUnit] : comparison.displayDivisor;
  const unitLabel = isShare ? "%" : (UNIT_ABBR[comparison.displayUnit] ?? "");
  const diffUnitLabel = isShare ? "procentenheter" : unitLabel;
  const points = [
    // Golden-ratio jitter: spread evenly and the same on every render (no random()).
    ...comparison.before.values.map((v, i) => ({
      group: nameBefore,
      value: v / divisor,
      pos: 0 + 0.36 * (((i * 0.6180339887) % 1) - 0.5),
    })),
    ...comparison.after.values.map((v, i) => ({ group: nameAfter, value: v / divisor, pos: 1 + 0.36 * (((i * 0.6180339887) % 1) - 0.5) })),
  ];
  const boxes = [
    {
      group: nameBefore,
      q1: comparison.before.q1 / divisor,
      median: comparison.before.median / divisor,
      q3: comparison.before.q3 / divisor,
      n: comparison.before.n,
    },
    {
      group: nameAfter,
      q1: comparison.after.q1 / divisor,
      median: comparison.after.median / divisor,
      q3: comparison.after.q3 / divisor,
      n: comparison.after.n,
    },
  ].map((b, i) => ({ ...b, left: i - 0.25, right: i + 0.25, medianLabel: `${formatNumber(b.median, 1)} ${unitLabel}`.trim() }));
  const diff = {
    estimate: comparison.difference / divisor,
    lower: comparison.ci.lower / divisor,
    upper: comparison.ci.upper / divisor,
    label: T.difference,
    text: comparison.sentence,
  };
  // Groups sit at x = 0 and 1 on a linear scale so points, boxes and median ticks line up exactly.
  const xAxis = {
    type: "quantitative" as const,
    title: T.group,
    scale: { domain: [-0.6, 1.6] },
    axis: { values: [0, 1], grid: false, labelExpr: `datum.value < 0.5 ? ${JSON.stringify(nameBefore)} : ${JSON.stringify(nameAfter)}` },
  };
  const yValue = { type: "quantitative" as const, title: spcAxisTitle(options.measureLabel ?? T.value, unitLabel) };
  const frame = specFrame("beforeAfterSpec", options, {
    title: T.beforeAfterTitle,
    subtitle: [comparison.sentence],
    description: `${comparison.sentence} ${comparison.detail}`,
    height: 260,
  });
  const { width, height, ...top } = frame;
  const w = width === "container" ? 420 : width;
  return {
    ...top,
    hconcat: [
      {
        width: Math.max(120, w - 180),
        height,
        layer: [
          {
            data: { values: points },
            mark: { type: "point" as const, filled: true, size: 18, opacity: 0.6, color: "#56B4E9" },
            encoding: {
              x: { ...xAxis, field: "pos" },
              y: { ...yValue, field: "value" },
              tooltip: [
                { field: "group", title: T.group },
                { field: "value", title: T.value, format: ",.1f" },
              ],
            },
          },
          {
            data: { values: boxes },
            mark: { type: "rect" as const, fillOpacity: 0, stroke: c.median, strokeWidth: 1 },
            encoding: { x: { ...xAxis, field: "left" }, x2: { field: "right" }, y: { ...yValue, field: "q1" }, y2: { field: "q3" } },
          },
          {
            data: { values: boxes },
            mark: { type: "rule" as const, strokeWidth: 3, color: c.median },
            encoding: {
              x: { ...xAxis, field: "left" },
              x2: { field: "right" },
              y: { ...yValue, field: "median" },
              tooltip: fieldTitles([
                ["group", T.group],
                ["medianLabel", T.median],
                ["n", T.n],
              ]),
            },
          },
        ],
      },
      {
        width: 140,
        height,
        data: { values: [diff] },
        layer: [
          {
            mark: { type: "rule" as const, color: c.domain, strokeDash: [2, 2] },
            encoding: { y: { datum: 0, type: "quantitative" as const } },
          },
          {
            mark: { type: "rule" as const, strokeWidth: 2, color: comparison.significant ? CATEGORY_COLOR.VA : c.median },
            encoding: {
              x: { field: "label", type: "nominal" as const, title: null, axis: { labelAngle: 0 } },
              y: { field: "lower", type: "quantitative" as const, title: spcAxisTitle(T.differenceTitle, diffUnitLabel) },
              y2: { field: "upper" },
              tooltip: [{ field: "text", title: T.ci }],
            },
          },
          {
            mark: { type: "point" as const, filled: true, size: 70, color: comparison.significant ? CATEGORY_COLOR.VA : c.median },
            encoding: {
              x: { field: "label", type: "nominal" as const },
              y: { field: "estimate", type: "quantitative" as const },
              tooltip: [
                { field: "estimate", title: T.difference, format: ",.2f" },
                { field: "lower", title: T.lower, format: ",.2f" },
                { field: "upper", title: T.upper, format: ",.2f" },
              ],
            },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}
