import type { CumulativeFlowRow } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** Options of {@link cumulativeFlowSpec}. */
export interface CumulativeFlowSpecOptions extends SpecOptions {
  /** Zone the periods were cut in, to label them by their local first day. __Default value:__ `"Europe/Stockholm"` */
  timeZone?: string;
}

import { QUEUE_TEXT_SV as T } from "../messages/queue-text.js";

/** Blues from light (first stage) to dark (closed), readable in greyscale print. */
const RAMP = ["#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"];

function ramp(n: number): string[] {
  if (n <= 1) return [RAMP[RAMP.length - 1]];
  return Array.from({ length: n }, (_, i) => RAMP[Math.round((i * (RAMP.length - 1)) / (n - 1))]);
}

/**
 * Cumulative flow diagram of one process: for each stage the flows that reached it or a later one by the end of each
 * period, and on top the closed flows, as overlaid areas (first stage largest, drawn first). The vertical distance
 * between two areas is the work in a stage; a band that widens is a queue that grows. Rows are the output of
 * `cumulativeFlow` for one process. __Default height:__ 280 px.
 * @example
 * const spec = cumulativeFlowSpec(cumulativeFlow(log, { period: "week", processes: ["lso1-psykiatri"] }));
 */
export function cumulativeFlowSpec(rows: readonly CumulativeFlowRow[], options: CumulativeFlowSpecOptions = {}): TopLevelSpec {
  const localDate = new Intl.DateTimeFormat("sv-SE", {
    timeZone: options.timeZone ?? "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const lines = [...new Map(rows.map((r) => [r.order, r.step ?? T.closed])).entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  const values = rows.map((r) => ({
    period: r.period,
    date: localDate.format(r.startMs),
    line: r.step ?? T.closed,
    order: r.order,
    cumulative: r.cumulative,
    label: formatNumber(r.cumulative, 0),
  }));
  const lastPeriod = values.length ? values[values.length - 1].period : "";
  const atEnd = values.filter((v) => v.period === lastPeriod);
  const arrived = atEnd.find((v) => v.order === 0)?.cumulative ?? 0;
  const closed = atEnd.find((v) => v.line === T.closed)?.cumulative ?? 0;
  const description =
    `Kumulativt flödesdiagram med ${lines.length - 1} steg och avslutade ärenden. Till och med ${lastPeriod}: ${formatNumber(arrived, 0)} inkomna, ` +
    `${formatNumber(closed, 0)} avslutade, ${formatNumber(arrived - closed, 0)} pågående.`;
  return {
    ...specFrame("cumulativeFlowSpec", options, { title: T.cfdTitle, subtitle: [...T.cfdSubtitle], description, height: 280 }),
    data: { values },
    mark: { type: "area", interpolate: "step-after", tooltip: true, opacity: 1 },
    encoding: {
      x: { field: "date", type: "temporal", title: T.date, scale: { type: "utc" }, axis: { format: "%b %Y" } },
      y: { field: "cumulative", type: "quantitative", title: T.cumulative, stack: null },
      color: { field: "line", type: "nominal", title: T.stage, sort: lines, scale: { domain: lines, range: ramp(lines.length) } },
      order: { field: "order", type: "quantitative" },
      tooltip: fieldTitles([
        ["line", T.stage],
        ["period", T.week],
        ["label", T.cumulative],
      ]),
    },
  };
}
