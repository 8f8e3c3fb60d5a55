import dagre from "@dagrejs/dagre";
import type { Analysis, HandoffSummary } from "@flodes/core";
import { curveBasis, line, scaleLinear, scaleSqrt } from "d3";
import { formatDuration, formatNumber, formatPercent } from "../format.js";
import { CHART_ERRORS, chartError, STAT_LABEL_SV, CHART_TEXT_SV as T } from "../messages/charts.js";
import { orderSteps } from "../shape/ladder.js";
import { statOf } from "../stats/quantile.js";
import { CATEGORY_COLOR, CATEGORY_SHORT_SV, INHERITED_WAIT_COLOR, WAIT_COLOR } from "../theme.js";
import { resolveStat, type SummaryStat } from "../vega/spec-options.js";
import { arrowHeadPath, type ComponentOptions, createSvgRoot, estimateTextWidth, fitText, r2, type SvgParent, wrapText } from "./svg.js";

/** What the map emphasises: how many cases take each handoff, or how long they wait there (as in Disco). */
export type ProcessMapMode = "frequency" | "performance";

/** Options of {@link processMap}. */
export interface ProcessMapOptions extends ComponentOptions {
  /**
   * `"frequency"`: edge width and the bold label show the number of cases; `"performance"`: the wait. Both numbers
   * are on every edge either way. __Default value:__ `"frequency"`
   */
  mode?: ProcessMapMode;
  /** Statistic of waits and durations. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids (top → bottom where the handoffs allow). __Default value:__ the order of `data.steps`. */
  order?: readonly string[];
  /**
   * Handoffs taken by fewer than this share of the cases are left out (their number is said in the legend), so
   * rare detours do not hide the main flow. __Default value:__ `0.05`
   */
  minShare?: number;
}

/** Input of {@link processMap} and `valueStreamTimeline`: an `Analysis` works as is. */
export type StepsAndHandoffs = Pick<Analysis, "steps" | "handoffs">;

const NODE_W = 196;
const NAME_FONT = 12;
const SUB_FONT = 10;
const LABEL_FONT = 10.5;
const LINE_H = 14;
const NODE_PAD = 7;
const MARGIN = 12;
const MIN_STROKE = 1.5;
const MAX_STROKE = 9;
const LABEL_PAD = 4;
const MIN_SCALE = 0.75;
/** Width estimates use a wider factor than `estimateTextWidth`'s average, so real fonts never overflow a box. */
const textW = (text: string, font: number) => estimateTextWidth(text, font) * 1.12;

interface EdgeDatum {
  h: HandoffSummary;
  from: string;
  to: string;
  back: boolean;
  waitMs: number;
  labelLines: [string, string];
  labelW: number;
  labelH: number;
}

/**
 * Process map in the manner of Disco: steps as boxes laid out in layers by a maintained layout library
 * (`@dagrejs/dagre`, top to bottom), full step names wrapped in the box, one edge per handoff with **the number of
 * cases and the median wait** as a label placed by the layout so labels never overlap each other or a box; a
 * frequency/performance mode sets which of the two the edge width and the bold label show. Rework (a return to an
 * earlier or the same step) is a dashed arc in the NVA colour, routed by the layout next to the steps it joins.
 * Handoffs from `null` (flow start) are not drawn; rare handoffs (`minShare`) are left out and counted. Boxes take
 * the category colours and edges the wait colour of the palette. Wider than `width`, the drawing scales down.
 * @example
 * // On a page: display(resize((width) => processMap(analysis, { width, mode: "performance" })));
 * const svg = processMap(analysis, { width: 900, mode: "performance" });
 * svg.getAttribute("class") // → "flodes-process-map mode-performance"
 * svg.querySelectorAll("g.node").length === analysis.steps.length // → true — one box per step
 */
