import type { SurvivalPoint } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, formatDuration, formatPercent } from "../format.js";
import { QUEUE_TEXT_SV as T } from "../messages/queue-text.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** Options of {@link leadTimeSurvivalSpec}. */
export interface LeadTimeSurvivalSpecOptions extends SpecOptions {
  /** Medians to mark with rules (ms); null or absent ones are left out. __Default value:__ none. */
  medians?: { closedOnly?: number | null; kaplanMeier?: number | null };
  /** Cut the time axis here (ms). __Default value:__ the longest time in the curves. */
  maxMs?: number;
}

/**
 * Lead time as "share not yet closed" curves: closed flows only beside the Kaplan–Meier estimate with open flows
 * counted as censored, with its 95 % band. Where the Kaplan–Meier curve lies above the other, the open flows make the
 * real lead time longer than the closed flows suggest. Time in days. __Default height:__ 260 px.
 * @example
 * const [lt] = censoredLeadTime(log, { by: "total", curves: true });
 * const spec = leadTimeSurvivalSpec(lt.curves!, { medians: { closedOnly: lt.closedOnly.median, kaplanMeier: lt.kaplanMeier.median } });
 */
export function leadTimeSurvivalSpec(
  curves: { closedOnly: readonly SurvivalPoint[]; kaplanMeier: readonly SurvivalPoint[] },
  options: LeadTimeSurvivalSpecOptions = {},
): TopLevelSpec {
  const div = DURATION_UNIT_MS.dagar;
  const maxMs = options.maxMs ?? Math.max(0, ...curves.closedOnly.map((p) => p.timeMs), ...curves.kaplanMeier.map((p) => p.timeMs));
  const keep = (p: SurvivalPoint) => p.timeMs <= maxMs;
  const series = [T.closedOnly, T.kaplanMeier];
  const line = [
    ...curves.closedOnly.filter(keep).map((p) => ({
      series: T.closedOnly,
      days: p.timeMs / div,
      share: p.survival,
      label: formatPercent(p.survival),
      time: formatDuration(p.timeMs, "dagar"),
    })),
    ...curves.kaplanMeier.filter(keep).map((p) => ({
      series: T.kaplanMeier,
      days: p.timeMs / div,
      share: p.survival,
      label: formatPercent(p.survival),
      time: formatDuration(p.timeMs, "dagar"),
    })),
  ];
  const band = curves.kaplanMeier
    .filter(keep)
    .map((p) => ({ days: p.timeMs / div, lower: p.lower ?? p.survival, upper: p.upper ?? p.survival }));
  const medians = [
    { series: T.closedOnly, ms: options.medians?.closedOnly ?? null },
    { series: T.kaplanMeier, ms: options.medians?.kaplanMeier ?? null },
  ].flatMap((m) => (m.ms === null ? [] : [{ series: m.series, days: m.ms / div, label: `${T.median} ${formatDuration(m.ms, "dagar")}` }]));
  const description =
    `Två kurvor över andelen ärenden som ännu inte avslutats efter antal dagar: bara avslutade ärenden och Kaplan–Meier med öppna ärenden.` +
    (medians.length ? ` ${medians.map((m) => `${m.series}: ${m.label}`).join("; ")}.` : "");
  const color = { field: "series", type: "nominal" as const, title: null, scale: { domain: series, range: ["#888888", "#0072B2"] } };
  const x = { field: "days", type: "quantitative" as const, title: T.days, scale: { domain: [0, maxMs / div] } };
  return {
    ...specFrame("leadTimeSurvivalSpec", options, { title: T.survivalTitle, subtitle: [...T.survivalSubtitle], description, height: 260 }),
    layer: [
      {
        data: { values: band },
        mark: { type: "area", interpolate: "step-after", opacity: 0.18, color: "#0072B2" },
        encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } },
      },
      {
        data: { values: line },
        mark: { type: "line", interpolate: "step-after", strokeWidth: 2, tooltip: true },
        encoding: {
          x,
          y: { field: "share", type: "quantitative", title: T.shareOpen, axis: { format: ".0%" }, scale: { domain: [0, 1] } },
          color,
          tooltip: fieldTitles([
            ["series", ""],
            ["time", T.days],
            ["label", T.shareOpen],
          ]),
        },
      },
      {
        data: { values: medians },
        mark: { type: "rule", strokeDash: [4, 3] },
        encoding: {
          x,
          color: { ...color, legend: null },
          tooltip: [
            { field: "series", title: "" },
            { field: "label", title: T.median },
          ],
        },
      },
    ],
  };
}
