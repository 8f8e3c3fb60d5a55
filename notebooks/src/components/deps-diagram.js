// Dependency diagram for the Beroenden page: upstream processes on the left, downstream on the right, one arrow per
// dependency whose width follows the inherited wait per linked flow, in the palette's colour of inherited waiting.
// Plain SVG (no CDN modules).
import { DEPENDENCY_COLOR, INHERITED_WAIT_COLOR } from "@flodes/viz";

const NS = "http://www.w3.org/2000/svg";

function svgEl(tag, attrs, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, String(v));
  for (const c of children) if (c != null) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/**
 * @param {{nodes: {id: string, name: string, unit: string, role: string}[], pairs: {upstream: string, downstream: string, inheritedPerFlowDays: number|null, amplification: number|null}[]}} data
 * @param {{width?: number, format?: (x: number) => string}} options
 * @returns {SVGSVGElement}
 */
export function depsDiagram(data, { width = 720, format = (x) => x.toFixed(1) } = {}) {
  const ups = data.nodes.filter((n) => n.role === "uppströms");
  const downs = data.nodes.filter((n) => n.role !== "uppströms");
  const rowH = 64;
  const height = Math.max(ups.length, downs.length) * rowH + 20;
  const boxW = Math.min(260, width * 0.36);
  const pos = new Map();
  const place = (list, x) => {
    for (const [i, n] of list.entries()) pos.set(n.id, { x, y: 10 + i * rowH + (height - 20 - list.length * rowH) / 2 });
  };
  place(ups, 4);
  place(downs, width - boxW - 4);
  const maxDays = Math.max(1, ...data.pairs.map((p) => p.inheritedPerFlowDays ?? 0));
  const svg = svgEl("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    "aria-label": "Beroenden mellan processer",
    class: "deps-diagram",
  });
  svg.append(
    svgEl(
      "defs",
      null,
      svgEl(
        "marker",
        {
          id: "pil",
          viewBox: "0 0 10 10",
          refX: 9,
          refY: 5,
          markerWidth: 10,
          markerHeight: 10,
          markerUnits: "userSpaceOnUse",
          orient: "auto-start-reverse",
        },
        svgEl("path", { d: "M0,0L10,5L0,10z", fill: INHERITED_WAIT_COLOR }),
      ),
    ),
  );
  for (const p of data.pairs) {
    const a = pos.get(p.upstream);
    const b = pos.get(p.downstream);
    if (!a || !b) continue;
    const x1 = a.x + boxW;
    const y1 = a.y + rowH / 2 - 6;
    const x2 = b.x;
    const y2 = b.y + rowH / 2 - 6;
    const w = 1.5 + (6 * (p.inheritedPerFlowDays ?? 0)) / maxDays;
    const mx = (x1 + x2) / 2;
    svg.append(
      svgEl(
        "path",
        {
          d: `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2 - 2},${y2}`,
          fill: "none",
          stroke: INHERITED_WAIT_COLOR,
          "stroke-opacity": 0.8,
          "stroke-width": w,
          "marker-end": "url(#pil)",
        },
        svgEl("title", null, `${p.upstreamName} → ${p.downstreamName}`),
      ),
    );
    svg.append(
      svgEl(
        "text",
        { x: mx, y: (y1 + y2) / 2 - 6, "text-anchor": "middle", "font-size": 11, fill: "currentColor" },
        `ärvd väntan ${format(p.inheritedPerFlowDays ?? 0)} dagar per ärende`,
      ),
    );
  }
  for (const n of data.nodes) {
    const { x, y } = pos.get(n.id);
    const g = svgEl("g", { transform: `translate(${x},${y})` });
    // Colours from the theme (DEPENDENCY_COLOR, as --flodes-* in style.css); the attributes are the fallback when the
    // SVG is saved without the page's stylesheet.
    const side = n.role === "uppströms" ? "upstream" : "downstream";
    g.append(
      svgEl("rect", {
        class: `node-box node-${side}`,
        width: boxW,
        height: rowH - 16,
        rx: 6,
        fill: DEPENDENCY_COLOR[side],
        stroke: DEPENDENCY_COLOR.stroke,
      }),
    );
    g.append(
      svgEl(
        "text",
        { class: "node-name", x: 8, y: 18, "font-size": 12, "font-weight": 600, fill: DEPENDENCY_COLOR.text },
        n.name.length > 38 ? `${n.name.slice(0, 37)}…` : n.name,
      ),
    );
    g.append(
      svgEl("text", { class: "node-about", x: 8, y: 36, "font-size": 11, fill: DEPENDENCY_COLOR.subtleText }, `${n.unit} · ${n.role}`),
    );
    svg.append(g);
  }
  return svg;
}
