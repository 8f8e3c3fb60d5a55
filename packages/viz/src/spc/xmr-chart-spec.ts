import type { XmrResult } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { SPC_TEXT_SV as T } from "../messages/spc-text.js";
import { THEME_COLORS } from "../vega/config.js";
import { specFrame } from "../vega/spec-options.js";
import { spcLayers, spcRows } from "./run-chart-spec.js";
import { type SpcSpecOptions, spcAxisTitle } from "./spc-spec-options.js";

/** Options of {@link xmrChartSpec}. */
export interface XmrSpecOptions extends SpcSpecOptions {
  /** Add the moving-range (MR) chart below the I chart. __Default value:__ false */
  movingRanges?: boolean;
}

/**
 * Vega-Lite XmR (I) chart from {@link XmrResult}: values with points, centre line (mean) and control limits
 * as lines per phase (limits dashed), signal points (outside the limits or in an unusually long run) in the
 * NVA colour with a Swedish legend and tooltip, phase names at each phase start; optionally the MR chart below
 * with its upper limit. __Default height:__ 260 px (MR chart 120 px).
 *
 * @example
 * const chart = xmrChart([10, 12, 11, 15, 9, 14, 8, 7, 9, 8], { phaseStarts: [6], phaseNames: ["Före", "Efter"] });
 * const spec = xmrChartSpec(chart, { measureLabel: "Ledtid, median per vecka", movingRanges: true });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function xmrChartSpec(result: XmrResult, options: XmrSpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const { rows, unitLabel } = spcRows(result, options);
  const { x, layers } = spcLayers(rows, options, unitLabel, T.mean);
  const limit = (field: "ucl" | "lcl", title: string) => ({
    mark: { type: "line" as const, color: c.p85, strokeWidth: 1, strokeDash: [4, 3] },
    encoding: {
      x,
      y: { field, type: "quantitative" as const },
      detail: { field: "phase", type: "nominal" as const },
      tooltip: [{ field, title, type: "quantitative" as const, format: ",.2f" }],
    },
  });
  const frozen = result.phases.some((p) => p.frozen);
  const signals = rows.filter((r) => r.signal === T.signal).length;
  const description =
    `Styrdiagram (XmR) med ${rows.length} punkter i ${result.phases.length} faser. ` +
    result.phases
      .map(
        (p) =>
          `${p.name}: medel ${p.centre?.toFixed(2) ?? "–"}, gränser ${p.lcl?.toFixed(2) ?? "–"}–${p.ucl?.toFixed(2) ?? "–"}, ${p.outside} punkter utanför.`,
      )
      .join(" ") +
    ` ${signals} punkter med signal.`;
  const frame = specFrame("xmrChartSpec", options, {
    title: T.xmrChartTitle,
    subtitle: frozen ? [T.subtitleXmr, T.subtitleFrozen] : [T.subtitleXmr],
    description,
    height: 260,
  });
  const iLayers = [limit("ucl", T.ucl), limit("lcl", T.lcl), ...layers];
  if (!options.movingRanges) return { ...frame, data: { values: rows }, layer: iLayers } as TopLevelSpec;

  const { width, height, ...top } = frame;
  const mrLayers = [
    {
      mark: { type: "line" as const, color: c.domain, strokeWidth: 1, point: { filled: true, size: 25, color: c.domain } },
      encoding: { x, y: { field: "mr", type: "quantitative" as const, title: spcAxisTitle(T.movingRange, unitLabel) } },
    },
    {
      mark: { type: "line" as const, color: c.p85, strokeWidth: 1, strokeDash: [4, 3] },
      encoding: { x, y: { field: "mrUcl", type: "quantitative" as const }, detail: { field: "phase", type: "nominal" as const } },
    },
  ];
  const w = width === "container" ? 640 : width;
  return {
    ...top,
    data: { values: rows },
    vconcat: [
      { width: w, height, layer: iLayers },
      { width: w, height: 120, title: { text: T.mrChartTitle, fontSize: 12 }, layer: mrLayers },
    ],
  } as TopLevelSpec;
}
