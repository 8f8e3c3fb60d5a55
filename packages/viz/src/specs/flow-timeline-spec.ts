import type { Category } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, type DurationUnit, formatNumber, pickDurationUnit } from "../format.js";
import { CHART_TEXT_SV as T, withUnit } from "../messages/charts.js";
import { CATEGORY_SHORT_SV } from "../theme.js";
import { CATEGORY_KEYS_SV, categoryColorScale, THEME_COLORS } from "../vega/config.js";
import { type DurationSpecOptions, fieldTitles, specFrame } from "../vega/spec-options.js";

/** One observation of the flow, in time order. */
export interface FlowTimelineObservation {
  step: string;
  category: Category;
  startMs: number;
  endMs: number;
  /** The step has been done before in this flow (rework). __Default:__ false. */
  repeat?: boolean;
}

/** The wait before observation `index` and the step it waited on (core's `handoffs` give these). */
export interface FlowTimelineWait {
  index: number;
  waitMs: number;
  from: string | null;
}

/**
 * One flow on a time axis (Om metoden's worked example): a row per observation, numbered in time order, its work as a
 * bar from start to end in its category's colour, and the wait before it — the time since the latest earlier end,
 * when nothing happened to the case — as a thinner grey bar ending where the step starts, labelled "väntan 55 min".
 * Overlapping work (two steps at once) shows as overlapping bars on their own rows. Time runs from the flow's first
 * start, in minutes, hours or days.
 * __Default height:__ 46 px per observation. __Default unit:__ `pickDurationUnit` of the lead time.
 * @example
 * const t0 = Date.parse("2025-03-12T08:00:00+01:00");
 * const spec = flowTimelineSpec(
 *   [{ step: "Remiss inkommer", category: "NNVA", startMs: t0, endMs: t0 + 5 * 60_000 }, { step: "Bedömning", category: "VA", startMs: t0 + 60 * 60_000, endMs: t0 + 80 * 60_000 }],
 *   [{ index: 1, waitMs: 55 * 60_000, from: "Remiss inkommer" }],
 *   { unit: "min" },
 * );
 * spec.description // → "Tidslinje för ett flöde, ledtid 80 min: 1. Remiss inkommer (Nödvändig) 0–5 min; 2. Bedömning (Värdeskapande) 60–80 min, väntan 55 min före."
 */
export function flowTimelineSpec(
  observations: readonly FlowTimelineObservation[],
  waits: readonly FlowTimelineWait[],
  options: DurationSpecOptions = {},
): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const t0 = Math.min(...observations.map((o) => o.startMs));
  const leadTimeMs = observations.length === 0 ? 0 : Math.max(...observations.map((o) => o.endMs)) - t0;
  const unit: DurationUnit = options.unit ?? pickDurationUnit(leadTimeMs);
  const inUnit = (ms: number) => ms / DURATION_UNIT_MS[unit];
  const fmt = (ms: number) => formatNumber(inUnit(ms), 1);
  const rows = observations.map((o, i) => ({
    label: `${i + 1}. ${o.step}${o.repeat ? ` (${T.flowTimelineRepeat})` : ""}`,
    key: CATEGORY_SHORT_SV[o.category],
    x1: inUnit(o.startMs - t0),
    x2: inUnit(o.endMs - t0),
    startLabel: `${fmt(o.startMs - t0)} ${unit}`,
    endLabel: `${fmt(o.endMs - t0)} ${unit}`,
    lengthLabel: `${fmt(o.endMs - o.startMs)} ${unit}`,
  }));
  const waitRows = waits
    .filter((w) => w.waitMs > 0 && rows[w.index] !== undefined)
    .map((w) => {
      const to = rows[w.index];
      const x1 = to.x1 - inUnit(w.waitMs);
      return {
        label: to.label,
        key: CATEGORY_SHORT_SV.WAIT,
        x1,
        x2: to.x1,
        mid: (x1 + to.x1) / 2,
        text: `${T.flowTimelineWait} ${fmt(w.waitMs)} ${unit}`,
        from: w.from ?? "–",
        lengthLabel: `${fmt(w.waitMs)} ${unit}`,
      };
    });
  const waitBefore = new Map(waitRows.map((w) => [w.label, w.lengthLabel]));
  const description =
    `Tidslinje för ett flöde, ledtid ${fmt(leadTimeMs)} ${unit}: ` +
    rows
      .map(
        (r) =>
          `${r.label} (${r.key}) ${formatNumber(r.x1, 1)}–${formatNumber(r.x2, 1)} ${unit}${waitBefore.has(r.label) ? `, väntan ${waitBefore.get(r.label)} före` : ""}`,
      )
      .join("; ") +
    ".";
  const present = new Set([...rows.map((r) => r.key), ...waitRows.map((w) => w.key)]);
  const keys = CATEGORY_KEYS_SV.filter((k) => present.has(k));
  const y = { field: "label", type: "nominal" as const, sort: rows.map((r) => r.label), title: null, axis: { labelLimit: 220 } };
  const x = {
    field: "x1",
    type: "quantitative" as const,
    title: withUnit(T.flowTimelineAxis, unit),
    scale: { domain: [0, inUnit(leadTimeMs)], nice: false },
    axis: { format: ",~f", grid: true },
  };
  const color = { field: "key", type: "nominal" as const, title: T.legendCategory, scale: categoryColorScale(keys), sort: keys };
  return {
    ...specFrame("flowTimelineSpec", options, { title: T.flowTimelineTitle, description, height: 46 * Math.max(1, rows.length) }),
    layer: [
      {
        data: { values: waitRows },
        mark: { type: "bar", height: { band: 0.35 }, tooltip: true },
        encoding: {
          y,
          x,
          x2: { field: "x2" },
          color,
          tooltip: fieldTitles([
            ["text", T.waitTotal],
            ["from", T.flowTimelineFrom],
          ]),
        },
      },
      {
        data: { values: waitRows },
        mark: { type: "text", baseline: "bottom", dy: -8, fontSize: 10, color: c.subtleText },
        encoding: { y, x: { field: "mid", type: "quantitative" }, text: { field: "text" } },
      },
      {
        data: { values: rows },
        mark: { type: "bar", height: { band: 0.7 }, tooltip: true },
        encoding: {
          y,
          x,
          x2: { field: "x2" },
          color,
          tooltip: fieldTitles([
            ["label", T.step],
            ["key", T.legendCategory],
            ["startLabel", T.flowTimelineStart],
            ["endLabel", T.flowTimelineEnd],
            ["lengthLabel", T.flowTimelineLength],
          ]),
        },
      },
    ],
  } as TopLevelSpec;
}
