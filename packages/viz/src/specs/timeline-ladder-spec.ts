import type { HandoffSummary, ProcessSummary, StepSummary } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, formatDuration, formatPercent, pickDurationUnit } from "../format.js";
import { CHART_TEXT_SV as T, STAT_LABEL_SV, STAT_PLURAL_SV, withUnit } from "../messages/charts.js";
import { ladderOf } from "../shape/ladder.js";
import { CATEGORY_SHORT_SV } from "../theme.js";
import { THEME_COLORS, categoryColorScale } from "../vega/config.js";
import { resolveStat, specFrame, type DurationSpecOptions, type SummaryStat } from "../vega/spec-options.js";

/** Options of {@link timelineLadderSpec}. */
export interface TimelineLadderSpecOptions extends DurationSpecOptions {
  /** Statistic per step and wait. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids. __Default value:__ the order of `steps`. */
  order?: readonly string[];
  /** Process name shown in the title. __Default value:__ none. */
  processName?: string;
  /** When given, the subtitle also shows the aggregate flow efficiency over all flows (Σ VA / Σ ledtid). __Default value:__ none. */
  summary?: ProcessSummary;
}

/**
 * Value-stream ladder as a Vega-Lite spec: one column per step in process order, the step's work time above the
 * zero line (coloured VA/NNVA/NVA) and the wait before it below (wait colour); totals and the ladder's flow
 * efficiency in the subtitle. Waits come from the `previous → step` handoff (see `ladderOf`).
 * __Default height:__ 260 px.
 * @example
 * const spec = timelineLadderSpec(analysis.steps, analysis.handoffs, { processName: "Remiss till besked" });
 * // in a Framework page: vegaEmbed(el, spec)
 */
export function timelineLadderSpec(
  steps: readonly StepSummary[],
  handoffs: readonly HandoffSummary[],
  options: TimelineLadderSpecOptions = {},
): TopLevelSpec {
  const stat = resolveStat("timelineLadderSpec", options.stat);
  const ladder = ladderOf(steps, handoffs, { stat, order: options.order });
  const maxWorkMs = Math.max(0, ...ladder.rungs.map((r) => r.workMs));
  const maxWaitMs = Math.max(0, ...ladder.rungs.map((r) => r.waitBeforeMs ?? 0));
  const maxMs = Math.max(maxWorkMs, maxWaitMs);
  const unit = options.unit ?? pickDurationUnit(maxMs);
  const div = DURATION_UNIT_MS[unit];
  // Head-room on both sides so the value labels outside the bars stay inside the plot.
  const pad = 0.15 * (maxMs / div || 1);
  const yDomain = [-(maxWaitMs / div) - pad, maxWorkMs / div + pad];
  const values: Record<string, string | number>[] = [];
  ladder.rungs.forEach((r, i) => {
    values.push({ step: r.step, order: i, part: T.work, key: CATEGORY_SHORT_SV[r.category], value: r.workMs / div, label: formatDuration(r.workMs) });
    if (r.waitBeforeMs !== null) {
      values.push({ step: r.step, order: i, part: T.waitBefore, key: CATEGORY_SHORT_SV.WAIT, value: -r.waitBeforeMs / div, label: formatDuration(r.waitBeforeMs) });
    }
  });
  const statLabel = STAT_LABEL_SV[stat];
  const sumOf = `${T.sumOfStats} ${STAT_PLURAL_SV[stat]}`;
  const effLine = [`${T.flowEfficiency} (VA-steg / ledtid, ${sumOf}): ${formatPercent(ladder.flowEfficiency)}`];
  if (options.summary) effLine.push(`aggregerad över alla flöden: ${formatPercent(options.summary.flowEfficiency.aggregate)}`);
  const subtitle = [
    `${T.leadTime} (${sumOf}): ${formatDuration(ladder.totalMs)} · ${T.processTime}: ${formatDuration(ladder.workMs)} · ${T.waitTotal}: ${formatDuration(ladder.waitMs)}`,
    effLine.join(" · "),
  ];
  const title = options.processName ? `${T.timelineLadderTitle}: ${options.processName}` : T.timelineLadderTitle;
  const description =
    `Värdeflöde med ${ladder.rungs.length} steg i processordning. För varje steg visas arbetstiden (${statLabel}) ovanför ` +
    `nollinjen och väntan före steget under den. ${subtitle.join(". ")}.`;
  const colors = THEME_COLORS[options.theme ?? "light"];
  const order = ladder.rungs.map((r) => r.step);
  const x = { field: "step", type: "nominal" as const, sort: order, title: T.step, axis: { labelAngle: -30, labelAlign: "right" as const, labelLimit: 140 } };
  const textBase = { fontSize: 10, color: colors.text };
  return {
    ...specFrame("timelineLadderSpec", options, { title, subtitle, description, height: 260 }),
    data: { values },
    encoding: { x },
    layer: [
      {
        mark: { type: "bar", tooltip: true },
        encoding: {
          y: {
            field: "value",
            type: "quantitative",
            title: `${withUnit(T.time, unit)} – arbete uppåt, väntan nedåt`,
            scale: { domain: yDomain, nice: false },
            axis: { labelExpr: "format(abs(datum.value), ',~r')" },
          },
          color: { field: "key", type: "nominal", title: T.legendCategory, scale: categoryColorScale() },
          tooltip: [
            { field: "step", title: T.step },
            { field: "part", title: T.segment },
            { field: "label", title: statLabel },
          ],
        },
      },
      { mark: { type: "rule", color: colors.domain }, encoding: { y: { datum: 0 } } },
      {
        transform: [{ filter: "datum.value >= 0" }],
        mark: { type: "text", baseline: "bottom", dy: -3, ...textBase },
        encoding: { y: { field: "value", type: "quantitative" }, text: { field: "label" } },
      },
      {
        transform: [{ filter: "datum.value < 0" }],
        mark: { type: "text", baseline: "top", dy: 3, ...textBase },
        encoding: { y: { field: "value", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  };
}
