import type { RunChartResult, XmrResult } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { SPC_TEXT_SV as T } from "../messages/spc-text.js";
import { CATEGORY_COLOR } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, specFrame } from "../vega/spec-options.js";
import { type SpcSpecOptions, spcAxisTitle, spcDisplayScale, spcScaled } from "./spc-spec-options.js";

/** Colour of points without a signal (Okabe–Ito blue, as VA); signals take the NVA colour. */
const POINT_COLOR = "#56B4E9";

/** One row of chart data, in display units. */
export interface SpcRow {
  i: number;
  x: number | string;
  y: number | null;
  phase: string;
  phaseStart: boolean;
  centre: number | null;
  lcl: number | null;
  ucl: number | null;
  mr: number | null;
  mrUcl: number | null;
  /** "Signal" | "Ingen signal". */
  signal: string;
  reason: string;
  /** The phase has a runs signal: its centre line is dashed (as in qicharts2). */
  phaseRunsSignal: boolean;
  yLabel: string;
  centreLabel: string;
}

/**
 * Shapes a run-chart or XmR result into chart rows (display units, Swedish labels).
 * @example spcRows(runChart([1, 2, 3]), {}).rows[0] // → { i: 0, x: 0, y: 1, phase: "Fas 1", centre: 2, signal: "Ingen signal", … }
 */
export function spcRows(result: RunChartResult | XmrResult, options: SpcSpecOptions): { rows: SpcRow[]; unitLabel: string } {
  const scale = spcDisplayScale(
    result.points.map((p) => p.y),
    options,
  );
  const rows = result.points.map((p): SpcRow => {
    const phase = result.phases[p.phase];
    const outside = "outside" in p && p.outside;
    const reasons: string[] = [];
    if (outside) reasons.push(T.outside);
    if (p.inLongRun) reasons.push(T.longRun);
    const centre = spcScaled(p.centre, scale.divisor);
    return {
      i: p.index,
      x: p.x,
      y: spcScaled(p.y, scale.divisor),
      phase: phase.name,
      phaseStart: p.index === phase.start,
      centre,
      lcl: "lcl" in p ? spcScaled(p.lcl, scale.divisor) : null,
      ucl: "ucl" in p ? spcScaled(p.ucl, scale.divisor) : null,
      mr: "movingRange" in p ? spcScaled(p.movingRange, scale.divisor) : null,
      mrUcl: "mrUcl" in p ? spcScaled(p.mrUcl, scale.divisor) : null,
      signal: p.signal ? T.signal : T.noSignal,
      reason: reasons.length ? reasons.join("; ") : phase.runs.fewCrossingsSignal ? T.fewCrossings : "–",
      phaseRunsSignal: phase.runs.signal,
      yLabel: scale.format(spcScaled(p.y, scale.divisor)),
      centreLabel: scale.format(centre),
    };
  });
  return { rows, unitLabel: scale.unitLabel };
}

/**
 * The layers shared by the run chart and the I chart: value line, centre line per phase, points, phase labels.
 * @example const { layers } = spcLayers(rows, options, "dagar", "Median");
 */
export function spcLayers(rows: readonly SpcRow[], options: SpcSpecOptions, unitLabel: string, centreTitle: string) {
  const c = THEME_COLORS[options.theme ?? "light"];
  const allStrings = rows.every((r) => typeof r.x === "string");
  const x = {
    field: "x",
    type: allStrings ? ("ordinal" as const) : ("quantitative" as const),
    title: options.xTitle ?? T.point,
    sort: allStrings ? null : undefined,
    ...(allStrings ? { axis: { labelAngle: -45, labelOverlap: "parity" as const } } : { axis: { tickMinStep: 1 } }),
  };
  const y = { field: "y", type: "quantitative" as const, title: spcAxisTitle(options.measureLabel ?? T.value, unitLabel) };
  const tooltip = fieldTitles([
    ["x", options.xTitle ?? T.point],
    ["yLabel", options.measureLabel ?? T.value],
    ["phase", T.phase],
    ["centreLabel", centreTitle],
    ["signal", T.signalLegend],
    ["reason", T.reason],
  ]);
  return {
    x,
    y,
    layers: [
      {
        mark: { type: "line" as const, color: c.domain, strokeWidth: 1 },
        encoding: { x, y },
      },
      {
        mark: { type: "line" as const, color: c.median, strokeWidth: 1.5 },
        encoding: {
          x,
          y: { field: "centre", type: "quantitative" as const },
          detail: { field: "phase", type: "nominal" as const },
          strokeDash: {
            field: "phaseRunsSignal",
            type: "nominal" as const,
            scale: {
              domain: [false, true],
              range: [
                [1, 0],
                [6, 4],
              ],
            },
            legend: null,
          },
        },
      },
      {
        mark: { type: "point" as const, filled: true, size: 45, opacity: 1 },
        encoding: {
          x,
          y,
          color: {
            field: "signal",
            type: "nominal" as const,
            title: T.signalLegend,
            scale: { domain: [T.noSignal, T.signal], range: [POINT_COLOR, CATEGORY_COLOR.NVA] },
          },
          shape: {
            field: "signal",
            type: "nominal" as const,
            title: T.signalLegend,
            scale: { domain: [T.noSignal, T.signal], range: ["circle", "diamond"] },
          },
          tooltip,
        },
      },
      {
        transform: [{ filter: "datum.phaseStart" }],
        mark: { type: "text" as const, align: "left" as const, baseline: "top" as const, dx: 3, dy: 2, color: c.subtleText, fontSize: 11 },
        encoding: { x, y: { value: 0 }, text: { field: "phase", type: "nominal" as const } },
      },
      {
        transform: [{ filter: "datum.phaseStart && datum.i > 0" }],
        mark: { type: "rule" as const, color: c.grid, strokeDash: [2, 2] },
        encoding: { x },
      },
    ],
  };
}

/**
 * Vega-Lite run chart from {@link RunChartResult}: values as a line with points, the median of each phase as
 * its centre line (dashed when the phase has a runs signal), points in an unusually long run in the NVA colour
 * with a Swedish legend and tooltip, phase names at each phase start. __Default height:__ 260 px.
 *
 * @example
 * const chart = runChart([5, 6, 5, 7, 6, 5, 3, 2, 3, 2, 2, 3], { phaseStarts: [6], phaseNames: ["Före", "Efter"] });
 * const spec = runChartSpec(chart, { measureLabel: "Ledtid, median per månad (dagar)", xTitle: "Månad" });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function runChartSpec(result: RunChartResult, options: SpcSpecOptions = {}): TopLevelSpec {
  const { rows, unitLabel } = spcRows(result, options);
  const { layers } = spcLayers(rows, options, unitLabel, T.median);
  const signals = rows.filter((r) => r.signal === T.signal).length;
  const description =
    `Seriediagram med ${rows.length} punkter i ${result.phases.length} faser (${result.phases.map((p) => p.name).join(", ")}). ` +
    result.phases
      .map(
        (p) =>
          `${p.name}: längsta serie ${p.runs.longestRun} (gräns ${p.runs.longestRunLimit}), korsningar ${p.runs.crossings} (minst ${p.runs.crossingsLimit}), ${p.runs.signal ? "signal" : "ingen signal"}.`,
      )
      .join(" ") +
    ` ${signals} punkter med signal.`;
  return {
    ...specFrame("runChartSpec", options, { title: T.runChartTitle, subtitle: [T.subtitleRun], description, height: 260 }),
    data: { values: rows },
    layer: layers,
  } as TopLevelSpec;
}