export function processMap(data: StepsAndHandoffs, options: ProcessMapOptions): SVGSVGElement {
  if (!(options.width > 0) || !Number.isFinite(options.width)) throw chartError(CHART_ERRORS.badWidth("processMap", options.width));
  const stat = resolveStat("processMap", options.stat);
  const mode: ProcessMapMode = options.mode === "performance" ? "performance" : "frequency";
  const statLabel = STAT_LABEL_SV[stat];
  const steps = orderSteps(data.steps, options.order);
  const known = new Set(steps.map((s) => s.step));
  const rank = new Map(steps.map((s, i) => [s.step, i]));
  const flows = Math.max(1, ...steps.map((s) => s.flows));
  const minShare = options.minShare ?? 0.05;
  const showTitle = options.showTitle ?? true;

  const all = data.handoffs.filter((h) => h.from !== null && known.has(h.from) && known.has(h.to));
  const shown = all.filter((h) => h.n / flows >= minShare);
  const hidden = all.length - shown.length;
  const edges: EdgeDatum[] = shown.map((h) => {
    const waitMs = statOf(h.waitMs, stat) ?? 0;
    const count = `${formatNumber(h.n, 0)} ärenden`;
    const wait = `${statLabel} ${formatDuration(waitMs)}`;
    const labelLines: [string, string] = mode === "frequency" ? [count, wait] : [formatDuration(waitMs), count];
    const labelW = Math.max(textW(labelLines[0], LABEL_FONT + 0.5), textW(labelLines[1], LABEL_FONT)) + 2 * LABEL_PAD;
    return {
      h,
      from: h.from as string,
      to: h.to,
      back: (rank.get(h.to) ?? 0) <= (rank.get(h.from as string) ?? 0),
      waitMs,
      labelLines,
      labelW,
      labelH: 2 * LINE_H + 2,
    };
  });

  // Layout: dagre, top to bottom. Forward handoffs pull steps into process order; rework edges weigh nothing, so
  // they never reorder the main flow and dagre routes them beside the steps they join.
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 28, edgesep: 14, ranksep: 20, marginx: 0, marginy: 0, ranker: "network-simplex" });
  g.setDefaultEdgeLabel(() => ({}));
  const boxes = new Map<string, { lines: string[]; h: number }>();
  for (const s of steps) {
    const lines = wrapText(s.step, (NODE_W - 2 * NODE_PAD - 6) / 1.12, NAME_FONT, 3);
    const h = NODE_PAD * 2 + lines.length * LINE_H + LINE_H + 2;
    boxes.set(s.step, { lines, h });
    g.setNode(s.step, { width: NODE_W, height: h });
  }
  edges.forEach((e, i) => {
    g.setEdge(
      e.from,
      e.to,
      { width: e.labelW, height: e.labelH, labelpos: "c", minlen: 1, weight: e.back ? 0 : 1 + e.h.n / flows },
      `e${i}`,
    );
  });
  dagre.layout(g);

  const graph = g.graph();
  const innerW = graph.width ?? NODE_W;
  const innerH = graph.height ?? 0;
  const top = MARGIN + (showTitle ? 24 : 0);
  const legend = layoutLegend(Math.max(innerW, options.width - 2 * MARGIN), mode, hidden, minShare);
  const drawW = innerW + 2 * MARGIN;
  const contentW = Math.max(drawW, options.width);
  const contentH = top + innerH + 16 + legend.height + MARGIN;
  const offsetX = MARGIN + (contentW - drawW) / 2;

  const title = options.title ?? T.processMapTitle;
  const back = edges.filter((e) => e.back).length;
  const description =
    options.description ??
    `Processkarta med ${steps.length} steg och ${edges.length} överlämningar (${back} återgångar, omarbete)` +
      `${hidden > 0 ? `; ${hidden} sällsynta överlämningar (färre än ${formatPercent(minShare, 0)} av ärendena) visas inte` : ""}. ` +
      `Varje överlämning visar antal ärenden och ${statLabel} väntan. ` +
      [...edges]
        .sort((a, b) => b.h.n - a.h.n)
        .slice(0, 3)
        .map((e) => `${e.from} → ${e.to}: ${formatNumber(e.h.n, 0)} ärenden, ${formatDuration(e.waitMs)}`)
        .join("; ") +
      (edges.length > 0 ? "." : "");

  // Scale down to the width the page has (the viewBox keeps the layout, so nothing overlaps), but never below
  // MIN_SCALE: on a phone the card scrolls sideways instead of shrinking the names past reading.
  const svg = createSvgRoot("processMap", { ...options, width: contentW }, contentH, title, description);
  const scale = Math.max(MIN_SCALE, Math.min(1, options.width / contentW));
  svg
    .attr("width", r2(contentW * scale))
    .attr("height", r2((options.height ?? contentH) * scale))
    .attr("class", `flodes-process-map mode-${mode}`);
  if (contentW * scale > options.width) svg.style("max-width", "none");
  if (showTitle)
    svg
      .append("text")
      .attr("x", MARGIN)
      .attr("y", MARGIN + 12)
      .attr("font-size", 14)
      .attr("font-weight", "bold")
      .text(title);
  const body = svg.append("g").attr("transform", `translate(${r2(offsetX)},${top})`);

  const maxN = Math.max(1, ...edges.map((e) => e.h.n));
  const maxWait = Math.max(1, ...edges.map((e) => e.waitMs));
  const byCount = scaleSqrt().domain([0, maxN]).range([MIN_STROKE, MAX_STROKE]).clamp(true);
  const byWait = scaleLinear().domain([0, maxWait]).range([MIN_STROKE, MAX_STROKE]).clamp(true);
  const shade = scaleLinear<string>().domain([0, maxWait]).range([WAIT_COLOR, INHERITED_WAIT_COLOR]).clamp(true);
  const widthOf = (e: EdgeDatum) => (mode === "frequency" ? byCount(e.h.n) : byWait(e.waitMs));
  const colorOf = (e: EdgeDatum) => (e.back ? CATEGORY_COLOR.NVA : mode === "performance" ? shade(e.waitMs) : WAIT_COLOR);
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveBasis);

  const edgeLayer = body.append("g").attr("class", "edges");
  const labelLayer = body.append("g").attr("class", "edge-labels");
  // Thin edges first, so wide ones stay on top.
  const order = edges.map((e, i) => ({ e, i })).sort((a, b) => widthOf(a.e) - widthOf(b.e));
  for (const { e, i } of order) {
    const lab = g.edge({ v: e.from, w: e.to, name: `e${i}` });
    let pts = (lab.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y }));
    if (e.from === e.to) {
      // A step repeated right after itself: a small loop on the box's right side, next to its label.
      const n = g.node(e.from);
      const right = (n.x ?? 0) + NODE_W / 2;
      const cy = n.y ?? 0;
      const reach = Math.max(18, Math.min(36, ((lab.x ?? right + 40) - e.labelW / 2 - right) * 0.8));
      pts = [
        { x: right, y: cy - 8 },
        { x: right + reach, y: cy - 14 },
        { x: right + reach, y: cy + 14 },
        { x: right + 1, y: cy + 8 },
      ];
    }
    if (pts.length < 2) continue;
    const sw = widthOf(e);
    const color = colorOf(e);
    const head = 5 + sw * 0.7;
    const tip = pts[pts.length - 1];
    const prev = pts[pts.length - 2];
    const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
    const inset = { x: tip.x - ((tip.x - prev.x) / len) * head * 0.8, y: tip.y - ((tip.y - prev.y) / len) * head * 0.8 };
    const eg = edgeLayer
      .append("g")
      .attr("class", e.back ? "edge rework" : "edge")
      .attr("data-from", e.from)
      .attr("data-to", e.to)
      .attr("data-n", e.h.n)
      .attr("data-wait-ms", r2(e.waitMs));
    eg.append("title").text(
      `${e.from} → ${e.to}: ${formatNumber(e.h.n, 0)} ärenden, ${statLabel} väntan ${formatDuration(e.waitMs)}${e.back ? " (återgång, omarbete)" : ""}`,
    );
    eg.append("path")
      .attr("d", path([...pts.slice(0, -1), inset]) ?? "")
      .attr("fill", "none")
      .attr("stroke", color)
      .attr("stroke-width", r2(sw))
      .attr("stroke-linecap", "round")
      .attr("stroke-dasharray", e.back ? `${r2(2 * sw + 3)} ${r2(sw + 3)}` : null);
    eg.append("path")
      .attr("d", arrowHeadPath(tip.x, tip.y, tip.x - prev.x, tip.y - prev.y, head))
      .attr("fill", color);
    if (lab.x === undefined || lab.y === undefined) continue;
    const lx = lab.x - e.labelW / 2;
    const ly = lab.y - e.labelH / 2;
    const lg = labelLayer
      .append("g")
      .attr("class", "edge-label")
      .attr("data-from", e.from)
      .attr("data-to", e.to)
      .attr("transform", `translate(${r2(lx)},${r2(ly)})`);
    lg.append("rect")
      .attr("width", r2(e.labelW))
      .attr("height", e.labelH)
      .attr("rx", 3)
      .attr("fill", "var(--theme-background, #ffffff)")
      .attr("fill-opacity", 0.9)
      .attr("stroke", e.back ? CATEGORY_COLOR.NVA : WAIT_COLOR)
      .attr("stroke-width", 0.75);
    lg.append("text")
      .attr("class", "edge-main")
      .attr("x", LABEL_PAD)
      .attr("y", LINE_H - 1)
      .attr("font-size", LABEL_FONT + 0.5)
      .attr("font-weight", "bold")
      .text(e.labelLines[0]);
    lg.append("text")
      .attr("class", "edge-sub")
      .attr("x", LABEL_PAD)
      .attr("y", 2 * LINE_H - 1)
      .attr("font-size", LABEL_FONT)
      .attr("fill-opacity", 0.85)
      .text(e.labelLines[1]);
  }

  const nodeLayer = body.append("g").attr("class", "nodes");
  for (const s of steps) {
    const n = g.node(s.step);
    const box = boxes.get(s.step)!;
    if (n.x === undefined || n.y === undefined) continue;
    const color = CATEGORY_COLOR[s.category];
    const ng = nodeLayer
      .append("g")
      .attr("class", "node")
      .attr("data-step", s.step)
      .attr("transform", `translate(${r2(n.x - NODE_W / 2)},${r2(n.y - box.h / 2)})`);
    const work = formatDuration(statOf(s.durationMs, stat));
    ng.append("title").text(
      `${s.step} (${CATEGORY_SHORT_SV[s.category]}): ${formatNumber(s.flows, 0)} ärenden (${formatPercent(s.shareOfFlows, 0)}), ${statLabel} arbete ${work}`,
    );
    ng.append("rect")
      .attr("width", NODE_W)
      .attr("height", r2(box.h))
      .attr("rx", 5)
      .attr("fill", color)
      .attr("fill-opacity", 0.13)
      .attr("stroke", color)
      .attr("stroke-width", 2);
    ng.append("rect").attr("width", 5).attr("height", r2(box.h)).attr("rx", 2).attr("fill", color);
    const name = ng.append("text").attr("class", "node-name").attr("font-size", NAME_FONT).attr("font-weight", "bold");
    box.lines.forEach((l, k) => {
      name
        .append("tspan")
        .attr("x", NODE_PAD + 4)
        .attr("y", NODE_PAD + (k + 1) * LINE_H - 3)
        .text(l);
    });
    const sub =
      mode === "frequency"
        ? `${formatNumber(s.flows, 0)} ärenden · ${s.category} · ${work}`
        : `${s.category} · ${work} · ${formatNumber(s.flows, 0)} ärenden`;
    ng.append("text")
      .attr("class", "node-sub")
      .attr("x", NODE_PAD + 4)
      .attr("y", r2(box.h - NODE_PAD - 1))
      .attr("font-size", SUB_FONT)
      .text(fitText(sub, NODE_W - 2 * NODE_PAD - 8, SUB_FONT));
  }

  drawLegend(
    svg
      .append("g")
      .attr("class", "legend")
      .attr("transform", `translate(${MARGIN},${r2(top + innerH + 16)})`),
    legend.items,
    mode,
    statLabel,
  );
  return svg.node() as SVGSVGElement;
}

