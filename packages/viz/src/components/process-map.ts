import type { Analysis } from "@flodes/core";
import { scaleLinear } from "d3";
import { formatDuration } from "../format.js";
import { CHART_TEXT_SV as T, STAT_LABEL_SV } from "../messages/charts.js";
import { orderSteps } from "../shape/ladder.js";
import { statOf } from "../stats/quantile.js";
import { CATEGORY_COLOR, CATEGORY_SHORT_SV, WAIT_COLOR } from "../theme.js";
import { resolveStat, type SummaryStat } from "../vega/spec-options.js";
import { arrowHeadPath, createSvgRoot, estimateTextWidth, fitText, r2, type ComponentOptions, type SvgParent } from "./svg.js";

/** Options of {@link processMap}. */
export interface ProcessMapOptions extends ComponentOptions {
  /** Statistic of waits and durations. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids (left → right, then next row). __Default value:__ the order of `data.steps`. */
  order?: readonly string[];
}

/** Input of {@link processMap} and `timelineLadder`: an `Analysis` works as is. */
export type StepsAndHandoffs = Pick<Analysis, "steps" | "handoffs">;

const NODE_W = 132;
const NODE_H = 44;
const MIN_NODE_W = 96;
const MIN_GAP = 48;
const MAX_GAP = 150;
const ROW_GAP = 86;
const MARGIN = 12;
const ARC_ABOVE = 34;
const MIN_STROKE = 1.5;
const MAX_STROKE = 10;

interface NodeBox {
  step: string;
  index: number;
  x: number;
  y: number;
  row: number;
}

/**
 * Process map with the waits on the edges: steps as nodes in process order left → right (wrapping into rows when
 * narrow), one edge per handoff with stroke width and colour by the wait (median by default) and the wait as a
 * Swedish label; rework (back to an earlier or the same step) as dashed arcs below; a legend at the bottom.
 * Handoffs from `null` (flow start) are not drawn. Text uses `currentColor`, the background is transparent.
 * @example
 * // notebooks/src/components/process-map.js
 * display(resize((width) => processMap(analysis, { width })));
 */
