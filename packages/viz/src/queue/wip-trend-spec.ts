import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { QUEUE_TEXT_SV as T } from "../messages/queue-text.js";
import { SERIES_COLORS } from "../theme.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** One unit's work in progress at the end of one day (the `wip` rows of `flodes queue`). */
export interface WipRow {
  /** "2026-03-31". */
  date: string;
  unit: string | null;
  wip: number;
}

/** Options of {@link wipTrendSpec}. */
export interface WipTrendSpecOptions extends SpecOptions {
  /** Display name per unit id. __Default value:__ the ids. */
  unitNames?: Readonly<Record<string, string>>;
}

/**
 * Work in progress (open flows at the end of each day) per unit as lines: a line that climbs is a queue that grows.
 * Dates are read as UTC calendar dates so a day never shifts with the viewer's zone. __Default height:__ 240 px.
 * @example
 * const report = queueReport(pilotLog);
 * const spec = wipTrendSpec(report.wip, { unitNames: { tandvard: "Tandvård" } });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function wipTrendSpec(rows: readonly WipRow[], options: WipTrendSpecOptions = {}): TopLevelSpec {
  const name = (u: string | null) => (u === null ? T.unknownUnit : (options.unitNames?.[u] ?? u));
  const values = rows.map((r) => ({ date: r.date, unit: name(r.unit), wip: r.wip, label: formatNumber(r.wip, 0) }));
  const units = [...new Set(values.map((v) => v.unit))];
  const last = new Map(values.map((v) => [v.unit, v]));
  const description =
    `Linjediagram över antal pågående ärenden per dag för ${units.length} enheter. ` +
    [...last.values()].map((v) => `${v.unit}: ${v.label} den ${v.date}`).join("; ") +
    ".";
  return {
    ...specFrame("wipTrendSpec", options, { title: T.wipTitle, subtitle: [...T.wipSubtitle], description, height: 240 }),
    data: { values },
    mark: { type: "line", interpolate: "step-after", strokeWidth: 1.5, tooltip: true },
    encoding: {
      x: { field: "date", type: "temporal", title: T.date, scale: { type: "utc" }, axis: { format: "%b %Y" } },
      y: { field: "wip", type: "quantitative", title: T.wip },
      color: {
        field: "unit",
        type: "nominal",
        title: T.unit,
        scale: { domain: units, range: units.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]) },
      },
      tooltip: fieldTitles([
        ["unit", T.unit],
        ["date", T.date],
        ["label", T.wip],
      ]),
    },
  };
}
