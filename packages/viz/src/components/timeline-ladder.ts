import { formatDuration, formatPercent } from "../format.js";
import { CHART_TEXT_SV as T, STAT_LABEL_SV, STAT_PLURAL_SV } from "../messages/charts.js";
import { ladderOf, type LadderRung } from "../shape/ladder.js";
import { CATEGORY_COLOR, CATEGORY_SHORT_SV, WAIT_COLOR } from "../theme.js";
import { resolveStat, type SummaryStat } from "../vega/spec-options.js";
import type { StepsAndHandoffs } from "./process-map.js";
import { createSvgRoot, estimateTextWidth, fitText, r2, type ComponentOptions } from "./svg.js";

/** Options of {@link timelineLadder}. */
export interface TimelineLadderOptions extends ComponentOptions {
  /** Statistic per step and wait. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids. __Default value:__ the order of `data.steps`. */
  order?: readonly string[];
  /** Process name, appended to the default title. __Default value:__ none. */
  processName?: string;
}

const MARGIN = 12;
const TITLE_H = 26;
const MIN_SLOT = 76;
const MAX_SLOT = 150;
const BOX_H = 34;
const LABEL_H = 18;
const RISE = 30;
const ROW_H = BOX_H + LABEL_H + RISE + 16 + 24;
const LINE_W = 5;

type Slot = { kind: "step"; rung: LadderRung } | { kind: "wait"; rung: LadderRung; waitMs: number };

/**
 * The classic value-stream-map timeline as SVG, for print: equal-width slots alternating between steps (work time
 * on the upper line, coloured VA/NNVA/NVA, with the step in a box above) and the waits between them (lower line),
 * wrapping into rows when narrow, with totals and the ladder's flow efficiency underneath. Times are the chosen
 * statistic per step (median by default), so the total is a "sum of medians", labelled as such.
 * @example
 * display(resize((width) => timelineLadder(analysis, { width, processName: "Remiss till besked" })));
 */