export function processMap(data: StepsAndHandoffs, options: ProcessMapOptions): SVGSVGElement {
  const stat = resolveStat("processMap", options.stat);
  const statLabel = STAT_LABEL_SV[stat];
  const steps = orderSteps(data.steps, options.order);
  const index = new Map(steps.map((s, i) => [s.step, i]));
  const width = options.width;
  const showTitle = options.showTitle ?? true;

  const innerW = Math.max(60, width - 2 * MARGIN);
  // Shrink nodes down to MIN_NODE_W before wrapping, so a typical 5–7 step process fits one row on a page.
  const oneRowW = (innerW - (steps.length - 1) * MIN_GAP) / Math.max(1, steps.length);
  const nodeW = Math.min(NODE_W, innerW, Math.max(MIN_NODE_W, oneRowW));
  const fit = Math.max(1, Math.floor((innerW + MIN_GAP) / (nodeW + MIN_GAP)));
  const cols = Math.max(1, Math.min(steps.length, fit));
  const gap = cols > 1 ? Math.min(MAX_GAP, (innerW - cols * nodeW) / (cols - 1)) : 0;
  const rows = Math.max(1, Math.ceil(steps.length / cols));
  const top = MARGIN + (showTitle ? 22 : 0) + ARC_ABOVE;
  const nodes: NodeBox[] = steps.map((s, i) => {
    const row = Math.floor(i / cols);
    return { step: s.step, index: i, row, x: MARGIN + (i % cols) * (nodeW + gap), y: top + row * (NODE_H + ROW_GAP) };
  });

  const edges = data.handoffs
    .filter((h) => h.from !== null && index.has(h.from) && index.has(h.to))
    .map((h) => ({ h, from: index.get(h.from as string) as number, to: index.get(h.to) as number, waitMs: statOf(h.waitMs, stat) ?? 0 }));
  const maxWait = Math.max(0, ...edges.map((e) => e.waitMs));
  const widthOf = scaleLinear().domain([0, maxWait || 1]).range([MIN_STROKE, MAX_STROKE]).clamp(true);
  const colorOf = scaleLinear<string>().domain([0, (maxWait || 1) / 2, maxWait || 1]).range(["#9a9a9a", WAIT_COLOR, CATEGORY_COLOR.NVA]).clamp(true);

  const geos = edges.map((e) => edgeGeometry(nodes[e.from], nodes[e.to], nodeW, e.to <= e.from, e.to - e.from));
  const lastBottom = top + (rows - 1) * (NODE_H + ROW_GAP) + NODE_H;
  const legendTop = Math.max(lastBottom + 24, ...geos.map((g) => g.label[1] + 18));
  const legendLines = layoutLegend(width);
  const contentHeight = legendTop + legendLines.height + MARGIN;

  const title = options.title ?? T.processMapTitle;
  const rework = edges.filter((e) => e.to <= e.from).length;
  const description =
    options.description ??
    `Processkarta med ${steps.length} steg i processordning och ${edges.length} övergångar, varav ${rework} återgångar (omarbete). ` +
      `Linjernas bredd och färg visar väntan (${statLabel}) mellan stegen. ` +
      [...edges].sort((a, b) => b.waitMs - a.waitMs).slice(0, 3).map((e) => `${e.h.from} → ${e.h.to}: ${formatDuration(e.waitMs)}`).join("; ") +
      (edges.length > 0 ? "." : "");

  const svg = createSvgRoot("processMap", options, contentHeight, title, description);
  svg.attr("class", "flodes-process-map");
  if (showTitle) svg.append("text").attr("x", MARGIN).attr("y", MARGIN + 12).attr("font-size", 14).attr("font-weight", "bold").text(title);

  const edgeLayer = svg.append("g").attr("class", "edges");
  // Thin edges first so thick (long-wait) ones stay visible on top.
  const drawOrder = edges.map((e, i) => ({ ...e, geo: geos[i] })).sort((a, b) => a.waitMs - b.waitMs || a.from - b.from || a.to - b.to);
  for (const e of drawOrder) {
    const sw = widthOf(e.waitMs);
    const color = colorOf(e.waitMs);
    const back = e.to <= e.from;
    const geo = e.geo;
    const g = edgeLayer
      .append("g")
      .attr("class", back ? "edge rework" : "edge")
      .attr("data-from", e.h.from as string)
      .attr("data-to", e.h.to)
      .attr("data-wait-ms", r2(e.waitMs));
    g.append("title").text(`${e.h.from} → ${e.h.to}: ${statLabel} väntan ${formatDuration(e.waitMs)} (n = ${e.h.n})`);
    const head = 6 + sw * 0.8;
    const path = edgePath(geo, head * 0.8);
    g.append("path")
      .attr("d", path.d)
      .attr("fill", "none")
      .attr("stroke", color)
      .attr("stroke-width", r2(sw))
      .attr("stroke-dasharray", back ? `${r2(2 * sw + 2)} ${r2(sw + 3)}` : null);
    g.append("path").attr("d", arrowHeadPath(geo.tip[0], geo.tip[1], path.dir[0], path.dir[1], head)).attr("fill", color);
    g.append("text")
      .attr("class", "edge-label")
      .attr("x", r2(geo.label[0]))
      .attr("y", r2(geo.label[1]))
      .attr("text-anchor", "middle")
      .attr("font-size", 10)
      .text(formatDuration(e.waitMs));
  }

  const nodeLayer = svg.append("g").attr("class", "nodes");
  for (const n of nodes) {
    const s = steps[n.index];
    const color = CATEGORY_COLOR[s.category];
    const g = nodeLayer.append("g").attr("class", "node").attr("data-step", s.step).attr("transform", `translate(${r2(n.x)},${r2(n.y)})`);
    g.append("title").text(`${s.step} (${CATEGORY_SHORT_SV[s.category]}): ${statLabel} tid i steget ${formatDuration(statOf(s.durationMs, stat))}`);
    g.append("rect")
      .attr("width", r2(nodeW))
      .attr("height", NODE_H)
      .attr("rx", 4)
      .attr("fill", color)
      .attr("fill-opacity", 0.14)
      .attr("stroke", color)
      .attr("stroke-width", 2);
    g.append("text").attr("x", 8).attr("y", 18).attr("font-weight", "bold").text(fitText(s.step, nodeW - 14));
    g.append("text").attr("x", 8).attr("y", 34).attr("font-size", 10).text(fitText(`${s.category} · ${formatDuration(statOf(s.durationMs, stat))}`, nodeW - 14, 10));
  }

  drawLegend(svg.append("g").attr("class", "legend").attr("transform", `translate(${MARGIN},${r2(legendTop)})`), legendLines.items, statLabel, maxWait, widthOf, colorOf);
  return svg.node() as SVGSVGElement;
}

