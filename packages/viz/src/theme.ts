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
