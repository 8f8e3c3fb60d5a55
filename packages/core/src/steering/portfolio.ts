import { type ComparisonResult, compareGroups } from "../improvement/compare.js";
import { flowIndexOf } from "../log/flow-index.js";
import { computeFlows } from "../metrics/kernel.js";
import type { EventLog } from "../model/event-log.js";
import { matchKey } from "../model/step-resolver.js";
import { flowProcessOf } from "./attribution.js";
import { type FlowWindow, type FreedCapacityOptions, type FreedCapacityResult, freedCapacity, localMidnightMs } from "./freed-capacity.js";
import {
  type EffectMeasure,
  type Estimate,
  type ExpectedEffect,
  IMPROVEMENT_STATUSES,
  type Improvement,
  type ImprovementEffort,
  type ImprovementPriority,
  type ImprovementStatus,
  type PlanGoal,
} from "./types.js";

/** How the realised effect compares with the expected one. */
export type EffectVerdict =
  | "som förväntat"
  | "bättre än förväntat"
  | "mindre än förväntat"
  | "motsatt effekt"
  | "ingen säker effekt"
  | "ej mätt";

/** The realised effect of an improvement on one measure, from the before/after analysis. */
export interface RealisedEffect {
  measure: EffectMeasure;
  /** `compareGroups` of the per-flow values before and after the start date (medians, bootstrap interval, Mann–Whitney). */
  comparison: ComparisonResult;
  /** Relative change of the median in per cent, (after − before) ÷ before × 100, with the interval scaled the same way; null when refused or the median before is 0. */
  changePct: Estimate | null;
}

/** One improvement with its red thread, expected and realised effect and freed capacity. */
export interface PortfolioItem {
  improvement: Improvement;
  /** The goals it serves, from its own goal up to the region plan goal (empty when it names none). */
  goalPath: { id: string; level: PlanGoal["level"]; title: string }[];
  expected: ExpectedEffect | null;
  realised: RealisedEffect | null;
  verdict: EffectVerdict;
  /** Freed staff time (null for improvements not yet started). */
  freed: FreedCapacityResult | null;
}

/** The improvements of one unit by status (ids in file order). */
export interface StatusBoardRow {
  unit: string;
  byStatus: Record<ImprovementStatus, string[]>;
  /** Improvements of the unit that ask for support. */
  supportRequests: number;
}

/** A unit's request for support with one improvement. */
export interface SupportRequest {
  unit: string;
  improvement: string;
  title: string;
  need: string;
  status: ImprovementStatus;
  priority: Improvement["priority"] | null;
}

/** Result of {@link improvementPortfolio}. */
export interface Portfolio {
  items: PortfolioItem[];
  board: StatusBoardRow[];
  supportRequests: SupportRequest[];
  /** Improvements per status over all units. */
  counts: Record<ImprovementStatus, number>;
}

/** Options of {@link improvementPortfolio}. */
export interface PortfolioOptions extends FreedCapacityOptions {
  /** The goal hierarchy, for each improvement's red thread. __Default:__ none. */
  goals?: readonly PlanGoal[];
  /** Measure the realised effect is shown on when the improvement states no expected effect. __Default:__ "leadTime". */
  defaultMeasure?: EffectMeasure;
}

const STARTED: ReadonlySet<ImprovementStatus> = new Set(["pågår", "klar", "uppföljd"]);

/**
 * The verdict on an improvement's effect: "ingen säker effekt" when the comparison claims no direction;
 * "motsatt effekt" when it moved the other way than expected; "som förväntat" when the expected change lies within the
 * realised interval; else "bättre än förväntat" or "mindre än förväntat" by the size of the realised change. Without
 * an expectation any clear change is "som förväntat" when it is an improvement (shorter times, higher flow
 * efficiency, lower NVA share) and "motsatt effekt" otherwise.
 *
 * @example
 * effectVerdict({ measure: "leadTime", changePct: -30 }, null) // → "ej mätt"
 */