interface LegendItem {
  kind: "category" | "edge" | "rework" | "note";
  text: string;
  x: number;
  y: number;
  category?: "VA" | "NNVA" | "NVA";
}

function layoutLegend(width: number, mode: ProcessMapMode, hidden: number, minShare: number): { items: LegendItem[]; height: number } {
  const raw: Omit<LegendItem, "x" | "y">[] = [
    { kind: "category", text: `VA – ${CATEGORY_SHORT_SV.VA}`, category: "VA" },
    { kind: "category", text: `NNVA – ${CATEGORY_SHORT_SV.NNVA}`, category: "NNVA" },
    { kind: "category", text: `NVA – ${CATEGORY_SHORT_SV.NVA}`, category: "NVA" },
    { kind: "edge", text: mode === "frequency" ? T.processMapEdgeFrequency : T.processMapEdgePerformance },
    { kind: "rework", text: T.processMapReworkLegend },
  ];
  if (hidden > 0)
    raw.push({
      kind: "note",
      text: `${formatNumber(hidden, 0)} överlämningar som färre än ${formatPercent(minShare, 0)} av ärendena gör visas inte`,
    });
  let x = 0;
  let y = 0;
  const items = raw.map((it) => {
    const w = (it.kind === "category" ? 18 : it.kind === "note" ? 0 : 40) + textW(it.text, 10.5) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    const placed = { ...it, x, y };
    x += w;
    return placed;
  });
  return { items, height: y + 16 };
}

