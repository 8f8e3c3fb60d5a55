import type { WasteParetoRow } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber, formatPercent, formatSek } from "../format.js";
import { WASTE_TEXT_SV as T } from "../messages/waste-text.js";
import { CATEGORY_COLOR, WAIT_COLOR } from "../theme.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** Options of {@link wasteParetoSpec}. */
export interface WasteParetoSpecOptions extends SpecOptions {
  /** Bar height measure. __Default value:__ `"hours"` */
  measure?: "hours" | "sek";
}

/**
 * Pareto chart of waste by type: bars sorted descending (waiting in the wait colour, other waste in the NVA colour)
 * and a line with the cumulative share on a right-hand 0–100 % axis. Rows are re-sorted and the cumulative share
 * recomputed for `measure`, so rows from `wastePareto` sorted by either measure can be passed.
 * __Default height:__ 260 px.
 * @example
 * const spec = wasteParetoSpec(wastePareto(observations, { model }), { measure: "sek" });
 */
export function wasteParetoSpec(rows: readonly WasteParetoRow[], options: WasteParetoSpecOptions = {}): TopLevelSpec {
  const measure = options.measure ?? "hours";
  const amountOf = (r: WasteParetoRow) => (measure === "sek" ? r.costSek : r.hours);
  const sorted = [...rows].sort((a, b) => amountOf(b) - amountOf(a) || a.label.localeCompare(b.label, "sv"));
  const total = sorted.reduce((s, r) => s + amountOf(r), 0);
  let running = 0;
  const values = sorted.map((r) => {
    running += amountOf(r);
    const cumulative = total > 0 ? running / total : 0;
    return {
      label: r.label,
      value: amountOf(r),
      valueLabel: measure === "sek" ? formatSek(r.costSek) : `${formatNumber(r.hours, 1)} h`,
      hoursLabel: `${formatNumber(r.hours, 1)} h`,
      sekLabel: formatSek(r.costSek),
      share: total > 0 ? amountOf(r) / total : 0,
      shareLabel: formatPercent(total > 0 ? amountOf(r) / total : 0),
      cumulative,
      cumulativeLabel: formatPercent(cumulative),
      color: r.wasteType === "waiting" ? WAIT_COLOR : CATEGORY_COLOR.NVA,
    };
  });
  const order = values.map((v) => v.label);
  const measureTitle = measure === "sek" ? T.sek : T.hours;
  const top = values[0];
  const description =
    `Paretodiagram över ${values.length} typer av slöseri i ${measure === "sek" ? "kronor" : "timmar"}, störst först.` +
    (top ? ` Störst är ${top.label} med ${top.valueLabel} (${top.shareLabel}).` : " Inget slöseri i underlaget.");
  const x = { field: "label", type: "nominal" as const, sort: order, title: T.wasteType, axis: { labelAngle: -30, labelLimit: 140 } };
  const tooltip = fieldTitles([
    ["label", T.wasteType],
    ["hoursLabel", T.hours],
    ["sekLabel", T.cost],
    ["shareLabel", T.share],
    ["cumulativeLabel", T.cumulativeShare],
  ]);
  return {
    ...specFrame("wasteParetoSpec", options, {
      title: T.paretoTitle,
      subtitle: [measure === "sek" ? T.paretoSubtitleSek : T.paretoSubtitleHours],
      description,
      height: 260,
    }),
    data: { values },
    encoding: { x },
    layer: [
      {
        mark: { type: "bar", tooltip: true },
        encoding: {
          y: {
            field: "value",
            type: "quantitative",
            title: measureTitle,
            axis: measure === "sek" ? { format: "$,.0f" } : { format: ",.1~f" },
          },
          color: { field: "color", type: "nominal", scale: null, legend: null },
          tooltip,
        },
      },
      {
        mark: { type: "line", point: true, color: "#444444", tooltip: true },
        encoding: {
          y: {
            field: "cumulative",
            type: "quantitative",
            title: T.cumulativeShare,
            scale: { domain: [0, 1] },
            axis: { format: ".0%", orient: "right", grid: false },
          },
          tooltip,
        },
      },
    ],
    resolve: { scale: { y: "independent" } },
  };
}
