import type { EfficiencyPoint } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber, formatPercent } from "../format.js";
import { STEERING_TEXT_SV as T } from "../messages/steering-text.js";
import { SERIES_COLORS } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";
import { wrapLines } from "./steering-style.js";

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
  /**
   * Zoom in on the units: both axes span the points only (the dividing lines and quadrants out of view are left out).
   * __Default value:__ `false` — the flow axis reaches 100 % and the resource axis starts at 0, so all four quadrants
   * show.
   */
  zoom?: boolean;
}

const MONTHS_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
/** "2025-03" → "mar 2025"; "2025-K2" → "kv. 2 2025". */
const periodLabel = (p: string) =>
  p.charAt(5) === "K" ? `kv. ${p.slice(6)} ${p.slice(0, 4)}` : `${MONTHS_SV[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;

/**
 * The efficiency matrix of Modig & Åhlström as a chart: flow efficiency (x) against resource efficiency (y), each
 * unit's path over the periods (months or quarters) as a line with a point per period and its name at the last one,
 * the dividing lines
 * and the four quadrants named ("Effektiva öar" top left, "Perfekt tillstånd" top right, "Ödemark" bottom left,
 * "Effektivt hav" bottom right). Points without both coordinates are left out. __Default size:__ container width ×
 * 380 px.
 *
 * @example
 * const m = efficiencyMatrix(pilotLog, staffing);
 * const spec = efficiencyMatrixSpec(m.points, { thresholds: m.thresholds, unitNames: { tandvard: "Tandvård" } });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function efficiencyMatrixSpec(points: readonly EfficiencyPoint[], options: EfficiencyMatrixSpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const thresholds = options.thresholds ?? { flow: 0.5, resource: 0.5 };
  const log = (options.flowScale ?? "log") === "log";
  const name = (u: string) => options.unitNames?.[u] ?? u;
  const complete = points.filter(
    (p) => p.flowEfficiency !== null && p.resourceEfficiency !== null && (!log || (p.flowEfficiency as number) > 0),
  );
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
  const xs = complete.map((p) => p.flowEfficiency as number);
  const ys = complete.map((p) => p.resourceEfficiency as number);
  const zoom = options.zoom ?? false;
  const minX = xs.length ? Math.min(...xs) : 0.001;
  const maxX = xs.length ? Math.max(...xs) : 1;
  // Room to the left of the lowest point; unzoomed, the axis always reaches 100 % so all four quadrants show.
  const xDomain: [number, number] = zoom
    ? log
      ? [minX * 0.8, maxX * 1.25]
      : [Math.max(0, minX - 0.05 * (maxX - minX + 0.01)), Math.min(1, maxX + 0.05 * (maxX - minX + 0.01))]
    : [log ? Math.min(minX, thresholds.flow) * 0.6 : 0, 1];
  const yDomain: [number, number] = zoom
    ? [Math.max(0, Math.floor((Math.min(...ys, 1) - 0.05) * 10) / 10), Math.ceil((Math.max(...ys, 0) + 0.05) * 10) / 10]
    : [0, Math.max(1.2, Math.ceil(Math.max(0, ...ys) * 10 + 1) / 10)];
  // Each quadrant is named at the outer corner of the part of it that is in view.
  const within = (v: number, [a, b]: [number, number]) => v > a && v < b;
  const quadrants = [
    { label: T.quadrants["effektiva öar"], right: false, top: true },
    { label: T.quadrants["perfekt tillstånd"], right: true, top: true },
    { label: T.quadrants.ödemark, right: false, top: false },
    { label: T.quadrants["effektivt hav"], right: true, top: false },
  ]
    .filter(
      (q) =>
        (q.right ? xDomain[1] > thresholds.flow : xDomain[0] < thresholds.flow) &&
        (q.top ? yDomain[1] > thresholds.resource : yDomain[0] < thresholds.resource),
    )
    .map(
      (q) =>
        ({
          label: q.label,
          x: q.right ? xDomain[1] : xDomain[0],
          y: q.top ? yDomain[1] : yDomain[0],
          align: q.right ? "right" : "left",
          baseline: q.top ? "top" : "bottom",
          dx: q.right ? -4 : 4,
          dy: q.top ? 4 : -4,
        }) as const,
    );
  const x = {
    field: "x",
    type: "quantitative" as const,
    title: log ? T.flowEfficiency : T.flowEfficiencyLinear,
    scale: log ? { type: "log" as const, domain: xDomain, nice: false } : { domain: xDomain },
    axis: { format: "~%", grid: true },
  };
  const y = {
    field: "y",
    type: "quantitative" as const,
    title: T.resourceEfficiency,
    scale: { domain: yDomain, nice: false },
    axis: { format: "~%" },
  };
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
    ...specFrame("efficiencyMatrixSpec", options, {
      title: T.matrixTitle,
      subtitle: wrapLines(T.matrixSubtitle),
      description,
      height: 380,
    }),
    layer: [
      ...quadrants.map((q) => ({
        data: { values: [q] },
        mark: {
          type: "text" as const,
          fontSize: 12,
          fontStyle: "italic",
          color: c.subtleText,
          align: q.align,
          baseline: q.baseline,
          dx: q.dx,
          dy: q.dy,
        },
        encoding: { x: { ...x, field: "x" }, y: { ...y, field: "y" }, text: { field: "label" } },
      })),
      ...(within(thresholds.flow, xDomain)
        ? [
            {
              data: { values: [{ x: thresholds.flow }] },
              mark: { type: "rule" as const, strokeDash: [4, 4], color: c.domain },
              encoding: { x: { ...x, field: "x" } },
            },
          ]
        : []),
      ...(within(thresholds.resource, yDomain)
        ? [
            {
              data: { values: [{ y: thresholds.resource }] },
              mark: { type: "rule" as const, strokeDash: [4, 4], color: c.domain },
              encoding: { y: { ...y, field: "y" } },
            },
          ]
        : []),
      {
        data: { values },
        layer: [
          {
            mark: { type: "line", strokeWidth: 1.5, opacity: 0.7 },
            encoding: {
              x,
              y,
              color: { field: "unit", type: "nominal", title: T.unit, scale: colorScale },
              detail: { field: "unit" },
              order: { field: "period" },
            },
          },
          {
            mark: { type: "point", filled: true, size: 36 },
            encoding: {
              x,
              y,
              color: { field: "unit", type: "nominal", scale: colorScale, legend: null },
              opacity: { condition: { test: "datum.last", value: 1 }, value: 0.55 },
              tooltip: fieldTitles([
                ["unit", T.unit],
                ["periodLabel", T.period],
                ["xLabel", T.flowEfficiencyLinear],
                ["yLabel", T.resourceEfficiency],
                ["flows", T.flows],
                ["touch", T.touchHours],
                ["available", T.availableHours],
              ]),
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