export function effectVerdict(expected: ExpectedEffect | null, realised: RealisedEffect | null): EffectVerdict {
  if (!realised?.comparison.ok || realised.changePct === null) return "ej mätt";
  if (!realised.comparison.significant) return "ingen säker effekt";
  const r = realised.changePct;
  const better = realised.measure === "flowEfficiency" ? 1 : -1;
  const want = expected ? Math.sign(expected.changePct) : better;
  if (Math.sign(r.estimate) !== want) return "motsatt effekt";
  if (!expected) return "som förväntat";
  if (expected.changePct >= r.lower && expected.changePct <= r.upper) return "som förväntat";
  return Math.abs(r.estimate) > Math.abs(expected.changePct) ? "bättre än förväntat" : "mindre än förväntat";
}

/**
 * The improvement portfolio: every improvement with the goals it serves (its red thread up the goal hierarchy), its
 * expected effect against the realised one (the before/after comparison of its process at its start date, with
 * `compareGroups`), a verdict ({@link effectVerdict}), and its freed capacity ({@link freedCapacity}); a status
 * board per unit (idé → planerad → pågår → klar → uppföljd) and the units asking for support.
 *
 * Realised effect: per-flow lead time, wait, flow efficiency or NVA share of the process's flows, split by flow start
 * at the start date (local midnight) within the `before`/`after` windows; as a relative change of the median with
 * the bootstrap interval divided by the median before.
 *
 * @example
 * const p = improvementPortfolio(pilotLog, improvements, { goals: planGoals, staffing, context: contextFigures });
 * p.items.length === improvements.length // → true
 */
export function improvementPortfolio(log: EventLog, improvements: readonly Improvement[], options: PortfolioOptions = {}): Portfolio {
  const goalsById = new Map((options.goals ?? []).map((g) => [g.id, g]));
  const cols = computeFlows(log, { index: flowIndexOf(log) });
  const flowsOf = new Map<string, number[]>();
  for (let f = 0; f < log.flowIds.length; f++) {
    if (cols.observations[f] === 0) continue;
    const p = flowProcessOf(log, f);
    if (p === null) continue;
    const k = matchKey(p);
    const list = flowsOf.get(k);
    if (list) list.push(f);
    else flowsOf.set(k, [f]);
  }
  const value: Record<EffectMeasure, (f: number) => number | null> = {
    leadTime: (f) => cols.leadTimeMs[f]!,
    wait: (f) => cols.waitMs[f]!,
    flowEfficiency: (f) => (cols.leadTimeMs[f]! > 0 ? cols.vaMs[f]! / cols.leadTimeMs[f]! : null),
    nvaShare: (f) => (cols.leadTimeMs[f]! > 0 ? cols.nvaMs[f]! / cols.leadTimeMs[f]! : null),
  };
  const within = (ms: number, w: FlowWindow | undefined) => ms >= (w?.fromMs ?? -Infinity) && ms < (w?.toMs ?? Infinity);

  const items: PortfolioItem[] = improvements.map((imp) => {
    const goalPath: PortfolioItem["goalPath"] = [];
    const seen = new Set<string>();
    for (
      let g = imp.goal !== undefined ? goalsById.get(imp.goal) : undefined;
      g && !seen.has(g.id);
      g = g.parent !== undefined ? goalsById.get(g.parent) : undefined
    ) {
      seen.add(g.id);
      goalPath.push({ id: g.id, level: g.level, title: g.title });
    }
    const expected = imp.expectedEffect ?? null;
    let realised: RealisedEffect | null = null;
    const startMs = imp.from !== undefined ? localMidnightMs(imp.from, options.tz) : null;
    const flows = imp.process !== undefined ? flowsOf.get(matchKey(imp.process)) : undefined;
    if (STARTED.has(imp.status) && startMs !== null && flows) {
      const measure = expected?.measure ?? options.defaultMeasure ?? "leadTime";
      const before: (number | null)[] = [];
      const after: (number | null)[] = [];
      for (const f of flows) {
        const s = cols.startMs[f]!;
        if (s < startMs && within(s, options.before)) before.push(value[measure](f));
        else if (s >= startMs && within(s, options.after)) after.push(value[measure](f));
      }
      const comparison = compareGroups(before, after, {
        measure,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.minN !== undefined ? { minN: options.minN } : {}),
      });
      let changePct: Estimate | null = null;
      if (comparison.ok && comparison.before.median !== 0) {
        const k = 100 / comparison.before.median;
        changePct = { estimate: comparison.difference * k, lower: comparison.ci.lower * k, upper: comparison.ci.upper * k };
        if (k < 0) changePct = { estimate: changePct.estimate, lower: changePct.upper, upper: changePct.lower };
      }
      realised = { measure, comparison, changePct };
    }
    const freed = STARTED.has(imp.status) ? freedCapacity(log, imp, options) : null;
    return { improvement: imp, goalPath, expected, realised, verdict: effectVerdict(expected, realised), freed };
  });

  const emptyStatus = (): Record<ImprovementStatus, string[]> =>
    Object.fromEntries(IMPROVEMENT_STATUSES.map((s) => [s, [] as string[]])) as unknown as Record<ImprovementStatus, string[]>;
  const board: StatusBoardRow[] = [];
  for (const imp of improvements) {
    let row = board.find((r) => matchKey(r.unit) === matchKey(imp.unit));
    if (!row) board.push((row = { unit: imp.unit, byStatus: emptyStatus(), supportRequests: 0 }));
    row.byStatus[imp.status].push(imp.id);
    if (imp.supportNeed !== undefined) row.supportRequests++;
  }
  const rank = { hög: 0, medel: 1, låg: 2 } as const;
  const supportRequests: SupportRequest[] = improvements
    .filter((i) => i.supportNeed !== undefined)
    .map((i) => ({ unit: i.unit, improvement: i.id, title: i.title, need: i.supportNeed!, status: i.status, priority: i.priority ?? null }))
    .sort((a, b) => (a.priority === null ? 3 : rank[a.priority]) - (b.priority === null ? 3 : rank[b.priority]));
  const counts = Object.fromEntries(IMPROVEMENT_STATUSES.map((s) => [s, improvements.filter((i) => i.status === s).length])) as Record<
    ImprovementStatus,
    number
  >;
  return { items, board, supportRequests, counts };
}

