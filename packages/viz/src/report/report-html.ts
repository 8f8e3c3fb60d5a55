import type { GoalMetric, GoalStatus } from "@flodes/core";
import { formatDuration, formatNumber, formatPercent, formatSek } from "../format.js";

/**
 * Escapes text for HTML element content and attribute values.
 * @example escapeHtml('<b>"A & B"</b>') // → "&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;"
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * A duration in days for the report ("12,3 dagar"), "–" when missing: one unit for every lead time and wait in the
 * report, so figures can be compared at a glance.
 * @example reportDays(3 * 86_400_000) // → "3 dagar"
 */
export function reportDays(ms: number | null | undefined): string {
  return ms == null ? "–" : formatDuration(ms, "dagar", 1);
}

/** Swedish names of the goal measures, as the report and the site print them. */
export const GOAL_METRIC_SV: Readonly<Record<GoalMetric, string>> = {
  leadTimeMedianMs: "Ledtid, median",
  leadTimeP85Ms: "Ledtid, 85:e percentil",
  flowEfficiency: "Flödeseffektivitet",
  nvaShare: "Andel slöseri av ledtiden",
  waitMedianMs: "Väntetid, median",
  costOfWasteSek: "Kostnad för slöseri (halvår)",
  waitShare: "Väntan som andel av ledtid",
  nvaWorkShare: "Slöseri som andel av arbetad tid",
};

/**
 * A goal measure's value in the report's format: shares in %, cost in kr, durations in dagar.
 * @example goalValueText("flowEfficiency", 0.0016) // → "0,16 %"
 */
export function goalValueText(metric: GoalMetric, x: number | null): string {
  if (x === null) return "–";
  if (metric === "flowEfficiency" || metric === "nvaShare" || metric === "waitShare" || metric === "nvaWorkShare") return formatPercent(x);
  if (metric === "costOfWasteSek") return formatSek(x);
  return reportDays(x);
}

/** CSS class of each goal status (the report's colours: green, orange, red, grey). */
export const GOAL_STATUS_CLASS: Readonly<Record<GoalStatus, string>> = {
  "på väg": "ok",
  risk: "risk",
  "ej på väg": "bad",
  "saknar data": "none",
};

/**
 * A goal status as a coloured badge.
 * @example statusBadge("risk") // '<span class="badge risk">risk</span>'
 */
export function statusBadge(status: GoalStatus): string {
  return `<span class="badge ${GOAL_STATUS_CLASS[status]}">${escapeHtml(status)}</span>`;
}

/**
 * A count with the Swedish thousands separator.
 * @example countText(31476) // → "31 476"
 */
export function countText(n: number): string {
  return formatNumber(n, 0);
}
