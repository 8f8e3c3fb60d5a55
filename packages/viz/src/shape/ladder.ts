import type { Category, HandoffSummary, StepSummary } from "@flodes/core";
import { statOf } from "../stats/quantile.js";
import type { SummaryStat } from "../vega/spec-options.js";

/** One rung of a value-stream ladder: the wait before a step (between it and the previous one) and the step's work. */
export interface LadderRung {
  step: string;
  category: Category;
  /** Work time in the step (the chosen statistic of `durationMs`), 0 when unknown. */
  workMs: number;
  /** Wait between the previous step and this one; null for the first step (nothing to wait between). */
  waitBeforeMs: number | null;
  /** Where the wait came from: the `previous → step` handoff, or the step's overall wait-before when no such handoff exists. */
  waitSource: "handoff" | "step" | null;
}

/** A value-stream ladder: rungs in process order and their sums. */
export interface Ladder {
  rungs: LadderRung[];
  /** Σ work + Σ waits: a "sum of medians" lead time, not the median lead time. */
  totalMs: number;
  workMs: number;
  vaMs: number;
  waitMs: number;
  /** vaMs / totalMs, null when totalMs = 0. */
  flowEfficiency: number | null;
}

/** Options of {@link ladderOf}. */
export interface LadderOptions {
  /** Statistic of each step's duration and wait. __Default value:__ `"median"` */
  stat?: SummaryStat;
  /** Process order of step ids; steps not listed follow in input order. __Default value:__ input order of `steps`. */
  order?: readonly string[];
}

/**
 * Orders steps by process order and pairs each with the wait before it. The wait before step i is taken from
 * the handoff `step[i−1] → step[i]` (the main path of the process); when no flow made that exact handoff the
 * step's overall wait-before is used instead, and `waitSource` says which.
 * @example
 * const ladder = ladderOf(analysis.steps, analysis.handoffs, { stat: "median" });
 * ladder.flowEfficiency // e.g. 0.04
 */
export function ladderOf(steps: readonly StepSummary[], handoffs: readonly HandoffSummary[], options: LadderOptions = {}): Ladder {
  const stat = options.stat ?? "median";
  const ordered = orderSteps(steps, options.order);
  const rungs: LadderRung[] = ordered.map((s, i) => {
    const workMs = statOf(s.durationMs, stat) ?? 0;
    if (i === 0) return { step: s.step, category: s.category, workMs, waitBeforeMs: null, waitSource: null };
    const prev = ordered[i - 1].step;
    const h = handoffs.find((x) => x.from === prev && x.to === s.step);
    const fromHandoff = h ? statOf(h.waitMs, stat) : null;
    if (fromHandoff !== null) return { step: s.step, category: s.category, workMs, waitBeforeMs: fromHandoff, waitSource: "handoff" };
    return { step: s.step, category: s.category, workMs, waitBeforeMs: statOf(s.waitBeforeMs, stat) ?? 0, waitSource: "step" };
  });
  let workMs = 0;
  let vaMs = 0;
  let waitMs = 0;
  for (const r of rungs) {
    workMs += r.workMs;
    if (r.category === "VA") vaMs += r.workMs;
    waitMs += r.waitBeforeMs ?? 0;
  }
  const totalMs = workMs + waitMs;
  return { rungs, totalMs, workMs, vaMs, waitMs, flowEfficiency: totalMs > 0 ? vaMs / totalMs : null };
}

/**
 * Steps sorted by a process order: listed ids first in that order, the rest after in input order.
 * @example
 * orderSteps([{ step: "Besök" }, { step: "Remiss" }, { step: "Bedömning" }], ["Remiss", "Bedömning"]).map((s) => s.step) // → ["Remiss", "Bedömning", "Besök"]
 */
export function orderSteps<T extends { step: string }>(steps: readonly T[], order?: readonly string[]): T[] {
  if (!order) return [...steps];
  const rank = new Map(order.map((id, i) => [id, i]));
  return steps
    .map((s, i) => ({ s, i, r: rank.get(s.step) ?? order.length + i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}
