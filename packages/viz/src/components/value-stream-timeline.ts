import { formatDuration, formatPercent } from "../format.js";
import { STAT_LABEL_SV, STAT_PLURAL_SV, CHART_TEXT_SV as T } from "../messages/charts.js";
import { type LadderRung, ladderOf, orderSteps } from "../shape/ladder.js";
import { CATEGORY_COLOR, CATEGORY_SHORT_SV, WAIT_COLOR } from "../theme.js";
import { resolveStat, type SummaryStat } from "../vega/spec-options.js";
import type { StepsAndHandoffs } from "./process-map.js";
import { type ComponentOptions, createSvgRoot, r2, wrapText } from "./svg.js";

/**
 * The figures of the value stream's summary box, per case of the flows shown (the page's data loader computes them
 * from the flows; each one left out is taken from the timeline's own sums and labelled so).
 */
export interface ValueStreamFigures {
  /** Ledtid: median lead time per case. */
  leadTimeMs?: number | null;
  /** Processtid: median staff time worked per case (Σ durations of its observations). */
  processTimeMs?: number | null;
  /** VA-tid: median value-adding time per case. */
  vaTimeMs?: number | null;
  /** Flödeseffektivitet: Σ VA ÷ Σ ledtid. */
  flowEfficiency?: number | null;
  /** Rullad %C&A: the product of the handoffs' shares complete and accurate along the process. */
  rolledPca?: number | null;
}

/** Options of {@link valueStreamTimeline}. */
export interface ValueStreamTimelineOptions extends ComponentOptions {
  /** Statistic per step and wait. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids. __Default value:__ the order of `data.steps`. */
  order?: readonly string[];
  /** Process name, appended to the default title. __Default value:__ none. */
  processName?: string;
  /**
   * Steps visited by fewer than this share of the cases are off the main path and left out of the timeline (the
   * process map shows them). __Default value:__ `0.5`
   */
  minShare?: number;
  /** The summary box's figures. __Default value:__ the timeline's own sums, labelled "summa av medianer". */
  figures?: ValueStreamFigures;
}

const MARGIN = 12;
const TITLE_H = 26;
const NAME_FONT = 11;
const LINE_H = 13;
const MIN_SLOT = 76;
const MAX_SLOT = 150;
const BOX_LINES = 3;
const BOX_H = BOX_LINES * LINE_H + 22;
const LABEL_H = 16;
const RISE = 26;
const LINE_W = 5;
const SUMMARY_W = 236;
const ROW_H = BOX_H + 12 + LABEL_H + RISE + LABEL_H + 20;

type Slot = { kind: "step"; rung: LadderRung; share: number } | { kind: "wait"; rung: LadderRung; waitMs: number };

/**
 * The value-stream timeline in the tradition of Martin & Osterling (*Value Stream Mapping*, 2014): the main steps
 * as boxes in process order with their full names, and under them the timeline — waits between steps on the upper
 * line, labelled in days or hours, and the work in each step on the lower line, labelled in minutes and coloured
 * VA/NNVA/NVA — so minutes and days each get their own labels instead of one linear axis. A summary box gives
 * ledtid, processtid, VA-tid, flödeseffektivitet and rullad %C&A. Rows wrap when narrow; the summary box moves
 * below. Times are the chosen statistic per step (median by default); the summary box uses `figures` per case.
 * @example
 * // On a page: display(resize((width) => valueStreamTimeline(analysis, { width, processName: "Remiss till besked" })));
 * const svg = valueStreamTimeline(analysis, { width: 900, processName: "Remiss till besked" });
 * svg.getAttribute("class") // → "flodes-value-stream"
 */
