import type { ProcessPca } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatPercent } from "../format.js";
import { WASTE_TEXT_SV as T } from "../messages/waste-text.js";
import { SERIES_COLORS } from "../theme.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/**
 * %C&A per handoff along the process, measured in data next to the team's estimate (grouped horizontal bars,
 * 0–100 %), with the rolled %C&A of both sources in the subtitle. Handoffs without a value have no bar.
 * __Default height:__ 36 px per handoff.
 * @example
 * const spec = rolledPcaSpec(rolledPca(observations, model));
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function rolledPcaSpec(pca: ProcessPca, options: SpecOptions = {}): TopLevelSpec {
  const sourceLabel = { data: T.data, estimate: T.estimate } as const;
  const handoffs: string[] = [];
  const values = pca.rows
    .map((r) => {
      const handoff = `${r.from} → ${r.to}`;
      if (!handoffs.includes(handoff)) handoffs.push(handoff);
      return { handoff, source: sourceLabel[r.source], pct: r.pct, pctLabel: formatPercent(r.pct), flows: r.flows ?? "–" };
    })
    .filter((v) => v.pct !== null);
  const rolledOf = (s: "data" | "estimate") => formatPercent(pca.rolled.find((r) => r.source === s)?.pct ?? null);
  const subtitle = T.rolled(rolledOf("data"), rolledOf("estimate"));
  const description = `Staplar med %C&A för ${handoffs.length} överlämningar i processordning, mätt i data och skattat. ${subtitle}.`;
  return {
    ...specFrame("rolledPcaSpec", options, {
      title: T.pcaTitle,
      subtitle: [subtitle],
      description,
      height: 36 * Math.max(1, handoffs.length),
    }),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "handoff", type: "nominal", sort: handoffs, title: T.handoff, axis: { labelLimit: 220 } },
      yOffset: { field: "source", sort: [T.data, T.estimate] },
      x: { field: "pct", type: "quantitative", title: T.pca, scale: { domain: [0, 1] }, axis: { format: ".0%" } },
      color: {
        field: "source",
        type: "nominal",
        title: T.source,
        scale: { domain: [T.data, T.estimate], range: [SERIES_COLORS[5]!, SERIES_COLORS[0]!] },
      },
      tooltip: fieldTitles([
        ["handoff", T.handoff],
        ["source", T.source],
        ["pctLabel", T.pca],
        ["flows", T.flows],
      ]),
    },
  };
}