export function timelineLadder(data: StepsAndHandoffs, options: TimelineLadderOptions): SVGSVGElement {
  const stat = resolveStat("timelineLadder", options.stat);
  const ladder = ladderOf(data.steps, data.handoffs, { stat, order: options.order });
  const showTitle = options.showTitle ?? true;
  const slots: Slot[] = ladder.rungs.flatMap((rung): Slot[] =>
    rung.waitBeforeMs === null ? [{ kind: "step", rung }] : [{ kind: "wait", rung, waitMs: rung.waitBeforeMs }, { kind: "step", rung }],
  );
  const innerW = Math.max(MIN_SLOT, options.width - 2 * MARGIN);
  const fit = Math.max(2, Math.floor(innerW / MIN_SLOT));
  const rows = Math.max(1, Math.ceil(slots.length / fit));
  // Balance the rows (9 slots in 2 rows → 5 + 4, not 8 + 1).
  const perRow = Math.max(1, Math.ceil(slots.length / rows));
  const slotW = Math.min(MAX_SLOT, innerW / Math.max(1, Math.min(fit, slots.length)));
  const top = MARGIN + (showTitle ? TITLE_H : 0);

  const sumOf = `${T.sumOfStats} ${STAT_PLURAL_SV[stat]}`;
  const summaryItems = [
    `${T.leadTime} (${sumOf}): ${formatDuration(ladder.totalMs)}`,
    `${T.processTime}: ${formatDuration(ladder.workMs)}`,
    `Värdeskapande tid: ${formatDuration(ladder.vaMs)}`,
    `${T.waitTotal}: ${formatDuration(ladder.waitMs)}`,
    `${T.flowEfficiency}: ${formatPercent(ladder.flowEfficiency)}`,
  ];
  const summaryTop = top + rows * ROW_H + 4;
  const summaryLayout = flowText(summaryItems, innerW);
  const contentHeight = summaryTop + summaryLayout.height + MARGIN;

  const title = options.title ?? (options.processName ? `${T.timelineLadderTitle}: ${options.processName}` : T.timelineLadderTitle);
  const description =
    options.description ??
    `Tidslinje (värdeflödeskarta) med ${ladder.rungs.length} steg. Övre linjen visar arbetstid i varje steg, nedre linjen ` +
      `väntan mellan stegen (${STAT_LABEL_SV[stat]}). ` +
      ladder.rungs.map((r) => (r.waitBeforeMs === null ? "" : `väntan ${formatDuration(r.waitBeforeMs)}, `) + `${r.step} ${formatDuration(r.workMs)}`).join(", ") +
      `. ${summaryItems.join(". ")}.`;

  const svg = createSvgRoot("timelineLadder", options, contentHeight, title, description);
  svg.attr("class", "flodes-timeline-ladder");
  if (showTitle) svg.append("text").attr("x", MARGIN).attr("y", MARGIN + 14).attr("font-size", 14).attr("font-weight", "bold").text(title);

  const body = svg.append("g").attr("class", "ladder");
  slots.forEach((slot, i) => {
    const row = Math.floor(i / perRow);
    const x = MARGIN + (i % perRow) * slotW;
    const rowTop = top + row * ROW_H;
    const yHi = rowTop + BOX_H + LABEL_H;
    const yLo = yHi + RISE;
    const cx = x + slotW / 2;
    const prev = slots[i - 1];
    if (i % perRow !== 0 && prev) {
      body.append("line").attr("class", "riser").attr("x1", r2(x)).attr("x2", r2(x)).attr("y1", yHi).attr("y2", yLo)
        .attr("stroke", "currentColor").attr("stroke-opacity", 0.6).attr("stroke-width", 1.5);
    }
    if (slot.kind === "step") {
      const s = slot.rung;
      const color = CATEGORY_COLOR[s.category];
      const g = body.append("g").attr("class", "step").attr("data-step", s.step).attr("data-work-ms", r2(s.workMs));
      g.append("title").text(`${s.step} (${CATEGORY_SHORT_SV[s.category]}): ${formatDuration(s.workMs)}`);
      g.append("rect").attr("x", r2(x + 4)).attr("y", rowTop).attr("width", r2(slotW - 8)).attr("height", BOX_H).attr("rx", 3)
        .attr("fill", color).attr("fill-opacity", 0.14).attr("stroke", color).attr("stroke-width", 1.5);
      g.append("text").attr("x", r2(cx)).attr("y", rowTop + 14).attr("text-anchor", "middle").attr("font-weight", "bold").text(fitText(s.step, slotW - 22));
      g.append("text").attr("x", r2(cx)).attr("y", rowTop + 28).attr("text-anchor", "middle").attr("font-size", 9).text(s.category);
      g.append("line").attr("x1", r2(x)).attr("x2", r2(x + slotW)).attr("y1", yHi).attr("y2", yHi).attr("stroke", color).attr("stroke-width", LINE_W);
      g.append("text").attr("class", "duration").attr("x", r2(cx)).attr("y", yHi - 6).attr("text-anchor", "middle").text(formatDuration(s.workMs));
    } else {
      const g = body.append("g").attr("class", "wait").attr("data-to", slot.rung.step).attr("data-wait-ms", r2(slot.waitMs));
      g.append("title").text(`${T.waitBefore} ${slot.rung.step}: ${formatDuration(slot.waitMs)}`);
      g.append("line").attr("x1", r2(x)).attr("x2", r2(x + slotW)).attr("y1", yLo).attr("y2", yLo).attr("stroke", WAIT_COLOR).attr("stroke-width", LINE_W);
      g.append("text").attr("class", "duration").attr("x", r2(cx)).attr("y", yLo + 16).attr("text-anchor", "middle").text(formatDuration(slot.waitMs));
    }
  });

  const summary = svg.append("g").attr("class", "summary").attr("transform", `translate(${MARGIN},${r2(summaryTop)})`);
  summary.append("line").attr("x1", 0).attr("x2", r2(innerW)).attr("y1", 0).attr("y2", 0).attr("stroke", "currentColor").attr("stroke-opacity", 0.3);
  for (const it of summaryLayout.items) {
    summary.append("text").attr("x", r2(it.x)).attr("y", it.y + 16).attr("font-weight", it.text.startsWith(T.flowEfficiency) ? "bold" : null).text(it.text);
  }
  return svg.node() as SVGSVGElement;
}

/** Places short text items left to right, wrapping to a new line when the width is used up. */
function flowText(texts: readonly string[], maxW: number): { items: { text: string; x: number; y: number }[]; height: number } {
  let x = 0;
  let y = 0;
  const items = texts.map((text) => {
    const w = estimateTextWidth(text) + 20;
    if (x > 0 && x + w > maxW) {
      x = 0;
      y += 18;
    }
    const placed = { text, x, y };
    x += w;
    return placed;
  });
  return { items, height: y + 24 };
}
