import type { BacklogMonth } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { QUEUE_TEXT_SV as T } from "../messages/queue-text.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** Options of {@link backlogBurnDownSpec}. */
export interface BacklogBurnDownSpecOptions extends SpecOptions {
  /** The age limit `beyondLimit` was counted with (days). __Default value:__ 90. */
  limitDays?: number;
}

/**
 * A unit's backlog (open flows at each month's end) as a line, the part that has waited longer than the limit as bars,
 * and the burn-down line of its allocation for postponed care (dashed) where there is one. __Default height:__ 240 px.
 * @example
 * const unit = backlog(pilotLog, { allocations }).find((b) => b.months.length > 0);
 * const spec = backlogBurnDownSpec(unit.months);
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function backlogBurnDownSpec(months: readonly BacklogMonth[], options: BacklogBurnDownSpecOptions = {}): TopLevelSpec {
  const limit = options.limitDays ?? 90;
  const beyondLabel = T.beyondLimit(limit);
  const series = [T.backlog, beyondLabel, T.target];
  const rows = months.map((m) => ({
    month: m.month,
    backlog: m.backlog,
    beyond: m.beyondLimit,
    target: m.target,
    label: formatNumber(m.backlog, 0),
    beyondText: formatNumber(m.beyondLimit, 0),
    targetText: m.target === null ? "–" : formatNumber(m.target, 0),
  }));
  const last = rows[rows.length - 1];
  const description =
    `Kö per månad: ${rows.length} månader.` +
    (last
      ? ` ${last.month}: ${last.label} öppna, varav ${last.beyondText} väntat mer än ${limit} dagar${last.target === null ? "." : `; nedtrappningen kräver ${last.targetText}.`}`
      : "");
  const x = { field: "month", type: "ordinal" as const, title: T.month, axis: { labelAngle: -45 } };
  const color = { type: "nominal" as const, title: null, scale: { domain: series, range: ["#0072B2", "#E69F00", "#444444"] } };
  const tooltip = fieldTitles([
    ["month", T.month],
    ["label", T.backlog],
    ["beyondText", beyondLabel],
    ["targetText", T.target],
  ]);
  return {
    ...specFrame("backlogBurnDownSpec", options, { title: T.backlogTitle, subtitle: [...T.backlogSubtitle], description, height: 240 }),
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar", opacity: 0.8, tooltip: true },
        encoding: { x, y: { field: "beyond", type: "quantitative", title: T.backlog }, color: { ...color, datum: beyondLabel }, tooltip },
      },
      {
        mark: { type: "line", point: true, tooltip: true },
        encoding: { x, y: { field: "backlog", type: "quantitative" }, color: { ...color, datum: T.backlog }, tooltip },
      },
      {
        transform: [{ filter: "datum.target != null" }],
        mark: { type: "line", strokeDash: [5, 4] },
        encoding: { x, y: { field: "target", type: "quantitative" }, color: { ...color, datum: T.target } },
      },
    ],
  };
}
