// Process map: steps as boxes in process order, top to bottom, with the wait on every handoff edge.
// Uses @flodes/viz's processMap when it is there; otherwise this small d3 drawing of the same data.
import * as d3 from "d3";
import * as viz from "@flodes/viz";
import {formatDuration, CATEGORY_COLOR, WAIT_COLOR} from "@flodes/viz";

/**
 * @param {{steps: object[], handoffs: object[], order?: string[]}} data analysis parts of one process
 * @param {{width: number, stat?: "median"|"p85", minShare?: number}} options minShare: hide edges taken by
 *   fewer than this share of flows (default 0.05)
 */
export function processMap(data, {width, stat = "median", minShare = 0.05} = {}) {
  if (typeof viz.processMap === "function") return viz.processMap(data, {width, stat});
  const rank = new Map((data.order ?? []).map((id, i) => [id, i]));
  const steps = [...data.steps].sort((a, b) => (rank.get(a.step) ?? 1e9) - (rank.get(b.step) ?? 1e9));
  const flows = Math.max(1, ...steps.map((s) => s.flows));
  const index = new Map(steps.map((s, i) => [s.step, i]));
  const edges = data.handoffs
    .filter((h) => h.from !== null && index.has(h.from) && index.has(h.to) && h.n / flows >= minShare)
    .map((h) => ({...h, i: index.get(h.from), j: index.get(h.to)}));
  const rowH = 58;
  const boxW = Math.min(260, width * 0.42);
  const boxH = 34;
  const x0 = 8;
  const height = steps.length * rowH + 10;
  const maxN = d3.max(edges, (e) => e.n) ?? 1;
  const stroke = d3.scaleLinear([0, maxN], [1, 6]);
  const svg = d3.create("svg").attr("width", width).attr("height", height).attr("viewBox", [0, 0, width, height])
    .attr("role", "img").attr("aria-label", "Processkarta: steg i processordning med väntetid på varje överlämning")
    .style("font", "12px var(--sans-serif, sans-serif)");
  svg.append("defs").append("marker").attr("id", "pm-arrow").attr("viewBox", "0 0 10 10").attr("refX", 9).attr("refY", 5)
    .attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto-start-reverse")
    .append("path").attr("d", "M0,0L10,5L0,10z").attr("fill", "currentColor");
  const cy = (i) => 6 + i * rowH + boxH / 2;
  const statOf = (d) => d?.[stat] ?? null;
  for (const e of edges.sort((a, b) => a.n - b.n)) {
    const wait = formatDuration(statOf(e.waitMs));
    const g = svg.append("g").attr("opacity", 0.85);
    if (e.j === e.i + 1) {
      g.append("line").attr("x1", x0 + 24).attr("x2", x0 + 24).attr("y1", cy(e.i) + boxH / 2).attr("y2", cy(e.j) - boxH / 2 - 1)
        .attr("stroke", WAIT_COLOR).attr("stroke-width", stroke(e.n)).attr("marker-end", "url(#pm-arrow)");
      g.append("text").attr("x", x0 + 34).attr("y", (cy(e.i) + cy(e.j)) / 2 + 4).attr("fill", "currentColor")
        .text(`väntan ${wait} · ${e.n} flöden`);
    } else {
      const xa = x0 + boxW;
      const bend = Math.min(width - xa - 70, 40 + 22 * Math.abs(e.j - e.i));
      const y1 = cy(e.i), y2 = cy(e.j);
      g.append("path").attr("d", `M${xa},${y1} C${xa + bend},${y1} ${xa + bend},${y2} ${xa + 2},${y2}`)
        .attr("fill", "none").attr("stroke", e.j < e.i ? CATEGORY_COLOR.NVA : WAIT_COLOR).attr("stroke-width", stroke(e.n))
        .attr("stroke-dasharray", e.j < e.i ? "4 3" : null).attr("marker-end", "url(#pm-arrow)");
      g.append("text").attr("x", xa + bend * 0.75 + 4).attr("y", (y1 + y2) / 2 + 4).attr("fill", "currentColor")
        .text(`${wait} (${e.n})`);
    }
  }
  const node = svg.append("g").selectAll("g").data(steps).join("g").attr("transform", (d, i) => `translate(${x0},${cy(i) - boxH / 2})`);
  node.append("rect").attr("width", boxW).attr("height", boxH).attr("rx", 4)
    .attr("fill", "var(--theme-background, #fff)").attr("stroke", (d) => CATEGORY_COLOR[d.category]).attr("stroke-width", 2);
  node.append("rect").attr("width", 6).attr("height", boxH).attr("fill", (d) => CATEGORY_COLOR[d.category]);
  node.append("text").attr("x", 12).attr("y", boxH / 2 + 4).attr("fill", "currentColor")
    .text((d) => `${d.step} · ${formatDuration(statOf(d.durationMs))}`);
  node.append("title").text((d) => `${d.step} (${d.category}), ${d.flows} flöden, arbetstid ${stat === "p85" ? "p85" : "median"} ${formatDuration(statOf(d.durationMs))}`);
  return svg.node();
}