function drawLegend(g: SvgParent, items: LegendItem[], mode: ProcessMapMode, statLabel: string): void {
  g.append("title").text(`Teckenförklaring; linjens bredd visar ${mode === "frequency" ? "antal ärenden" : `${statLabel} väntan`}`);
  for (const it of items) {
    const item = g.append("g").attr("transform", `translate(${r2(it.x)},${r2(it.y)})`);
    if (it.kind === "category" && it.category) {
      const c = CATEGORY_COLOR[it.category];
      item
        .append("rect")
        .attr("width", 12)
        .attr("height", 12)
        .attr("rx", 2)
        .attr("fill", c)
        .attr("fill-opacity", 0.13)
        .attr("stroke", c)
        .attr("stroke-width", 2);
      item.append("text").attr("x", 18).attr("y", 10).attr("font-size", 10.5).text(it.text);
    } else if (it.kind === "edge") {
      item
        .append("line")
        .attr("x1", 0)
        .attr("x2", 14)
        .attr("y1", 6)
        .attr("y2", 6)
        .attr("stroke", WAIT_COLOR)
        .attr("stroke-width", MIN_STROKE);
      item
        .append("line")
        .attr("x1", 18)
        .attr("x2", 32)
        .attr("y1", 6)
        .attr("y2", 6)
        .attr("stroke", mode === "performance" ? INHERITED_WAIT_COLOR : WAIT_COLOR)
        .attr("stroke-width", 6);
      item.append("text").attr("x", 40).attr("y", 10).attr("font-size", 10.5).text(it.text);
    } else if (it.kind === "rework") {
      item
        .append("path")
        .attr("d", "M0,2Q15,16 30,2")
        .attr("fill", "none")
        .attr("stroke", CATEGORY_COLOR.NVA)
        .attr("stroke-width", 1.5)
        .attr("stroke-dasharray", "5 3");
      item.append("text").attr("x", 40).attr("y", 10).attr("font-size", 10.5).text(it.text);
    } else {
      item.append("text").attr("x", 0).attr("y", 10).attr("font-size", 10.5).attr("fill-opacity", 0.8).text(it.text);
    }
  }
}
