import type { StepSummary } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, formatDuration, pickDurationUnit } from "../format.js";
import { CHART_TEXT_SV as T, STAT_LABEL_SV, withUnit } from "../messages/charts.js";
import { orderSteps } from "../shape/ladder.js";
import { statOf } from "../stats/quantile.js";
import { CATEGORY_SHORT_SV } from "../theme.js";
import { categoryColorScale } from "../vega/config.js";
import { resolveStat, specFrame, type DurationSpecOptions, type SummaryStat } from "../vega/spec-options.js";

/** Options of {@link categoryStackSpec}. */
export interface CategoryStackSpecOptions extends DurationSpecOptions {
  /** Statistic of each step's duration and wait-before. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids (top to bottom). __Default value:__ the order of `steps`. */
  order?: readonly string[];
}

/**
 * Horizontal stacked bars, one per step in process order: the wait before the step (wait colour) followed by the
 * step's work in its category colour (VA / NNVA / NVA-work), with the total at the bar's end.
 * __Default height:__ 28 px per step.
 * @example
 * const spec = categoryStackSpec(analysis.steps, { stat: "p85" });
 */
export function categoryStackSpec(steps: readonly StepSummary[], options: CategoryStackSpecOptions = {}): TopLevelSpec {
  const stat = resolveStat("categoryStackSpec", options.stat);
  const ordered = orderSteps(steps, options.order);
  const rows = ordered.map((s) => ({ s, waitMs: statOf(s.waitBeforeMs, stat) ?? 0, workMs: statOf(s.durationMs, stat) ?? 0 }));
  const maxMs = Math.max(0, ...rows.map((r) => r.waitMs + r.workMs));
  const unit = options.unit ?? pickDurationUnit(maxMs);
  const div = DURATION_UNIT_MS[unit];
  const values: Record<string, string | number>[] = [];
  const totals: Record<string, string | number>[] = [];
  for (const { s, waitMs, workMs } of rows) {
    values.push({ step: s.step, part: T.waitBefore, key: CATEGORY_SHORT_SV.WAIT, x0: 0, x1: waitMs / div, label: formatDuration(waitMs) });
    values.push({ step: s.step, part: T.work, key: CATEGORY_SHORT_SV[s.category], x0: waitMs / div, x1: (waitMs + workMs) / div, label: formatDuration(workMs) });
    totals.push({ step: s.step, x: (waitMs + workMs) / div, label: formatDuration(waitMs + workMs) });
  }
  const statLabel = STAT_LABEL_SV[stat];
  const order = ordered.map((s) => s.step);
  const y = { field: "step", type: "nominal" as const, sort: order, title: T.step, axis: { labelLimit: 180 } };
  const description =
    `Liggande staplar för ${ordered.length} steg i processordning. Varje stapel visar väntan före steget (${statLabel}) ` +
    `följd av arbetstiden i steget (${statLabel}) färgad efter kategori: värdeskapande, nödvändig eller slöseri.`;
  return {
    ...specFrame("categoryStackSpec", options, { title: T.categoryStackTitle, subtitle: [`Per steg, ${statLabel}`], description, height: 28 * Math.max(1, ordered.length) }),
    encoding: { y },
    layer: [
      {
        data: { values },
        mark: { type: "bar", tooltip: true },
        encoding: {
          x: { field: "x0", type: "quantitative", title: withUnit(T.time, unit) },
          x2: { field: "x1" },
          color: { field: "key", type: "nominal", title: T.legendCategory, scale: categoryColorScale() },
          tooltip: [
            { field: "step", title: T.step },
            { field: "part", title: T.segment },
            { field: "label", title: statLabel },
          ],
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
