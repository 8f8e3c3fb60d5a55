import type { Category } from "@flodes/core";

/**
 * Colours for VA/NNVA/NVA from the Okabe–Ito palette, chosen to stay distinguishable with the common
 * colour-vision deficiencies and in greyscale print (dark blue, light orange, dark vermillion differ in
 * lightness as well as hue).
 */
export const CATEGORY_COLOR: Readonly<Record<Category, string>> = {
  VA: "#0072B2",
  NNVA: "#E69F00",
  NVA: "#D55E00",
};

/**
 * Colour of waiting time (between steps, where nothing happens to the case): a neutral grey, so it never reads as
 * one of the three kinds of work and stays apart from NNVA's orange in print. The same colour on every chart, the
 * process map and Beroenden.
 */
export const WAIT_COLOR = "#A6A6A6";

/** Waiting inherited from an upstream process (Beroenden): the wait colour, darker — it is still waiting. */
export const INHERITED_WAIT_COLOR = "#5E5E5E";

/** Neutral colours for axes, rules and reference lines. */
export const NEUTRAL = { text: "currentColor", rule: "#888888", median: "#444444", p85: "#999999" } as const;

/** Series colours (Okabe–Ito minus the category hues) for units and groups. */
export const SERIES_COLORS: readonly string[] = ["#56B4E9", "#009E73", "#CC79A7", "#F0E442", "#000000", "#0072B2", "#E69F00", "#D55E00"];

/** Swedish short labels for categories, for legends. */
export const CATEGORY_SHORT_SV: Readonly<Record<Category | "WAIT", string>> = {
  VA: "Värdeskapande",
  NNVA: "Nödvändig",
  NVA: "Slöseri (arbete)",
  WAIT: "Väntan",
};

/**
 * Colours of a goal's or an improvement's status (på väg, risk, ej på väg, no value): the same on charts, in the
 * monthly report and on the site's badges (`style.css` repeats them as `--flodes-status-*`; a test keeps the two
 * equal). Dark enough for white badge text (≥ 4.5:1).
 */
export const STATUS_COLOR = { ok: "#1b7837", risk: "#b35806", bad: "#b2182b", none: "#777777" } as const;

/**
 * Colours of an import's row accounting (Datakvalitet): accepted rows in the VA blue, rejected rows in the NVA
 * vermillion and warnings (rows kept) in the NNVA orange — a pair told apart with every common colour-vision
 * deficiency.
 */
export const QUALITY_COLOR = { accepted: CATEGORY_COLOR.VA, rejected: CATEGORY_COLOR.NVA, warning: CATEGORY_COLOR.NNVA } as const;

/**
 * Box fills of the dependency diagram (Beroenden): upstream processes (the ones waited on) in a light tint of the
 * NVA vermillion, downstream (the waiting ones) in a light tint of the VA blue, so the dark text stays readable in
 * both page themes. `style.css` repeats them as `--flodes-upstream` / `--flodes-downstream`.
 */
export const DEPENDENCY_COLOR = {
  upstream: "#fde0dd",
  downstream: "#deebf7",
  stroke: "#888888",
  text: "#1a1a1a",
  subtleText: "#444444",
} as const;
