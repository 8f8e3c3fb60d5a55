import type { TopLevelSpec } from "vega-lite";
import { formatPercent } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import type { UnitSummary } from "../shape/unit-summary.js";
import { CATEGORY_SHORT_SV } from "../theme.js";
import { categoryColorScale } from "../vega/config.js";
import { specFrame, type SpecOptions } from "../vega/spec-options.js";

/** Options of {@link wasteShareByUnitSpec}. */
export interface WasteShareByUnitSpecOptions extends SpecOptions {
  /** Split NVA into NVA-work and waiting (four segments instead of three). __Default value:__ `false` */
  splitWait?: boolean;
  /** Smallest share that gets a percent label inside its segment. __Default value:__ `0.08` */
  minLabelShare?: number;
}

/** Key used for the NVA segment when waiting is not split off: all of NVA, work and wait. */
const NVA_ALL_SV = "Slöseri (inkl. väntan)";

/**
 * 100 % stacked horizontal bars of VA / NNVA / NVA shares of total lead time per unit (from `summary.totals`),
 * with percent labels in segments large enough to hold them. Units with no lead time are left out and named in
 * the description.
 * __Default height:__ 30 px per unit.
 * @example
 * const spec = wasteShareByUnitSpec(units, { splitWait: true });
 */
export function wasteShareByUnitSpec(units: readonly UnitSummary[], options: WasteShareByUnitSpecOptions = {}): TopLevelSpec {
  const split = options.splitWait ?? false;
  const minLabel = options.minLabelShare ?? 0.08;
  const drawn = units.filter((u) => u.summary.totals.leadTimeMs > 0);
  const missing = units.filter((u) => !(u.summary.totals.leadTimeMs > 0)).map((u) => u.unit);
  const keys = split
    ? [CATEGORY_SHORT_SV.VA, CATEGORY_SHORT_SV.NNVA, CATEGORY_SHORT_SV.NVA, CATEGORY_SHORT_SV.WAIT]
    : [CATEGORY_SHORT_SV.VA, CATEGORY_SHORT_SV.NNVA, NVA_ALL_SV];
  const scale = split
    ? categoryColorScale(keys)
    : { domain: [...keys], range: [...categoryColorScale().range.slice(0, 3)] };
  const values: Record<string, string | number>[] = [];
  for (const u of drawn) {
    const t = u.summary.totals;
    const parts = split ? [t.vaMs, t.nnvaMs, t.nvaWorkMs, t.waitMs] : [t.vaMs, t.nnvaMs, t.nvaMs];
    let x0 = 0;
    parts.forEach((ms, i) => {
      const share = ms / t.leadTimeMs;
      const textColor = i === 0 ? "#ffffff" : "#000000";
      values.push({ unit: u.unit, key: keys[i], order: i, share, x0, x1: x0 + share, mid: x0 + share / 2, label: formatPercent(share), textColor });
      x0 += share;
    });
  }
  const y = { field: "unit", type: "nominal" as const, sort: drawn.map((u) => u.unit), title: T.unit, axis: { labelLimit: 200 } };
  const listed = drawn
    .map((u) => {
      const t = u.summary.totals;
      return `${u.unit}: värdeskapande ${formatPercent(t.vaMs / t.leadTimeMs)}, nödvändig ${formatPercent(t.nnvaMs / t.leadTimeMs)}, slöseri ${formatPercent(t.nvaMs / t.leadTimeMs)}`;
    })
    .join("; ");
  const description =
    `Staplar som fyller 100 % per enhet och delar ledtiden i värdeskapande tid, nödvändig tid och slöseri` +
    `${split ? " (arbete och väntan var för sig)" : ""}. ${listed}.` +
    (missing.length > 0 ? ` Utan ledtid (visas inte): ${missing.join(", ")}.` : "");
  return {
    ...specFrame("wasteShareByUnitSpec", options, { title: T.wasteShareByUnitTitle, subtitle: [T.share], description, height: 30 * Math.max(1, drawn.length) }),
    data: { values },
    layer: [
      {
        mark: { type: "bar", tooltip: true },
        encoding: {
          y,
          x: { field: "x0", type: "quantitative", title: T.share, scale: { domain: [0, 1] }, axis: { format: ".0%" } },
          x2: { field: "x1" },
          color: { field: "key", type: "nominal", title: T.legendCategory, scale, sort: keys },
          tooltip: [
            { field: "unit", title: T.unit },
            { field: "key", title: T.legendCategory },
            { field: "label", title: T.share },
          ],
        },
      },
      {
        transform: [{ filter: `datum.share >= ${minLabel}` }],
        mark: { type: "text", fontSize: 10 },
        // Label colour follows the segment, not the page: white on the dark VA blue, black on the light hues.
        encoding: { y, x: { field: "mid", type: "quantitative" }, text: { field: "label" }, color: { field: "textColor", type: "nominal", scale: null } },
      },
    ],
  };
}
