import { View, parse } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { CHART_ERRORS, chartError } from "../messages/charts.js";

/** Options of {@link renderVegaLiteSvg}. */
export interface RenderSvgOptions {
  /** Width in px used when the spec says `width: "container"` (there is no container headlessly). __Default value:__ `640` */
  width?: number;
}

/**
 * Renders a Vega-Lite spec to an SVG string without a browser or canvas (Vega's headless `renderer: "none"`),
 * for the static HTML report. Only `vega` and `vega-lite` are used, both isomorphic, so this also runs in a
 * browser. Text widths are Vega's estimates (no canvas), which keeps the output deterministic.
 * @example
 * const svg = await renderVegaLiteSvg(leadTimeDistributionSpec(analysis.flows), { width: 720 });
 * html += `<figure>${svg}</figure>`;
 */
export async function renderVegaLiteSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  const width = options.width ?? 640;
  if (!(width > 0) || !Number.isFinite(width)) throw chartError(CHART_ERRORS.badWidth("renderVegaLiteSvg", width));
  const fixed: TopLevelSpec = "width" in spec && spec.width === "container" ? { ...spec, width } : spec;
  const vgSpec = compile(fixed).spec;
  const view = new View(parse(vgSpec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
