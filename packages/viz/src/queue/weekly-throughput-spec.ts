import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { QUEUE_TEXT_SV as T } from "../messages/queue-text.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** Arrivals and closings of one week (the `throughput` rows of `flodes queue`, summed over the units shown). */
export interface ThroughputRow {
  /** "2026-W14". */
  week: string;
  closed: number;
  arrived: number;
}

/**
 * Arrivals and closings per ISO week as grouped bars: more arrivals than closings week after week is a growing queue;
 * the closings are the throughput the forecasts draw from. __Default height:__ 220 px.
 * @example
 * const report = queueReport(pilotLog);
 * const spec = weeklyThroughputSpec(report.throughput.filter((r) => r.unit === "tandvard"));
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function weeklyThroughputSpec(rows: readonly ThroughputRow[], options: SpecOptions = {}): TopLevelSpec {
  const byWeek = new Map<string, { closed: number; arrived: number }>();
  for (const r of rows) {
    const w = byWeek.get(r.week) ?? { closed: 0, arrived: 0 };
    w.closed += r.closed;
    w.arrived += r.arrived;
    byWeek.set(r.week, w);
  }
  const weeks = [...byWeek.keys()].sort();
  const series = [T.arrived, T.closed];
  const values = weeks.flatMap((week) => {
    const w = byWeek.get(week)!;
    return [
      { week, series: T.arrived, n: w.arrived, label: formatNumber(w.arrived, 0) },
      { week, series: T.closed, n: w.closed, label: formatNumber(w.closed, 0) },
    ];
  });
  const sum = (k: "closed" | "arrived") => weeks.reduce((s, w) => s + byWeek.get(w)![k], 0);
  const description = `Stapeldiagram över ${weeks.length} veckor: ${formatNumber(sum("arrived"), 0)} inkomna och ${formatNumber(sum("closed"), 0)} avslutade ärenden.`;
  return {
    ...specFrame("weeklyThroughputSpec", options, {
      title: T.throughputTitle,
      subtitle: [...T.throughputSubtitle],
      description,
      height: 220,
    }),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "week", type: "ordinal", title: T.week, sort: weeks, axis: { labelAngle: -45, labelOverlap: "greedy" } },
      xOffset: { field: "series", sort: series },
      y: { field: "n", type: "quantitative", title: T.cases },
      color: { field: "series", type: "nominal", title: null, sort: series, scale: { domain: series, range: ["#999999", "#0072B2"] } },
      tooltip: fieldTitles([
        ["week", T.week],
        ["series", ""],
        ["label", T.cases],
      ]),
    },
  };
}
