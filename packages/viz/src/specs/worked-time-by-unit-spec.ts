import type { TopLevelSpec } from "vega-lite";
import { formatPercent } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import { CATEGORY_SHORT_SV } from "../theme.js";
import { categoryColorScale, THEME_COLORS } from "../vega/config.js";
import { fieldTitles, referenceLabelMark, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** One unit's staff time worked on its cases, split by category (Σ durations of the observations). */
export interface WorkedTimeRow {
  unit: string;
  vaTouchMs: number;
  nnvaTouchMs: number;
  nvaTouchMs: number;
}

/** Options of {@link workedTimeByUnitSpec}. */
export interface WorkedTimeByUnitSpecOptions extends SpecOptions {
  /**
   * A reference share of waste drawn as a dashed line, e.g. the region's own estimate that at least 35 % of the time
   * in its processes is disturbance and waste; `null` for none. __Default value:__ `0.35`
   */
  reference?: number | null;
  /** Label of the reference line. __Default value:__ "Regionens uppskattning ≥ 35 %" for 0.35, else "Referens". */
  referenceLabel?: string;
}

/**
 * *Slöseri som andel av arbetad tid* per unit (the staff view of waste): 100 % bars of the staff time worked on the
 * cases — NVA work first from the left, so the bar's first segment **is** the waste share and reads against the
 * reference line — then NNVA and VA, in the palette's category colours, with the share labelled in each segment
 * wide enough to hold it. Unlike the share of calendar lead time (≈ 99 % waiting everywhere), this one differs between
 * units and moves when rework, searching and double work go away.
 * __Default height:__ 32 px per unit.
 * @example
 * const spec = workedTimeByUnitSpec([{ unit: "Närsjukvård Umeå", vaTouchMs: 5e8, nnvaTouchMs: 2e8, nvaTouchMs: 3e8 }]);
 */
export function workedTimeByUnitSpec(rows: readonly WorkedTimeRow[], options: WorkedTimeByUnitSpecOptions = {}): TopLevelSpec {
  const reference = options.reference === undefined ? 0.35 : options.reference;
  const refLabel = options.referenceLabel ?? (reference === 0.35 ? T.regionEstimate : T.reference);
  const subtitle =
    reference === null
      ? [T.workedTimeSubtitle]
      : [T.workedTimeSubtitle, `Streckad linje: ${refLabel.charAt(0).toLowerCase()}${refLabel.slice(1)}`];
  const drawn = rows.filter((r) => r.vaTouchMs + r.nnvaTouchMs + r.nvaTouchMs > 0);
  const keys = [CATEGORY_SHORT_SV.NVA, CATEGORY_SHORT_SV.NNVA, CATEGORY_SHORT_SV.VA];
  const values: Record<string, string | number>[] = [];
  for (const r of drawn) {
    const total = r.vaTouchMs + r.nnvaTouchMs + r.nvaTouchMs;
    let x0 = 0;
    [r.nvaTouchMs, r.nnvaTouchMs, r.vaTouchMs].forEach((ms, i) => {
      const share = ms / total;
      values.push({
        unit: r.unit,
        key: keys[i],
        order: i,
        share,
        x0,
        x1: x0 + share,
        mid: x0 + share / 2,
        label: formatPercent(share),
        textColor: i === 2 ? "#ffffff" : "#000000",
      });
      x0 += share;
    });
  }
  const c = THEME_COLORS[options.theme ?? "light"];
  const y = { field: "unit", type: "nominal" as const, sort: drawn.map((r) => r.unit), title: null, axis: { labelLimit: 200 } };
  const description =
    `Arbetad tid per enhet fördelad på slöseri (NVA-arbete), nödvändigt och värdeskapande arbete. ` +
    drawn
      .map((r) => `${r.unit}: slöseri ${formatPercent(r.nvaTouchMs / (r.vaTouchMs + r.nnvaTouchMs + r.nvaTouchMs))} av arbetad tid`)
      .join("; ") +
    "." +
    (reference !== null ? ` Streckad linje: ${refLabel}.` : "");
  const refLayers =
    reference === null
      ? []
      : [
          {
            data: { values: [{ x: reference }] },
            mark: { type: "rule" as const, color: c.median, strokeDash: [5, 4], strokeWidth: 1.5 },
            encoding: { x: { field: "x", type: "quantitative" as const } },
          },
          {
            data: { values: [{ x: reference, label: formatPercent(reference, 0) }] },
            mark: referenceLabelMark(c.text),
            encoding: { x: { field: "x", type: "quantitative" as const }, text: { field: "label" } },
          },
        ];
  return {
    ...specFrame("workedTimeByUnitSpec", options, {
      title: T.workedTimeTitle,
      subtitle,
      description,
      height: 32 * Math.max(1, drawn.length),
    }),
    layer: [
      {
        data: { values },
        mark: { type: "bar", tooltip: true },
        encoding: {
          y,
          x: { field: "x0", type: "quantitative", title: T.shareOfWorked, scale: { domain: [0, 1] }, axis: { format: ".0%" } },
          x2: { field: "x1" },
          color: { field: "key", type: "nominal", title: T.legendCategory, scale: categoryColorScale(keys), sort: keys },
          tooltip: fieldTitles([
            ["unit", T.unit],
            ["key", T.legendCategory],
            ["label", T.shareOfWorked],
          ]),
        },
      },
      {
        data: { values },
        transform: [{ filter: "datum.share >= 0.07" }],
        mark: { type: "text", fontSize: 10 },
        encoding: {
          y,
          x: { field: "mid", type: "quantitative" },
          text: { field: "label" },
          color: { field: "textColor", type: "nominal", scale: null },
        },
      },
      ...refLayers,
    ],
  } as TopLevelSpec;
}
