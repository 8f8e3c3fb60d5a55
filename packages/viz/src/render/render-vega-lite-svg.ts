import { parse, View } from "vega";
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
 * browser. Text widths are Vega's estimates (no canvas), which keeps the output deterministic. The spec's title and
 * description are added as `<title>`, `<desc>` and `aria-label` on the root `<svg>`.
 * @example
 * const svg = await renderVegaLiteSvg(leadTimeDistributionSpec(analysis.flows), { width: 720 });
 * svg.startsWith("<svg") // → true
 */
export async function renderVegaLiteSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  const width = options.width ?? 640;
  if (!(width > 0) || !Number.isFinite(width)) throw chartError(CHART_ERRORS.badWidth("renderVegaLiteSvg", width));
  const fixed: TopLevelSpec = "width" in spec && spec.width === "container" ? { ...spec, width } : spec;
  const vgSpec = compile(fixed).spec;
  const view = new View(parse(vgSpec), { renderer: "none" });
  try {
    return withAccessibleText(await view.toSVG(), titleText(spec), spec.description);
  } finally {
    view.finalize();
  }
}

function titleText(spec: TopLevelSpec): string | undefined {
  const t: unknown = spec.title;
  if (typeof t === "string") return t;
  if (t && typeof t === "object" && "text" in t) {
    const text: unknown = t.text;
    return Array.isArray(text) ? text.join(" ") : typeof text === "string" ? text : undefined;
  }
  return undefined;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Headless Vega does not emit the spec's description (vega-embed puts it on the container in a browser), so the
 * static report would lose it: add `<title>`/`<desc>` and an accessible name to the root element.
 */
function withAccessibleText(svg: string, title: string | undefined, description: string | undefined): string {
  if (!title && !description) return svg;
  const end = svg.indexOf(">");
  if (end < 0) return svg;
  const label = title ? ` role="img" aria-label="${escapeXml(title)}"` : "";
  const children = (title ? `<title>${escapeXml(title)}</title>` : "") + (description ? `<desc>${escapeXml(description)}</desc>` : "");
  return `${svg.slice(0, end)}${label}>${children}${svg.slice(end + 1)}`;
}
