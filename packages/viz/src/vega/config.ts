import type { Config } from "vega-lite";
import { CATEGORY_COLOR, CATEGORY_SHORT_SV, WAIT_COLOR } from "../theme.js";

/** Colour scheme of the page a chart is drawn on. */
export type ChartTheme = "light" | "dark";

/** Neutral colours per page theme: text, secondary text, grid, axis lines and reference rules. */
export interface ThemeColors {
  text: string;
  subtleText: string;
  grid: string;
  domain: string;
  median: string;
  p85: string;
}

/**
 * Neutral colours chosen for ≥ 4.5:1 text contrast on white (light) and on near-black (dark) pages.
 * The category colours stay the same in both themes so legends mean the same thing everywhere.
 */
export const THEME_COLORS: Readonly<Record<ChartTheme, ThemeColors>> = {
  light: { text: "#222222", subtleText: "#555555", grid: "#e0e0e0", domain: "#888888", median: "#333333", p85: "#777777" },
  dark: { text: "#e8e8e8", subtleText: "#bbbbbb", grid: "#3a3a3a", domain: "#999999", median: "#eeeeee", p85: "#aaaaaa" },
};

/** Swedish number and time locale for Vega (space thousands separator, decimal comma, "16 %", "12 kr"). */
export const VEGA_LOCALE_SV: NonNullable<Config["locale"]> = {
  number: { decimal: ",", thousands: " ", grouping: [3], currency: ["", " kr"], percent: " %", minus: "−" },
  time: {
    dateTime: "%A %e %B %Y %X",
    date: "%Y-%m-%d",
    time: "%H:%M:%S",
    periods: ["fm", "em"],
    days: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
    shortDays: ["sön", "mån", "tis", "ons", "tor", "fre", "lör"],
    months: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    shortMonths: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  },
};

/** Legend keys of the four time classes, in display order. */
export const CATEGORY_KEYS_SV: readonly string[] = [
  CATEGORY_SHORT_SV.VA,
  CATEGORY_SHORT_SV.NNVA,
  CATEGORY_SHORT_SV.NVA,
  CATEGORY_SHORT_SV.WAIT,
];

/**
 * The colour scale every chart uses for VA / NNVA / NVA-work / wait, keyed by the Swedish legend labels so that
 * legends read the same in all charts.
 * @example categoryColorScale().range // → ["#0072B2", "#E69F00", "#D55E00", "#A6A6A6"]
 */
export function categoryColorScale(keys: readonly string[] = CATEGORY_KEYS_SV): { domain: string[]; range: string[] } {
  const byKey: Record<string, string> = {
    [CATEGORY_SHORT_SV.VA]: CATEGORY_COLOR.VA,
    [CATEGORY_SHORT_SV.NNVA]: CATEGORY_COLOR.NNVA,
    [CATEGORY_SHORT_SV.NVA]: CATEGORY_COLOR.NVA,
    [CATEGORY_SHORT_SV.WAIT]: WAIT_COLOR,
  };
  return { domain: [...keys], range: keys.map((k) => byKey[k] ?? "#888888") };
}

/**
 * Vega-Lite `config` with the flodes theme: transparent background, Swedish locale, neutral colours readable on
 * the given page theme, and no chart border, so charts sit in Framework cards and print on white paper.
 * @param theme page theme. __Default value:__ `"light"`
 * @example
 * const spec = { ...leadTimeDistributionSpec(analysis.flows), config: vegaLiteConfig("dark") };
 * spec.config.axis.labelColor // → "#e8e8e8"
 */
export function vegaLiteConfig(theme: ChartTheme = "light"): Config {
  const c = THEME_COLORS[theme];
  return {
    background: "transparent",
    font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    locale: VEGA_LOCALE_SV,
    view: { stroke: null },
    title: { color: c.text, subtitleColor: c.subtleText, anchor: "start", fontSize: 14, subtitleFontSize: 12, offset: 8 },
    axis: {
      labelColor: c.text,
      titleColor: c.text,
      domainColor: c.domain,
      tickColor: c.domain,
      gridColor: c.grid,
      labelFontSize: 11,
      titleFontSize: 11,
      titleFontWeight: "normal",
    },
    legend: { labelColor: c.text, titleColor: c.text, labelFontSize: 11, titleFontSize: 11, orient: "bottom", direction: "horizontal" },
    text: { color: c.text },
    rule: { color: c.domain },
  };
}
