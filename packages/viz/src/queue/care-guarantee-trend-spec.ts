import type { CareGuaranteeMonth } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber, formatPercent } from "../format.js";
import { QUEUE_TEXT_SV as T } from "../messages/queue-text.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

const COLORS = ["#1b7837", "#E69F00", "#b2182b"];

/**
 * One care-guarantee rule month by month (one unit, or several summed): stacked bars of the flows that reached the
 * to-step within the limit, after it, and the flows still waiting past the limit at the month's end — the last are
 * misses too, so a growing queue shows up as red instead of disappearing. Compliance is in the tooltip and above each
 * bar. __Default height:__ 240 px.
 * @example
 * const { months } = careGuarantee(pilotLog, rules);
 * const spec = careGuaranteeTrendSpec(months.filter((m) => m.rule === months[0].rule && m.unit === months[0].unit));
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function careGuaranteeTrendSpec(rows: readonly CareGuaranteeMonth[], options: SpecOptions = {}): TopLevelSpec {
  const byMonth = new Map<string, { reached: number; within: number; openBeyond: number }>();
  for (const r of rows) {
    const m = byMonth.get(r.month) ?? { reached: 0, within: 0, openBeyond: 0 };
    m.reached += r.reached;
    m.within += r.within;
    m.openBeyond += r.openBeyond;
    byMonth.set(r.month, m);
  }
  const months = [...byMonth.keys()].sort();
  const parts = [T.within, T.beyond, T.openBeyond];
  const values = months.flatMap((month) => {
    const m = byMonth.get(month)!;
    const denominator = m.reached + m.openBeyond;
    const compliance = denominator > 0 ? formatPercent(m.within / denominator) : "–";
    return [m.within, m.reached - m.within, m.openBeyond].map((n, i) => ({
      month,
      part: parts[i],
      order: i,
      n,
      label: formatNumber(n, 0),
      compliance,
    }));
  });
  const totals = months.map((month) => {
    const m = byMonth.get(month)!;
    const denominator = m.reached + m.openBeyond;
    return { month, total: denominator, compliance: denominator > 0 ? formatPercent(m.within / denominator) : "" };
  });
  const lastMonth = months[months.length - 1];
  const description =
    `Staplar per månad för vårdgarantin: inom gränsen, över gränsen och öppna över gränsen, ${months.length} månader.` +
    (lastMonth ? ` Senaste månaden ${lastMonth}: uppfyllelse ${totals[totals.length - 1].compliance || "–"}.` : "");
  const x = { field: "month", type: "ordinal" as const, title: T.month, sort: months };
  return {
    ...specFrame("careGuaranteeTrendSpec", options, {
      title: T.guaranteeTitle,
      subtitle: [...T.guaranteeSubtitle],
      description,
      height: 240,
    }),
    layer: [
      {
        data: { values },
        mark: { type: "bar", tooltip: true },
        encoding: {
          x,
          y: { field: "n", type: "quantitative", title: T.cases, stack: "zero" },
          color: { field: "part", type: "nominal", title: null, sort: parts, scale: { domain: parts, range: COLORS } },
          order: { field: "order", type: "quantitative" },
          tooltip: fieldTitles([
            ["month", T.month],
            ["part", ""],
            ["label", T.cases],
            ["compliance", T.compliance],
          ]),
        },
      },
      {
        data: { values: totals },
        mark: { type: "text", dy: -6, fontSize: 10 },
        encoding: { x, y: { field: "total", type: "quantitative" }, text: { field: "compliance" } },
      },
    ],
  };
}
