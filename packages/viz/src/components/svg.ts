import { type Selection, select } from "d3";
import { CHART_ERRORS, chartError } from "../messages/charts.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Options shared by the d3 components. */
export interface ComponentOptions {
  /** Width in px (e.g. Framework's `width` from `resize`). Required. */
  width: number;
  /** Height in px; the drawing is scaled into it. __Default value:__ the height the layout needs. */
  height?: number;
  /** Document to create elements in (for jsdom or another window). __Default value:__ the global `document`. */
  document?: Document;
  /** Title (Swedish), drawn at the top and used as the accessible name. __Default value:__ per component. */
  title?: string;
  /** Accessible description. __Default value:__ generated from the data, in Swedish. */
  description?: string;
  /** Draw the title as visible text at the top (pages that put it in a card header can turn it off). __Default value:__ `true` */
  showTitle?: boolean;
}

/** A d3 selection of the root element of a component. */
export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

/** Any d3 selection whose element can hold SVG children. */
export type SvgParent = Selection<SVGGElement, unknown, null, undefined> | SvgSelection;

/** Font stack of the components; the same as the Vega-Lite theme. */
export const COMPONENT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * Creates the root `<svg>` of a component in the given (or global) document: fixed width and height, a viewBox so
 * it scales down, `role="img"` with the title as accessible name, `<title>` and `<desc>` children (no ids, so two
 * charts on a page never collide), transparent background and `currentColor` text so it follows the page theme.
 * @example
 * const svg = createSvgRoot("processMap", { width: 640 }, 300, "Processkarta", "…");
 */
export function createSvgRoot(
  fn: string,
  options: ComponentOptions,
  contentHeight: number,
  title: string,
  description: string,
): SvgSelection {
  const { width } = options;
  if (!(width > 0) || !Number.isFinite(width)) throw chartError(CHART_ERRORS.badWidth(fn, width));
  const doc = options.document ?? globalThis.document;
  const el = doc.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  const height = options.height ?? contentHeight;
  const svg = select(el)
    .attr("xmlns", SVG_NS)
    .attr("width", r2(width))
    .attr("height", r2(height))
    .attr("viewBox", `0 0 ${r2(width)} ${r2(contentHeight)}`)
    .attr("role", "img")
    .attr("aria-label", title)
    .attr("font-family", COMPONENT_FONT)
    .attr("font-size", 11)
    .attr("fill", "currentColor")
    .style("max-width", "100%")
    .style("height", "auto")
    .style("overflow", "visible");
  svg.append("title").text(title);
  svg.append("desc").text(description);
  return svg;
}

/**
 * Rounds to 2 decimals so SVG output stays short and stable across platforms.
 * @example r2(1.52951) // → 1.53
 */
export function r2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Rough text width in px for the component font (no canvas in Node/jsdom, and the same answer everywhere).
 * @example estimateTextWidth("55 min", 10) // → 34.8
 */
export function estimateTextWidth(text: string, fontSizePx = 11): number {
  return text.length * fontSizePx * 0.58;
}

/**
 * Breaks text into lines that fit a width (by words; a word longer than a line is hyphenated), at most
 * `maxLines`; the last line ends with "…" when text is left over. Names stay whole wherever they fit.
 * __Default:__ font size 11 px, 3 lines.
 * @example wrapText("Bedömning av remiss", 80) // → ["Bedömning av", "remiss"]
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx = 11, maxLines = 3): string[] {
  const maxChars = Math.max(2, Math.floor(maxWidthPx / (fontSizePx * 0.58)));
  // A word longer than a line is hyphenated into line-sized pieces ("Dubbeldoku-", "mentation").
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const parts: string[] = [];
      let rest = w;
      while (rest.length > maxChars) {
        parts.push(`${rest.slice(0, maxChars - 1)}-`);
        rest = rest.slice(maxChars - 1);
      }
      return [...parts, rest];
    });
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line === "" ? w : line.endsWith("-") ? `${line}${w}` : `${line} ${w}`;
    if (next.length <= maxChars && !line.endsWith("-")) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = w;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1].replace(/-$/, "");
      lines[maxLines - 1] = last.length + 1 <= maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Cuts text to fit a width, ending with "…".
 * @example fitText("Provtagning och analys", 60) // → "Provtag…"
 */
export function fitText(text: string, maxWidthPx: number, fontSizePx = 11): string {
  const maxChars = Math.max(1, Math.floor(maxWidthPx / (fontSizePx * 0.58)));
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

/**
 * Path of a filled arrowhead whose tip is at (x, y), pointing along (dx, dy).
 * @example g.append("path").attr("d", arrowHeadPath(100, 20, 1, 0, 8))
 */
export function arrowHeadPath(x: number, y: number, dx: number, dy: number, size: number): string {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = x - ux * size;
  const by = y - uy * size;
  const half = size * 0.55;
  return `M${r2(x)},${r2(y)}L${r2(bx - uy * half)},${r2(by + ux * half)}L${r2(bx + uy * half)},${r2(by - ux * half)}Z`;
}
