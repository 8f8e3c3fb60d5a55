import type { Config } from "vega-lite";
import type { DurationUnit } from "../format.js";
import { CHART_ERRORS, chartError } from "../messages/charts.js";
import { type ChartTheme, vegaLiteConfig } from "./config.js";

/** Options shared by every Vega-Lite spec builder. */
export interface SpecOptions {
  /** Chart width in px, or `"container"` to follow the parent element. __Default value:__ `"container"` */
  width?: number | "container";
  /** Plot height in px. __Default value:__ depends on the chart (documented per builder). */
  height?: number;
  /** Title (Swedish). __Default value:__ a descriptive Swedish title per chart. */
  title?: string;
  /** Accessible description (aria). __Default value:__ generated from the data, in Swedish. */
  description?: string;
  /** Page theme for text and rule colours. __Default value:__ `"light"` */
  theme?: ChartTheme;
}

/** Options of builders that show durations. */
export interface DurationSpecOptions extends SpecOptions {
  /** Display unit. __Default value:__ `pickDurationUnit` of the largest value shown. */
  unit?: DurationUnit;
}

/** Statistic taken from a `Distribution`-shaped summary. */
export type SummaryStat = "median" | "mean" | "p85";

/**
 * Checks a width option and returns it, so builders fail early and in Swedish on a bad width.
 * @example resolveWidth("myChart", undefined) // → "container"
 */
export function resolveWidth(fn: string, width: number | "container" | undefined): number | "container" {
  if (width === undefined || width === "container") return "container";
  if (!(width > 0) || !Number.isFinite(width)) throw chartError(CHART_ERRORS.badWidth(fn, width));
  return width;
}

/**
 * Checks a statistic option at run time (pages are plain JS and may pass anything).
 * @example resolveStat("myChart", undefined) // → "median"
 */
export function resolveStat(fn: string, stat: SummaryStat | undefined): SummaryStat {
  const s = stat ?? "median";
  if (s !== "median" && s !== "mean" && s !== "p85") throw chartError(CHART_ERRORS.badStat(fn, String(s)));
  return s;
}

/** The `$schema` every builder writes, so tools and editors recognise the JSON. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** Top-level properties shared by every flodes spec. */
export interface SpecFrame {
  $schema: string;
  title: { text: string; subtitle?: string[] };
  description: string;
  width: number | "container";
  height: number;
  background: string;
  config: Config;
}

/**
 * The top-level frame of a flodes spec (schema, Swedish title and aria description, size, transparent background,
 * themed config). Builders spread it into their spec; the SPC and waste charts do the same.
 * @example
 * const spec: TopLevelSpec = { ...specFrame("myChart", opts, { title: "Min titel", description: "…", height: 200 }), mark: "bar" };
 */
export function specFrame(
  fn: string,
  options: SpecOptions,
  defaults: { title: string; subtitle?: string[]; description: string; height: number },
): SpecFrame {
  const title: SpecFrame["title"] = { text: options.title ?? defaults.title };
  if (defaults.subtitle && defaults.subtitle.length > 0) title.subtitle = defaults.subtitle;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    description: options.description ?? defaults.description,
    width: resolveWidth(fn, options.width),
    height: options.height ?? defaults.height,
    background: "transparent",
    config: vegaLiteConfig(options.theme ?? "light"),
  };
}

/**
 * Tooltip (or any) channel entries from `[field, title]` pairs.
 * @example
 * fieldTitles([["unit", "Enhet"], ["n", "Ärenden"]]) // → [{ field: "unit", title: "Enhet" }, { field: "n", title: "Ärenden" }]
 */
export function fieldTitles(pairs: readonly (readonly [string, string])[]): { field: string; title: string }[] {
  return pairs.map(([field, title]) => ({ field, title }));
}

/**
 * The two layers of a bar chart of counts: the bars (with a tooltip) and each bar's count, `label`, just past its
 * end in the page's text colour.
 * @example
 * const layers = countBarLayers({ y: { field: "code", type: "nominal" }, x: { field: "n", type: "quantitative" } }, [["code", "Kod"], ["label", "Antal"]], "#222222");
 * layers[1].encoding.text // → { field: "label" }
 */
export function countBarLayers(
  position: Record<string, unknown>,
  tooltip: readonly (readonly [string, string])[],
  textColor: string,
  color?: Record<string, unknown>,
): { mark: { type: "bar" | "text"; [option: string]: unknown }; encoding: Record<string, unknown> }[] {
  return [
    { mark: { type: "bar", tooltip: true }, encoding: { ...position, ...(color ? { color } : {}), tooltip: fieldTitles(tooltip) } },
    {
      mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 10, color: textColor },
      encoding: { ...position, text: { field: "label" } },
    },
  ];
}

/**
 * The mark of a reference line's label: small, centred just above the top of the plot, in the page's text colour.
 * @example
 * referenceLabelMark("#222222").baseline // → "bottom"
 */
export function referenceLabelMark(textColor: string) {
  return { type: "text" as const, align: "center" as const, baseline: "bottom" as const, dy: -2, y: 0, fontSize: 10, color: textColor };
}