type Pt = [number, number];

/** Every edge as one cubic Bézier (lines and quadratics converted), so arrowheads and insets work the same way. */
interface EdgeGeometry {
  start: Pt;
  c1: Pt;
  c2: Pt;
  tip: Pt;
  label: Pt;
}

function quad(start: Pt, ctrl: Pt, tip: Pt): Pick<EdgeGeometry, "start" | "c1" | "c2" | "tip"> {
  const c1: Pt = [start[0] + (2 / 3) * (ctrl[0] - start[0]), start[1] + (2 / 3) * (ctrl[1] - start[1])];
  const c2: Pt = [tip[0] + (2 / 3) * (ctrl[0] - tip[0]), tip[1] + (2 / 3) * (ctrl[1] - tip[1])];
  return { start, c1, c2, tip };
}

/** SVG path of an edge, its end pulled back by `inset` px so the line does not poke through the arrowhead. */
function edgePath(g: EdgeGeometry, inset: number): { d: string; dir: Pt } {
  let dir: Pt = [g.tip[0] - g.c2[0], g.tip[1] - g.c2[1]];
  if (Math.hypot(dir[0], dir[1]) < 1e-9) dir = [g.tip[0] - g.start[0], g.tip[1] - g.start[1]];
  const len = Math.hypot(dir[0], dir[1]) || 1;
  const end: Pt = [g.tip[0] - (dir[0] / len) * inset, g.tip[1] - (dir[1] / len) * inset];
  const p = (q: Pt) => `${r2(q[0])},${r2(q[1])}`;
  return { d: `M${p(g.start)}C${p(g.c1)} ${p(g.c2)} ${p(end)}`, dir };
}

function edgeGeometry(a: NodeBox, b: NodeBox, nodeW: number, back: boolean, span: number): EdgeGeometry {
  const aMidX = a.x + nodeW / 2;
  const bMidX = b.x + nodeW / 2;
  if (back && a.index === b.index) {
    const x0 = a.x + nodeW * 0.3;
    const x1 = a.x + nodeW * 0.7;
    const y = a.y + NODE_H;
    return { start: [x0, y], c1: [x0, y + 34], c2: [x1, y + 34], tip: [x1, y + 2], label: [aMidX, y + 38] };
  }
  if (back && a.row === b.row) {
    // Arcs below the nodes, deeper for longer jumps, so rework loops nest instead of overlapping.
    const y = a.y + NODE_H;
    const ctrlY = y + 30 + 10 * Math.min(4, Math.abs(span));
    const sx = aMidX - 10;
    const tx = bMidX + 10;
    const apexY = 0.5 * y + 0.5 * ctrlY;
    return { ...quad([sx, y], [(sx + tx) / 2, ctrlY], [tx, y + 2]), label: [(sx + tx) / 2, apexY + 14] };
  }
  if (back) {
    // From a later row up to an earlier one: bow out to the right of both nodes instead of crossing them.
    const sx = a.x + nodeW - 14;
    const tx = b.x + nodeW - 14;
    const bow = Math.max(sx, tx) + 44;
    const sy = a.y;
    const ty = b.y + NODE_H + 2;
    return { start: [sx, sy], c1: [bow, sy - 10], c2: [bow, ty + 10], tip: [tx, ty], label: [0.25 * (sx + tx) + 0.75 * bow + 4, (sy + ty) / 2] };
  }
  if (a.row === b.row && span === 1) {
    const y = a.y + NODE_H / 2;
    const sx = a.x + nodeW;
    const tx = b.x - 1;
    return { start: [sx, y], c1: [sx, y], c2: [tx, y], tip: [tx, y], label: [(sx + tx) / 2, y - 8] };
  }
  if (a.row === b.row) {
    const y = a.y;
    const ctrlY = y - 20 - 8 * Math.min(3, span);
    const sx = aMidX + 10;
    const tx = bMidX - 10;
    return { ...quad([sx, y], [(sx + tx) / 2, ctrlY], [tx, y - 1]), label: [(sx + tx) / 2, 0.5 * y + 0.5 * ctrlY - 4] };
  }
  const sy = a.y + NODE_H;
  const ty = b.y - 1;
  const my = (sy + ty) / 2;
  return { start: [aMidX, sy], c1: [aMidX, my], c2: [bMidX, my], tip: [bMidX, ty], label: [(aMidX + bMidX) / 2 + 4, my - 4] };
}