export function valueStreamTimeline(data: StepsAndHandoffs, options: ValueStreamTimelineOptions): SVGSVGElement {
  const stat = resolveStat("valueStreamTimeline", options.stat);
  const minShare = options.minShare ?? 0.5;
  const ordered = orderSteps(data.steps, options.order);
  const main = ordered.filter((s) => s.shareOfFlows >= minShare);
  const left = ordered.length - main.length;
  const ladder = ladderOf(main, data.handoffs, { stat });
  const share = new Map(main.map((s) => [s.step, s.shareOfFlows]));
  const showTitle = options.showTitle ?? true;
  const slots: Slot[] = ladder.rungs.flatMap((rung): Slot[] => {
    const step: Slot = { kind: "step", rung, share: share.get(rung.step) ?? 1 };
    return rung.waitBeforeMs === null ? [step] : [{ kind: "wait", rung, waitMs: rung.waitBeforeMs }, step];
  });

  const innerW = Math.max(MIN_SLOT * 2, options.width - 2 * MARGIN);
  const summaryBeside = innerW - SUMMARY_W - 16 >= MIN_SLOT * Math.min(slots.length, 6);
  const lineW = summaryBeside ? innerW - SUMMARY_W - 16 : innerW;
  const fit = Math.max(2, Math.floor(lineW / MIN_SLOT));
  const rows = Math.max(1, Math.ceil(slots.length / fit));
  const perRow = Math.max(1, Math.ceil(slots.length / rows));
  const slotW = Math.min(MAX_SLOT, lineW / perRow);
  const title = options.title ?? (options.processName ? `${T.vsTitle}: ${options.processName}` : T.vsTitle);
  const titleLines = showTitle ? wrapText(title, innerW / 1.1, 14, 2) : [];
  const top = MARGIN + titleLines.length * 18 + (showTitle ? TITLE_H - 18 : 0);

  const sumOf = `${T.sumOfStats} ${STAT_PLURAL_SV[stat]}`;
  const f = options.figures ?? {};
  const fallback = (x: number | null | undefined, own: number | null) => (x === undefined ? { v: own, own: true } : { v: x, own: false });
  const lead = fallback(f.leadTimeMs, ladder.totalMs);
  const proc = fallback(f.processTimeMs, ladder.workMs);
  const va = fallback(f.vaTimeMs, ladder.vaMs);
  const eff = fallback(f.flowEfficiency, ladder.flowEfficiency);
  const summary: { label: string; value: string; note: string; strong?: boolean }[] = [
    { label: T.vsLeadTime, value: formatDuration(lead.v, "dagar"), note: lead.own ? sumOf : T.vsPerCaseMedian },
    { label: T.vsProcessTime, value: formatDuration(proc.v), note: proc.own ? sumOf : T.vsPerCaseMedian },
    { label: T.vsVaTime, value: formatDuration(va.v), note: va.own ? sumOf : T.vsPerCaseMedian },
    { label: T.flowEfficiency, value: formatPercent(eff.v), note: eff.own ? `VA ÷ ledtid, ${sumOf}` : "Σ VA ÷ Σ ledtid", strong: true },
    {
      label: T.vsRolledPca,
      value: f.rolledPca == null ? "–" : formatPercent(f.rolledPca, 0),
      note: f.rolledPca == null ? T.vsNoPca : T.vsPcaNote,
    },
  ];
  const summaryH = 12 + summary.length * 34;
  const lineRowsH = rows * ROW_H;
  const summaryTop = summaryBeside ? top : top + lineRowsH + 8;
  const noteTop = Math.max(top + lineRowsH, summaryBeside ? top + summaryH : summaryTop + summaryH) + 6;
  const noteLines = left > 0 ? wrapText(T.vsLeftOut(left, formatPercent(minShare, 0)), innerW / 1.1, 10, 3) : [];
  const contentHeight = noteTop + noteLines.length * 14 + MARGIN;

  const description =
    options.description ??
    `Värdeflödets tidslinje med ${ladder.rungs.length} huvudsteg. Övre linjen visar väntan mellan stegen, nedre linjen arbetet i varje steg (${STAT_LABEL_SV[stat]}). ` +
      ladder.rungs
        .map((r) => `${r.waitBeforeMs === null ? "" : `väntan ${formatDuration(r.waitBeforeMs)}, `}${r.step} ${formatDuration(r.workMs)}`)
        .join(", ") +
      `. ${summary.map((s) => `${s.label}: ${s.value}`).join(". ")}.`;

  const svg = createSvgRoot("valueStreamTimeline", options, contentHeight, title, description);
  svg.attr("class", "flodes-value-stream");
  if (showTitle) {
    const t = svg.append("text").attr("class", "title").attr("font-size", 14).attr("font-weight", "bold");
    titleLines.forEach((l, k) => {
      t.append("tspan")
        .attr("x", MARGIN)
        .attr("y", MARGIN + 14 + k * 18)
        .text(l);
    });
  }

  const body = svg.append("g").attr("class", "timeline");
  slots.forEach((slot, i) => {
    const row = Math.floor(i / perRow);
    const x = MARGIN + (i % perRow) * slotW;
    const rowTop = top + row * ROW_H;
    const yWait = rowTop + BOX_H + 12 + LABEL_H;
    const yWork = yWait + RISE;
    const cx = x + slotW / 2;
    if (i % perRow !== 0) {
      body
        .append("line")
        .attr("class", "riser")
        .attr("x1", r2(x))
        .attr("x2", r2(x))
        .attr("y1", yWait)
        .attr("y2", yWork)
        .attr("stroke", "currentColor")
        .attr("stroke-opacity", 0.55)
        .attr("stroke-width", 1.5);
    }
    if (slot.kind === "step") {
      const s = slot.rung;
      const color = CATEGORY_COLOR[s.category];
      const g = body.append("g").attr("class", "step").attr("data-step", s.step).attr("data-work-ms", r2(s.workMs));
      g.append("title").text(
        `${s.step} (${CATEGORY_SHORT_SV[s.category]}): ${STAT_LABEL_SV[stat]} arbete ${formatDuration(s.workMs)}, ${formatPercent(slot.share, 0)} av ärendena`,
      );
      g.append("rect")
        .attr("x", r2(x + 3))
        .attr("y", rowTop)
        .attr("width", r2(slotW - 6))
        .attr("height", BOX_H)
        .attr("rx", 3)
        .attr("fill", color)
        .attr("fill-opacity", 0.13)
        .attr("stroke", color)
        .attr("stroke-width", 1.5);
      const lines = wrapText(s.step, slotW - 12, NAME_FONT, BOX_LINES);
      const name = g
        .append("text")
        .attr("class", "step-name")
        .attr("text-anchor", "middle")
        .attr("font-weight", "bold")
        .attr("font-size", NAME_FONT);
      lines.forEach((l, k) => {
        name
          .append("tspan")
          .attr("x", r2(cx))
          .attr("y", rowTop + 14 + k * LINE_H)
          .text(l);
      });
      const sub = slot.share < 0.95 ? `${s.category} · ${formatPercent(slot.share, 0)}` : s.category;
      g.append("text")
        .attr("x", r2(cx))
        .attr("y", rowTop + BOX_H - 6)
        .attr("text-anchor", "middle")
        .attr("font-size", 9.5)
        .attr("fill-opacity", 0.8)
        .text(sub);
      g.append("line")
        .attr("class", "work-line")
        .attr("x1", r2(x))
        .attr("x2", r2(x + slotW))
        .attr("y1", yWork)
        .attr("y2", yWork)
        .attr("stroke", color)
        .attr("stroke-width", LINE_W);
      g.append("text")
        .attr("class", "duration work")
        .attr("x", r2(cx))
        .attr("y", yWork + LABEL_H)
        .attr("text-anchor", "middle")
        .text(formatDuration(s.workMs));
    } else {
      const g = body.append("g").attr("class", "wait").attr("data-to", slot.rung.step).attr("data-wait-ms", r2(slot.waitMs));
      g.append("title").text(`${T.waitBefore} ${slot.rung.step}: ${formatDuration(slot.waitMs)}`);
      g.append("line")
        .attr("class", "wait-line")
        .attr("x1", r2(x))
        .attr("x2", r2(x + slotW))
        .attr("y1", yWait)
        .attr("y2", yWait)
        .attr("stroke", WAIT_COLOR)
        .attr("stroke-width", LINE_W);
      g.append("text")
        .attr("class", "duration wait")
        .attr("x", r2(cx))
        .attr("y", yWait - 7)
        .attr("text-anchor", "middle")
        .attr("font-weight", "bold")
        .text(formatDuration(slot.waitMs));
    }
  });

  const sx = summaryBeside ? MARGIN + innerW - SUMMARY_W : MARGIN;
  const sw = summaryBeside ? SUMMARY_W : Math.min(innerW, 360);
  const box = svg
    .append("g")
    .attr("class", "summary")
    .attr("transform", `translate(${r2(sx)},${r2(summaryTop)})`);
  box
    .append("rect")
    .attr("width", r2(sw))
    .attr("height", summaryH)
    .attr("rx", 4)
    .attr("fill", "none")
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.45);
  summary.forEach((it, k) => {
    const y = 24 + k * 34;
    box.append("text").attr("x", 10).attr("y", y).attr("font-size", 11).attr("fill-opacity", 0.85).text(it.label);
    box
      .append("text")
      .attr("class", "summary-value")
      .attr("x", r2(sw - 10))
      .attr("y", y)
      .attr("text-anchor", "end")
      .attr("font-size", 13)
      .attr("font-weight", "bold")
      .text(it.value);
    box
      .append("text")
      .attr("x", 10)
      .attr("y", y + 13)
      .attr("font-size", 9.5)
      .attr("fill-opacity", 0.7)
      .text(it.note);
  });
  if (noteLines.length) {
    const t = svg.append("text").attr("class", "note").attr("font-size", 10).attr("fill-opacity", 0.75);
    noteLines.forEach((l, k) => {
      t.append("tspan")
        .attr("x", MARGIN)
        .attr("y", r2(noteTop + 12 + k * 14))
        .text(l);
    });
  }
  return svg.node() as SVGSVGElement;
}
