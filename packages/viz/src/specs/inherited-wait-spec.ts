import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, formatDuration, formatNumber } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import { INHERITED_WAIT_COLOR, WAIT_COLOR } from "../theme.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** One dependency between two processes, the input of {@link inheritedWaitSpec}. */
export interface InheritedWaitRow {
  /** Label of the pair, e.g. "Provanalys → Utredning vid misstänkt diabetes". */
  pair: string;
  /** Σ inherited wait of the downstream flows (waiting while the linked upstream flow was unfinished). */
  inheritedWaitMs: number;
  /** Σ the downstream flows' own wait (their wait minus the inherited part). */
  ownWaitMs: number;
  /** Downstream flows linked to an upstream flow (the per-flow figure in the tooltip divides by it). */
  linkedFlows: number;
}

/** Options of {@link inheritedWaitSpec}. */
export interface InheritedWaitSpecOptions extends SpecOptions {
  /** Show the wait per linked flow instead of the sum over flows. __Default value:__ `false` (sum over flows) */
  perFlow?: boolean;
}

/**
 * Stacked horizontal bars per dependency pair: the downstream flows' wait split into *ärvd väntan* (while the
 * upstream answer was outstanding) and *egen väntan*, in days on a labelled axis with Swedish number format. Both
 * parts are waiting, so both take the wait colour of the palette — inherited in its darker shade.
 * __Default height:__ 30 px per pair.
 * @example
 * const spec = inheritedWaitSpec([{ pair: "Provanalys → Diabetes", inheritedWaitMs: 9e8, ownWaitMs: 6e9, linkedFlows: 350 }]);
 */
export function inheritedWaitSpec(rows: readonly InheritedWaitRow[], options: InheritedWaitSpecOptions = {}): TopLevelSpec {
  const perFlow = options.perFlow ?? false;
  const day = DURATION_UNIT_MS.dagar;
  const scaleOf = (r: InheritedWaitRow) => (perFlow ? Math.max(1, r.linkedFlows) : 1);
  const values = rows.flatMap((r) => [
    {
      pair: r.pair,
      part: T.inheritedWait,
      order: 0,
      days: r.inheritedWaitMs / scaleOf(r) / day,
      label: formatDuration(r.inheritedWaitMs / scaleOf(r), "dagar"),
    },
    {
      pair: r.pair,
      part: T.ownWait,
      order: 1,
      days: r.ownWaitMs / scaleOf(r) / day,
      label: formatDuration(r.ownWaitMs / scaleOf(r), "dagar"),
    },
  ]);
  const axisTitle = perFlow ? T.waitPerFlowDays : T.waitSumDays;
  const description =
    `Ärvd och egen väntan för ${rows.length} beroenden (${perFlow ? "per länkat ärende" : "summa över ärenden"}, dagar). ` +
    rows
      .map(
        (r) =>
          `${r.pair}: ärvd ${formatDuration(r.inheritedWaitMs / scaleOf(r), "dagar")}, egen ${formatDuration(r.ownWaitMs / scaleOf(r), "dagar")} (${formatNumber(r.linkedFlows, 0)} länkade ärenden)`,
      )
      .join("; ") +
    ".";
  return {
    ...specFrame("inheritedWaitSpec", options, {
      title: T.inheritedWaitTitle,
      subtitle: [axisTitle],
      description,
      height: 40 * Math.max(1, rows.length),
    }),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      // A long "upstream → downstream" label breaks after the arrow instead of being cut.
      y: {
        field: "pair",
        type: "nominal",
        title: null,
        sort: rows.map((r) => r.pair),
        axis: {
          labelLimit: typeof options.width === "number" ? Math.min(240, Math.max(100, options.width * 0.38)) : 240,
          labelExpr: "[split(datum.label, ' → ')[0] + ' →', split(datum.label, ' → ')[1]]",
        },
      },
      x: { field: "days", type: "quantitative", stack: "zero", title: axisTitle, axis: { tickMinStep: 1 } },
      color: {
        field: "part",
        type: "nominal",
        title: null,
        scale: { domain: [T.inheritedWait, T.ownWait], range: [INHERITED_WAIT_COLOR, WAIT_COLOR] },
      },
      order: { field: "order", type: "quantitative" },
      tooltip: fieldTitles([
        ["pair", T.dependency],
        ["part", T.segment],
        ["label", perFlow ? T.perLinkedFlow : T.sumOverFlows],
      ]),
    },
  };
}