interface LegendItem {
  kind: "category" | "edges" | "rework";
  text: string;
  x: number;
  y: number;
  category?: "VA" | "NNVA" | "NVA";
}

function layoutLegend(width: number): { items: LegendItem[]; height: number } {
  const raw: Omit<LegendItem, "x" | "y">[] = [
    { kind: "category", text: `VA – ${CATEGORY_SHORT_SV.VA}`, category: "VA" },
    { kind: "category", text: `NNVA – ${CATEGORY_SHORT_SV.NNVA}`, category: "NNVA" },
    { kind: "category", text: `NVA – ${CATEGORY_SHORT_SV.NVA}`, category: "NVA" },
    { kind: "edges", text: T.processMapEdgeLegend },
    { kind: "rework", text: T.processMapReworkLegend },
  ];
  const maxW = Math.max(120, width - 2 * MARGIN);
  let x = 0;
  let y = 0;
  const items = raw.map((it) => {
    const w = (it.kind === "category" ? 18 : it.kind === "edges" ? 74 : 40) + estimateTextWidth(it.text, 10) + 18;
    if (x > 0 && x + w > maxW) {
      x = 0;
      y += 20;
    }
    const placed = { ...it, x, y };
    x += w;
    return placed;
  });
  return { items, height: y + 16 };
}

function drawLegend(
  g: SvgParent,
  items: LegendItem[],
  statLabel: string,
  maxWait: number,
  widthOf: (ms: number) => number,
  colorOf: (ms: number) => string,
): void {
  g.append("title").text(`Teckenförklaring; linjernas bredd visar ${statLabel} väntan, upp till ${formatDuration(maxWait)}`);
  for (const it of items) {
    const item = g.append("g").attr("transform", `translate(${r2(it.x)},${r2(it.y)})`);
    if (it.kind === "category" && it.category) {
      const c = CATEGORY_COLOR[it.category];
      item.append("rect").attr("width", 12).attr("height", 12).attr("rx", 2).attr("fill", c).attr("fill-opacity", 0.14).attr("stroke", c).attr("stroke-width", 2);
      item.append("text").attr("x", 18).attr("y", 10).attr("font-size", 10).text(it.text);
    } else if (it.kind === "edges") {
      item.append("line").attr("x1", 0).attr("x2", 28).attr("y1", 6).attr("y2", 6).attr("stroke", colorOf(0)).attr("stroke-width", r2(widthOf(0)));
      item.append("line").attr("x1", 36).attr("x2", 64).attr("y1", 6).attr("y2", 6).attr("stroke", colorOf(maxWait)).attr("stroke-width", r2(widthOf(maxWait)));
      item.append("text").attr("x", 74).attr("y", 10).attr("font-size", 10).text(it.text);
    } else {
      item.append("path").attr("d", "M0,2Q15,16 30,2").attr("fill", "none").attr("stroke", "currentColor").attr("stroke-opacity", 0.7).attr("stroke-width", 1.5).attr("stroke-dasharray", "6 4");
      item.append("text").attr("x", 40).attr("y", 10).attr("font-size", 10).text(it.text);
    }
  }
}
