import type { EfficiencyPoint } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber, formatPercent } from "../format.js";
import { SERIES_COLORS } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { specFrame, type SpecOptions } from "../vega/spec-options.js";
import { STEERING_TEXT_SV as T } from "./steering-text.js";

/** Options of {@link efficiencyMatrixSpec}. */
export interface EfficiencyMatrixSpecOptions extends SpecOptions {
  /** The matrix's dividing lines. __Default value:__ `{ flow: 0.5, resource: 0.5 }` (as `efficiencyMatrix`). */
  thresholds?: { flow: number; resource: number };
  /** Display name per unit id. __Default value:__ the id. */
  unitNames?: Readonly<Record<string, string>>;
  /**
   * Scale of the flow-efficiency axis. __Default value:__ `"log"` — referral flows sit at 0,1–1 %, far from the
   * dividing line at 50 %; a logarithmic axis shows both where they are and how far they have to go.
   */
  flowScale?: "log" | "linear";
}

const MONTHS_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
/** "2025-03" → "mar 2025"; "2025-K2" → "kv. 2 2025". */
const periodLabel = (p: string) => (p.charAt(5) === "K" ? `kv. ${p.slice(6)} ${p.slice(0, 4)}` : `${MONTHS_SV[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`);

/**
 * The efficiency matrix of Modig & Åhlström as a chart: flow efficiency (x) against resource efficiency (y), each
 * unit's path over the periods (months or quarters) as a line with a point per period and its name at the last one,
 * the dividing lines
 * and the four quadrants named ("Effektiva öar" top left, "Perfekt tillstånd" top right, "Ödemark" bottom left,
 * "Effektivt hav" bottom right). Points without both coordinates are left out. __Default size:__ container width ×
 * 380 px.
 *
 * @example
 * const m = efficiencyMatrix(log, staffing);
 * view = efficiencyMatrixSpec(m.points, { thresholds: m.thresholds, unitNames });
 */
export function efficiencyMatrixSpec(points: readonly EfficiencyPoint[], options: EfficiencyMatrixSpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const thresholds = options.thresholds ?? { flow: 0.5, resource: 0.5 };
  const log = (options.flowScale ?? "log") === "log";
  const name = (u: string) => options.unitNames?.[u] ?? u;
  const complete = points.filter((p) => p.flowEfficiency !== null && p.resourceEfficiency !== null && (!log || (p.flowEfficiency as number) > 0));
  const units = [...new Set(complete.map((p) => name(p.unit)))];
  const lastPeriod = new Map<string, string>();
  for (const p of complete) if ((lastPeriod.get(p.unit) ?? "") < p.period) lastPeriod.set(p.unit, p.period);
  const values = complete.map((p) => ({
    unit: name(p.unit),
    period: p.period,
    periodLabel: periodLabel(p.period),
    x: p.flowEfficiency as number,
    y: p.resourceEfficiency as number,
    flows: p.flows,
    xLabel: formatPercent(p.flowEfficiency),
    yLabel: formatPercent(p.resourceEfficiency),
    touch: formatNumber(p.touchHours, 0),
    available: formatNumber(p.availableHours, 0),
    last: lastPeriod.get(p.unit) === p.period,
  }));
  const minX = complete.length ? Math.min(...complete.map((p) => p.flowEfficiency as number)) : 0.001;
  // Room to the left of the lowest point; the axis always reaches 100 % so all four quadrants show.
  const xMin = log ? Math.min(minX, thresholds.flow) * 0.6 : 0;
  const yMax = Math.max(1.2, Math.ceil(Math.max(0, ...complete.map((p) => p.resourceEfficiency as number)) * 10 + 1) / 10);
  const leftX = log ? xMin * 1.15 : 0.01;
  const quadrants = [
    { label: T.quadrants["effektiva öar"], x: leftX, y: yMax * 0.98, align: "left", baseline: "top" },
    { label: T.quadrants["perfekt tillstånd"], x: 0.97, y: yMax * 0.98, align: "right", baseline: "top" },
    { label: T.quadrants.ödemark, x: leftX, y: yMax * 0.02, align: "left", baseline: "bottom" },
    { label: T.quadrants["effektivt hav"], x: 0.97, y: yMax * 0.02, align: "right", baseline: "bottom" },
  ] as const;
  const x = {
    field: "x",
    type: "quantitative" as const,
    title: log ? T.flowEfficiency : T.flowEfficiencyLinear,
    scale: log ? { type: "log" as const, domain: [xMin, 1], nice: false } : { domain: [0, 1] },
    axis: { format: "~%", grid: true },
  };
  const y = { field: "y", type: "quantitative" as const, title: T.resourceEfficiency, scale: { domain: [0, yMax] }, axis: { format: "~%" } };
  const colorScale = { domain: units, range: units.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]!) };
  const description =
    `Effektivitetsmatris med ${units.length} enheter över ${new Set(complete.map((p) => p.period)).size} perioder. ` +
    units
      .map((u) => {
        const own = values.filter((v) => v.unit === u);
        const first = own[0]!;
        const last = own[own.length - 1]!;
        return `${u}: från ${first.xLabel} flödeseffektivitet och ${first.yLabel} resurseffektivitet (${first.periodLabel}) till ${last.xLabel} och ${last.yLabel} (${last.periodLabel}).`;
      })
      .join(" ");
  return {
    ...specFrame("efficiencyMatrixSpec", options, { title: T.matrixTitle, subtitle: [T.matrixSubtitle], description, height: 380 }),
    layer: [
      ...quadrants.map((q) => ({
        data: { values: [q] },
        mark: { type: "text" as const, fontSize: 12, fontStyle: "italic", color: c.subtleText, align: q.align, baseline: q.baseline },
        encoding: { x: { ...x, field: "x" }, y: { ...y, field: "y" }, text: { field: "label" } },
      })),
      {
        data: { values: [{ x: thresholds.flow }] },
        mark: { type: "rule", strokeDash: [4, 4], color: c.domain },
        encoding: { x: { ...x, field: "x" } },
      },
      {
        data: { values: [{ y: thresholds.resource }] },
        mark: { type: "rule", strokeDash: [4, 4], color: c.domain },
        encoding: { y: { ...y, field: "y" } },
      },
      {
        data: { values },
        layer: [
          {
            mark: { type: "line", strokeWidth: 1.5, opacity: 0.7 },
            encoding: { x, y, color: { field: "unit", type: "nominal", title: T.unit, scale: colorScale }, detail: { field: "unit" }, order: { field: "period" } },
          },
          {
            mark: { type: "point", filled: true, size: 36 },
            encoding: {
              x,
              y,
              color: { field: "unit", type: "nominal", scale: colorScale, legend: null },
              opacity: { condition: { test: "datum.last", value: 1 }, value: 0.55 },
              tooltip: [
                { field: "unit", title: T.unit },
                { field: "periodLabel", title: T.period },
                { field: "xLabel", title: T.flowEfficiencyLinear },
                { field: "yLabel", title: T.resourceEfficiency },
                { field: "flows", title: T.flows },
                { field: "touch", title: T.touchHours },
                { field: "available", title: T.availableHours },
              ],
            },
          },
          {
            transform: [{ filter: "datum.last" }],
            mark: { type: "text", align: "left", dx: 6, dy: -6, fontSize: 10, color: c.text },
            encoding: { x, y, text: { field: "unit" } },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}
