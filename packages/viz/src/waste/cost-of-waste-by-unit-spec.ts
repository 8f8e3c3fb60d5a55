import type { CostBreakdown } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatSek } from "../format.js";
import { WASTE_TEXT_SV as T } from "../messages/waste-text.js";
import { CATEGORY_COLOR, WAIT_COLOR } from "../theme.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/**
 * Horizontal stacked bars of the cost of waste per unit, largest first: NVA work and waiting (waiting counts only
 * when a waiting cost was given), with the total at the bar's end. NNVA cost is not waste: it is shown apart in
 * the tooltip. Amounts are rounded only in labels. __Default height:__ 28 px per unit.
 * @example
 * const spec = costOfWasteByUnitSpec(costOfWaste(observations, { model }).byUnit);
 */
export function costOfWasteByUnitSpec(
  byUnit: readonly (CostBreakdown & { unit: string | null })[],
  options: SpecOptions = {},
): TopLevelSpec {
  const units = [...byUnit].sort((a, b) => b.wasteCostSek - a.wasteCostSek);
  const name = (u: string | null) => u ?? T.unknownUnit;
  const values: Record<string, string | number>[] = [];
  const totals: Record<string, string | number>[] = [];
  for (const u of units) {
    const common = { unit: name(u.unit), nnvaLabel: formatSek(u.nnvaCostSek), totalLabel: formatSek(u.wasteCostSek) };
    values.push({ ...common, part: T.nvaWork, x0: 0, x1: u.nvaWorkCostSek, label: formatSek(u.nvaWorkCostSek) });
    values.push({
      ...common,
      part: T.waiting,
      x0: u.nvaWorkCostSek,
      x1: u.nvaWorkCostSek + (u.waitCostSek ?? 0),
      label: formatSek(u.waitCostSek),
    });
    totals.push({ unit: name(u.unit), x: u.wasteCostSek, label: formatSek(u.wasteCostSek) });
  }
  const top = units[0];
  const description =
    `Liggande staplar med kostnaden för slöseri för ${units.length} enheter, störst först.` +
    (top ? ` Högst är ${name(top.unit)} med ${formatSek(top.wasteCostSek)}.` : "");
  return {
    ...specFrame("costOfWasteByUnitSpec", options, {
      title: T.costByUnitTitle,
      subtitle: [T.costByUnitSubtitle],
      description,
      height: 28 * Math.max(1, units.length),
    }),
    encoding: { y: { field: "unit", type: "nominal", sort: units.map((u) => name(u.unit)), title: T.unit, axis: { labelLimit: 200 } } },
    layer: [
      {
        data: { values },
        mark: { type: "bar", tooltip: true },
        encoding: {
          x: { field: "x0", type: "quantitative", title: T.sek, axis: { format: "$,.0f" } },
          x2: { field: "x1" },
          color: {
            field: "part",
            type: "nominal",
            title: T.part,
            scale: { domain: [T.nvaWork, T.waiting], range: [CATEGORY_COLOR.NVA, WAIT_COLOR] },
          },
          tooltip: fieldTitles([
            ["unit", T.unit],
            ["part", T.part],
            ["label", T.cost],
            ["totalLabel", T.total],
            ["nnvaLabel", T.nnva],
          ]),
        },
      },
      {
        data: { values: totals },
        mark: { type: "text", align: "left", dx: 4, fontSize: 10 },
        encoding: { x: { field: "x", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  };
}
