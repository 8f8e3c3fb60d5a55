import type { HandoffSummary, StepSummary } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, type DurationUnit, formatDuration, formatPercent, pickDurationUnit } from "../format.js";
import { STAT_LABEL_SV, CHART_TEXT_SV as T, withUnit } from "../messages/charts.js";
import { ladderOf, orderSteps } from "../shape/ladder.js";
import { statOf } from "../stats/quantile.js";
import { CATEGORY_SHORT_SV, WAIT_COLOR } from "../theme.js";
import { categoryColorScale, THEME_COLORS } from "../vega/config.js";
import { resolveStat, type SpecOptions, type SummaryStat, specFrame } from "../vega/spec-options.js";

/** Options of {@link workAndWaitSpec}. */
export interface WorkAndWaitSpecOptions extends SpecOptions {
  /** Statistic of each step's work and of the wait before it. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids (top to bottom). __Default value:__ the order of `steps`. */
  order?: readonly string[];
  /** Display unit of the work. __Default value:__ `pickDurationUnit` of the longest work (minutes for most flows). */
  workUnit?: DurationUnit;
  /** Display unit of the waits. __Default value:__ `pickDurationUnit` of the longest wait (dagar for referral flows). */
  waitUnit?: DurationUnit;
}

/**
 * Work and wait per step on two scales side by side, sharing the step rows: on the left the work in each step (its
 * own axis, usually minutes) coloured VA / NNVA / NVA-work, on the right the wait before the step (its own axis,
 * usually days) in the wait colour. One linear axis for minutes and days would hide the work entirely; here both are
 * readable. Each step name says how many of the cases visit it. Below 640 px the two panels stack. Waits come from the `previous → step` handoff of the
 * process order where there is one (`ladderOf`), else the step's own wait-before.
 * __Default height:__ 26 px per step.
 * @example
 * const spec = workAndWaitSpec(analysis.steps, analysis.handoffs, { order: model.steps.map((s) => s.id) });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function workAndWaitSpec(
  steps: readonly StepSummary[],
  handoffs: readonly HandoffSummary[],
  options: WorkAndWaitSpecOptions = {},
): TopLevelSpec {
  const stat = resolveStat("workAndWaitSpec", options.stat);
  const ordered = orderSteps(steps, options.order);
  const ladder = ladderOf(ordered, handoffs, { stat });
  const workOf = new Map(ordered.map((s) => [s.step, statOf(s.durationMs, stat) ?? 0]));
  const rows = ladder.rungs.map((r, i) => {
    const s = ordered[i];
    const label = s.shareOfFlows < 0.995 ? `${s.step} (${formatPercent(s.shareOfFlows, 0)})` : s.step;
    return { step: label, category: r.category, workMs: workOf.get(s.step) ?? 0, waitMs: r.waitBeforeMs };
  });
  const workUnit = options.workUnit ?? pickDurationUnit(Math.max(0, ...rows.map((r) => r.workMs)));
  const waitUnit = options.waitUnit ?? pickDurationUnit(Math.max(0, ...rows.map((r) => r.waitMs ?? 0)));
  const values = rows.map((r) => ({
    step: r.step,
    key: CATEGORY_SHORT_SV[r.category],
    work: r.workMs / DURATION_UNIT_MS[workUnit],
    workLabel: formatDuration(r.workMs, workUnit),
    wait: r.waitMs === null ? null : r.waitMs / DURATION_UNIT_MS[waitUnit],
    waitLabel: r.waitMs === null ? "–" : formatDuration(r.waitMs, waitUnit),
  }));
  const statLabel = STAT_LABEL_SV[stat];
  const c = THEME_COLORS[options.theme ?? "light"];
  const order = values.map((v) => v.step);
  const height = 26 * Math.max(1, values.length);
  // Concatenated views cannot fit a container, so the panels get numbers: side by side from 640 px, stacked below.
  const total = options.width === undefined || options.width === "container" ? 800 : options.width;
  const labelW = Math.min(220, Math.max(110, total * 0.28));
  const stacked = total < 640;
  const width = Math.max(80, stacked ? total - labelW - 40 : (total - labelW - 60) / 2);
  const y = { field: "step", type: "nominal" as const, sort: order, title: null, scale: { domain: order } };
  const text = { fontSize: 10, color: c.text, align: "left" as const, dx: 3 };
  const description =
    `Arbete och väntan för ${values.length} steg i processordning, ${statLabel}: ` +
    values.map((v) => `${v.step}: arbete ${v.workLabel}, väntan före ${v.waitLabel}`).join("; ") +
    ". Arbetet har egen skala till vänster, väntan egen skala till höger.";
  const frame = specFrame(
    "workAndWaitSpec",
    { ...options, width: total },
    {
      title: T.workAndWaitTitle,
      subtitle: [`${statLabel} per steg; andel av ärendena inom parentes när inte alla går igenom steget`],
      description,
      height,
    },
  );
  const { width: _w, height: _h, ...top } = frame;
  void _w;
  void _h;
  const panels = [
    {
      width,
      height,
      title: { text: withUnit(T.workTitle, workUnit), fontSize: 11, anchor: "start" },
      layer: [
        {
          mark: { type: "bar", tooltip: true },
          encoding: {
            y: { ...y, axis: { labelLimit: labelW } },
            x: {
              field: "work",
              type: "quantitative",
              title: withUnit(T.workTitle, workUnit),
              axis: { tickMinStep: workUnit === "min" ? 1 : undefined },
            },
            color: {
              field: "key",
              type: "nominal",
              title: T.legendCategory,
              scale: categoryColorScale([CATEGORY_SHORT_SV.VA, CATEGORY_SHORT_SV.NNVA, CATEGORY_SHORT_SV.NVA]),
            },
            tooltip: [
              { field: "step", title: T.step },
              { field: "key", title: T.legendCategory },
              { field: "workLabel", title: `${statLabel} arbete` },
            ],
          },
        },
        { mark: { type: "text", ...text }, encoding: { y, x: { field: "work", type: "quantitative" }, text: { field: "workLabel" } } },
      ],
    },
    {
      width,
      height,
      title: { text: withUnit(T.waitTitle, waitUnit), fontSize: 11, anchor: "start" },
      layer: [
        {
          transform: [{ filter: "datum.wait !== null" }],
          mark: { type: "bar", color: WAIT_COLOR, tooltip: true },
          encoding: {
            y: { ...y, axis: stacked ? { labelLimit: labelW } : null },
            x: { field: "wait", type: "quantitative", title: withUnit(T.waitTitle, waitUnit) },
            tooltip: [
              { field: "step", title: T.step },
              { field: "waitLabel", title: `${statLabel} väntan före` },
            ],
          },
        },
        {
          transform: [{ filter: "datum.wait !== null" }],
          mark: { type: "text", ...text },
          encoding: {
            y: { ...y, axis: stacked ? { labelLimit: labelW } : null },
            x: { field: "wait", type: "quantitative" },
            text: { field: "waitLabel" },
          },
        },
      ],
    },
  ];
  return { ...top, data: { values }, spacing: 16, ...(stacked ? { vconcat: panels } : { hconcat: panels }) } as TopLevelSpec;
}