/** One improvement as a flat row, for tables, CSV, reports and pages. */
export interface PortfolioRow {
  id: string;
  title: string;
  description: string | null;
  unit: string;
  process: string | null;
  from: string | null;
  status: ImprovementStatus;
  priority: ImprovementPriority | null;
  effort: ImprovementEffort | null;
  ownerRole: string | null;
  supportNeed: string | null;
  goal: string | null;
  /** Titles from the goal the improvement names up to the region plan goal. */
  goalPath: string[];
  /** The measure of the realised effect, else of the expected one. */
  measure: EffectMeasure | null;
  expectedPct: number | null;
  realisedPct: Estimate | null;
  verdict: EffectVerdict;
}

/**
 * The portfolio's improvements as flat rows (missing values as null).
 * @example
 * portfolioRows(improvementPortfolio(pilotLog, improvements, { goals: planGoals }))[0].goalPath.length // → 4 — from the improvement's goal up to the top of the hierarchy
 */
export function portfolioRows(portfolio: Pick<Portfolio, "items">): PortfolioRow[] {
  return portfolio.items.map(({ improvement: i, goalPath, expected, realised, verdict }) => ({
    id: i.id,
    title: i.title,
    description: i.description ?? null,
    unit: i.unit,
    process: i.process ?? null,
    from: i.from ?? null,
    status: i.status,
    priority: i.priority ?? null,
    effort: i.effort ?? null,
    ownerRole: i.ownerRole ?? null,
    supportNeed: i.supportNeed ?? null,
    goal: i.goal ?? null,
    goalPath: goalPath.map((g) => g.title),
    measure: realised?.measure ?? expected?.measure ?? null,
    expectedPct: expected?.changePct ?? null,
    realisedPct: realised?.changePct ?? null,
    verdict,
  }));
}
