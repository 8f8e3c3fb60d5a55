import type { TopLevelSpec } from "vega-lite";
import { wrapText } from "../components/svg.js";

/**
 * A spec made to fill `width` px in a page (axes, legend and title included): Vega-Lite's "fit-x" autosize, legends
 * in as many columns as fit, and the title and subtitle wrapped into lines no wider than the chart. A title line
 * wider than the chart would otherwise make Vega shrink the plot to nothing on a phone. Concatenated views (which
 * cannot fit a width) only get their titles wrapped. Long category labels on a y axis give way too: at most 38 % of
 * the width, so the bars keep the rest.
 * @example
 * // On a page: vegaEmbed(el, fitToWidth(workedTimeByUnitSpec(rows), 358)).
 * const spec = fitToWidth(leadTimeDistributionSpec(analysis.flows), 358);
 * typeof spec.width // → "number"
 */
export function fitToWidth(spec: TopLevelSpec, width: number): TopLevelSpec {
  const s = capLabels(spec, Math.max(90, Math.round(width * 0.38))) as TopLevelSpec & {
    title?: unknown;
    config?: { legend?: object };
    hconcat?: unknown;
    vconcat?: unknown;
  };
  const title = wrapTitle(s.title, width);
  if ("hconcat" in s || "vconcat" in s) return { ...s, ...(title ? { title } : {}) } as TopLevelSpec;
  const legend = { columns: Math.max(1, Math.floor(width / 200)), ...s.config?.legend };
  return {
    ...s,
    ...(title ? { title } : {}),
    width,
    autosize: { type: "fit-x", contains: "padding", ...(s as { autosize?: object }).autosize },
    config: { ...s.config, legend },
  } as TopLevelSpec;
}

function wrapTitle(title: unknown, width: number): object | undefined {
  if (!title || typeof title !== "object") return undefined;
  const t = title as { text?: string | string[]; subtitle?: string | string[] };
  const lines = (x: string | string[] | undefined, font: number) =>
    x === undefined ? undefined : (Array.isArray(x) ? x : [x]).flatMap((line) => wrapText(line, (width - 12) / 1.05, font, 4));
  const text = lines(t.text, 14);
  const subtitle = lines(t.subtitle, 12);
  return { ...t, ...(text ? { text } : {}), ...(subtitle ? { subtitle } : {}) };
}

/** A copy of the spec with every y axis's `labelLimit` at most `limit` px. */
function capLabels<T>(x: T, limit: number, key = ""): T {
  if (Array.isArray(x)) return x.map((v) => capLabels(v, limit)) as T;
  if (!x || typeof x !== "object") return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) out[k] = capLabels(v, limit, k);
  if (key === "y" && out.axis && typeof out.axis === "object") {
    const axis = out.axis as { labelLimit?: unknown };
    if (typeof axis.labelLimit === "number" && axis.labelLimit > limit) out.axis = { ...axis, labelLimit: limit };
  }
  return out as T;
}
