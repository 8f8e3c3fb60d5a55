import { costItems } from "../cost/cost-items.js";
import { GOAL_METRICS } from "../io/org-files.js";
import { flowIndexOf } from "../log/flow-index.js";
import { toObservations } from "../log/to-observations.js";
import { computeFlows } from "../metrics/kernel.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { EventLog } from "../model/event-log.js";
import type { Goal, GoalMetric, Unit } from "../model/org.js";
import type { Process } from "../model/process.js";
import { matchKey } from "../model/step-resolver.js";
import { evaluateGoal, type GoalEvaluation, type GoalStatus, goalMetricValue } from "../rollup/goals.js";
import { buildHierarchy } from "../rollup/hierarchy.js";
import { type RollupFlow, rollUp } from "../rollup/roll-up.js";
import { flowUnitOf } from "./attribution.js";
import { monthSpan, monthSpanOf, monthsFromTo } from "./months.js";
import { resourceEfficiency } from "./resource-efficiency.js";
import type { Improvement, ImprovementStatus, PlanGoal, StaffingRow } from "./types.js";

/** A time span [fromMs, toMs). */
export interface TimeSpan {
  fromMs: number;
  toMs: number;
}

/** The value of a measure for a unit (any level) over a period, or null when there are no data. */
export type GoalMeasureProvider = (unit: string, measure: string, period: TimeSpan) => number | null;

/** Statuses in the order they are counted and shown. */
export const GOAL_STATUSES: readonly GoalStatus[] = ["på väg", "risk", "ej på väg", "saknar data"];

/** One goal of the hierarchy, evaluated. */
export interface GoalTreeRow {
  goal: PlanGoal;
  depth: number;
  /** Ids from the top goal down to this goal. */
  path: string[];
  /** Baseline used: the file's, else the measure over the reference period; null when not measurable or no data. */
  baseline: number | null;
  /** Target used: the file's, else baseline × (1 + change ÷ 100). */
  target: number | null;
  current: number | null;
  /** The goal's own evaluation (measurable goals only). */
  own: Omit<GoalEvaluation, "goal"> | null;
  /** Status rolled up from the goals directly below ({@link rollStatus}); null for a goal with none. */
  rolled: { status: GoalStatus; progress: number | null; counts: Record<GoalStatus, number> } | null;
  /** The status shown: the goal's own when it is measurable, else the rolled one ("saknar data" when neither). */
  status: GoalStatus;
  /** Improvements that name this goal. */
  improvements: { id: string; title: string; unit: string; status: ImprovementStatus }[];
  /** Improvements serving this goal or any goal below it. */
  improvementsBelow: number;
}

/** Options of {@link goalTree}. */
export interface GoalTreeOptions {
  /** When the goals are evaluated (e.g. the end of the report month). */
  atMs: number;
  /** The period whose value is "current" for a goal's measure. */
  current: TimeSpan | ((measure: string) => TimeSpan);
  /** Zone of reference months. __Default:__ "Europe/Stockholm". */
  tz?: string;
  /** Improvements, to show which serve each goal. __Default:__ none. */
  improvements?: readonly Improvement[];
  /** Tolerance of `evaluateGoal`. __Default:__ 0.10. */
  tolerance?: number;
}

/**
 * The rolled-up status of a goal from the statuses of the goals directly below it: "saknar data" when none has data;
 * "på väg" when every child with data is on its way; "ej på väg" when at least half of the children with data are
 * not; else "risk". Progress = mean of the children's progress, each clamped to [0, 1].
 *
 * @example rollStatus([{ status: "på väg", progress: 1 }, { status: "risk", progress: 0.2 }]).status // → "risk"
 */
export function rollStatus(children: readonly { status: GoalStatus; progress: number | null }[]): {
  status: GoalStatus;
  progress: number | null;
  counts: Record<GoalStatus, number>;
} {
  const counts = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const c of children) counts[c.status]++;
  const withData = children.length - counts["saknar data"];
  const progresses = children.map((c) => c.progress).filter((p): p is number => p !== null);
  const progress = progresses.length ? progresses.reduce((s, p) => s + Math.min(1, Math.max(0, p)), 0) / progresses.length : null;
  let status: GoalStatus;
  if (withData === 0) status = "saknar data";
  else if (counts["på väg"] === withData) status = "på väg";
  else if (counts["ej på väg"] * 2 >= withData) status = "ej på väg";
  else status = "risk";
  return { status, progress, counts };
}

/**
 * Evaluates the goal hierarchy — region plan goals and focus areas, yearly milestones, unit goals — and rolls it up.
 * A measurable goal gets its own status with `evaluateGoal` (the målbild rule: progress from baseline to target against
 * the share of time passed); its baseline is the file's, else the measure over its reference period, and its target
 * the file's, else baseline × (1 + change ÷ 100) (a "−X % against the reference year" goal). Every goal with goals below
 * it also gets a rolled status ({@link rollStatus}); a goal without a measure shows the rolled one. Rows come in
 * depth-first order (top goals in file order), each with the improvements that serve it.
 *
 * @example
 * const rows = goalTree(goals, goalMeasureProvider(log, { units }), { atMs: Date.parse("2025-11-01T00:00:00+01:00"), current: monthSpan("2025-10") });
 * rows.map((r) => [r.goal.title, r.status]);
 */
export function goalTree(goals: readonly PlanGoal[], measureValue: GoalMeasureProvider, options: GoalTreeOptions): GoalTreeRow[] {
  const tz = options.tz ?? "Europe/Stockholm";
  const ids = new Set(goals.map((g) => g.id));
  const children = new Map<string, PlanGoal[]>();
  const tops: PlanGoal[] = [];
  for (const g of goals) {
    if (g.parent !== undefined && ids.has(g.parent) && g.parent !== g.id) {
      const list = children.get(g.parent);
      if (list) list.push(g);
      else children.set(g.parent, [g]);
    } else tops.push(g);
  }
  const serving = new Map<string, GoalTreeRow["improvements"]>();
  for (const i of options.improvements ?? []) {
    if (i.goal === undefined) continue;
    const list = serving.get(i.goal) ?? [];
    list.push({ id: i.id, title: i.title, unit: i.unit, status: i.status });
    serving.set(i.goal, list);
  }
  const periodOf = (measure: string): TimeSpan => (typeof options.current === "function" ? options.current(measure) : options.current);

  const rows: GoalTreeRow[] = [];
  const visiting = new Set<string>();
  const visit = (g: PlanGoal, depth: number, path: string[]): GoalTreeRow => {
    visiting.add(g.id);
    const row: GoalTreeRow = {
      goal: g,
      depth,
      path: [...path, g.id],
      baseline: null,
      target: null,
      current: null,
      own: null,
      rolled: null,
      status: "saknar data",
      improvements: serving.get(g.id) ?? [],
      improvementsBelow: 0,
    };
    rows.push(row);
    if (g.measure !== undefined && g.unit !== undefined && g.deadline !== undefined) {
      let baseline = g.baseline ?? null;
      if (baseline === null && g.reference) {
        baseline = measureValue(g.unit, g.measure, {
          fromMs: monthSpan(g.reference.fromMonth, tz).fromMs,
          toMs: monthSpan(g.reference.toMonth, tz).toMs,
        });
      }
      const target = g.target ?? (baseline !== null && g.changePct !== undefined ? baseline * (1 + g.changePct / 100) : null);
      row.baseline = baseline;
      row.target = target;
      row.current = measureValue(g.unit, g.measure, periodOf(g.measure));
      if (baseline !== null && target !== null) {
        const asGoal = {
          unit: g.unit,
          // evaluateGoal reads only the numbers and dates; the measure may be any flodes measure.
          metric: g.measure as GoalMetric,
          baseline,
          target,
          deadline: g.deadline,
          // As the målbild goals: the straight line to the target starts where the reference period starts.
          ...(g.reference ? { baselineDate: `${g.reference.fromMonth}-01` } : {}),
        } satisfies Goal;
        const { goal: _goal, ...own } = evaluateGoal(
          asGoal,
          row.current,
          options.atMs,
          options.tolerance !== undefined ? { tolerance: options.tolerance } : {},
        );
        row.own = own;
      }
    }
    const kids = (children.get(g.id) ?? []).filter((c) => !visiting.has(c.id)).map((c) => visit(c, depth + 1, row.path));
    if (kids.length > 0) {
      row.rolled = rollStatus(kids.map((k) => ({ status: k.status, progress: k.own?.progress ?? k.rolled?.progress ?? null })));
      row.improvementsBelow = kids.reduce((s, k) => s + k.improvements.length + k.improvementsBelow, 0);
    }
    row.status = row.own?.status ?? row.rolled?.status ?? "saknar data";
    visiting.delete(g.id);
    return row;
  };
  for (const g of tops) visit(g, 0, []);
  return rows;
}

/** One evaluated goal as a flat row, for tables, CSV and pages. */
export interface GoalTreeFlatRow {
  id: string;
  level: PlanGoal["level"];
  parent: string | null;
  title: string;
  depth: number;
  unit: string | null;
  measure: string | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  /** The goal's own progress, else the rolled one. */
  progress: number | null;
  status: GoalStatus;
  rolledStatus: GoalStatus | null;
  /** The goal's own explanation ("62 % av vägen …"), when it is measurable. */
  explanation: string | null;
}

/**
 * The evaluated goal hierarchy as flat rows (missing values as null), in the same depth-first order.
 * @example
 * const measureValue = goalMeasureProvider(pilotLog, { units, staffing });
 * const rows = goalTreeFlat(goalTree(planGoals, measureValue, { atMs: Date.parse("2025-11-01T00:00:00+01:00"), current: goalPeriodOf("2025-10", "Europe/Stockholm") }));
 * rows.length === planGoals.length // → true
 */
export function goalTreeFlat(rows: readonly GoalTreeRow[]): GoalTreeFlatRow[] {
  return rows.map((r) => ({
    id: r.goal.id,
    level: r.goal.level,
    parent: r.goal.parent ?? null,
    title: r.goal.title,
    depth: r.depth,
    unit: r.goal.unit ?? null,
    measure: r.goal.measure ?? null,
    baseline: r.baseline,
    target: r.target,
    current: r.current,
    progress: r.own?.progress ?? r.rolled?.progress ?? null,
    status: r.status,
    rolledStatus: r.rolled?.status ?? null,
    explanation: r.own?.explanation ?? null,
  }));
}

/** Options of {@link goalMeasureProvider}. */
export interface GoalMeasureProviderOptions {
  /** The unit hierarchy, so a goal can be set for any level (region, förvaltning, verksamhetsområde, enhet). */
  units: readonly Unit[];
  /** Staffing, for `resourceEfficiency` goals. __Default:__ none (those goals have no data). */
  staffing?: readonly StaffingRow[];
  /** Zone of month boundaries. __Default:__ "Europe/Stockholm". */
  tz?: string;
  /** Measure times in working time. __Default:__ calendar time. */
  calendar?: WorkingCalendar;
}

/**
 * A {@link GoalMeasureProvider} over a log: the målbild measures (`leadTimeMedianMs`, `leadTimeP85Ms`,
 * `flowEfficiency`, `nvaShare`, `waitMedianMs`, `costOfWasteSek`) from the roll-up of the flows that **ended** in the
 * period (every level from the flows below it, as on Uppföljning), and `resourceEfficiency` from the staffing file
 * (touch ÷ available hours of the units below, over the months of the period). Other measures give null.
 *
 * @example
 * const measureValue = goalMeasureProvider(pilotLog, { units, staffing });
 * measureValue("narsjukvard-umea", "leadTimeMedianMs", monthSpan("2025-10")) // → 2420160000 — 28 days (synthetic pilot)
 */
export function goalMeasureProvider(log: EventLog, options: GoalMeasureProviderOptions): GoalMeasureProvider {
  const tz = options.tz ?? "Europe/Stockholm";
  const hierarchy = buildHierarchy(options.units);
  let flows: RollupFlow[] | null = null;
  const rollupFlows = (): RollupFlow[] => {
    if (flows) return flows;
    const cols = computeFlows(log, { index: flowIndexOf(log), ...(options.calendar ? { calendar: options.calendar } : {}) });
    const cost = new Map<string, number>();
    const model = log.processModel.filter((p): p is Process => p !== null);
    for (const it of costItems(toObservations(log), { model, ...(options.calendar ? { calendar: options.calendar } : {}) }).items) {
      if (it.kind === "nnva" || it.costSek === null) continue;
      cost.set(it.flow, (cost.get(it.flow) ?? 0) + it.costSek);
    }
    flows = [];
    for (let f = 0; f < log.flowIds.length; f++) {
      if (cols.observations[f] === 0) continue;
      flows.push({
        flow: log.flowIds[f]!,
        unit: flowUnitOf(log, f) ?? "",
        startMs: cols.startMs[f]!,
        endMs: cols.endMs[f]!,
        leadTimeMs: cols.leadTimeMs[f]!,
        vaMs: cols.vaMs[f]!,
        nvaMs: cols.nvaMs[f]!,
        waitMs: cols.waitMs[f]!,
        costOfWasteSek: cost.get(log.flowIds[f]!) ?? 0,
      });
    }
    return flows;
  };
  const spanOf = monthSpanOf(tz);
  let roles: ReturnType<typeof resourceEfficiency>["roles"] | null = null;
  const cache = new Map<string, number | null>();
  const rowsByPeriod = new Map<string, ReturnType<typeof rollUp>>();
  return (unit, measure, period) => {
    const key = `${unit}\u0000${measure}\u0000${period.fromMs}\u0000${period.toMs}`;
    if (cache.has(key)) return cache.get(key)!;
    let value: number | null = null;
    const target = hierarchy.find(unit);
    if ((GOAL_METRICS as readonly string[]).includes(measure)) {
      const pk = `${period.fromMs}\u0000${period.toMs}`;
      let rows = rowsByPeriod.get(pk);
      if (!rows) rowsByPeriod.set(pk, (rows = rollUp(rollupFlows(), hierarchy, period)));
      const row = rows.find((r) => (target ? r.unit === target.id : matchKey(r.unit) === matchKey(unit)));
      value = row && row.flows > 0 ? goalMetricValue(row, measure as GoalMetric) : null;
    } else if (measure === "resourceEfficiency" && options.staffing) {
      roles ??= resourceEfficiency(log, options.staffing, { tz }).roles;
      const months = new Set(monthsFromTo(spanOf(period.fromMs).month, spanOf(period.toMs - 1).month));
      let touch = 0;
      let available = 0;
      for (const r of roles) {
        if (!months.has(r.month) || r.availableHours === null) continue;
        const u = hierarchy.find(r.unit);
        const below = target && u ? hierarchy.lineage(u.id).some((x) => x.id === target.id) : matchKey(r.unit) === matchKey(unit);
        if (!below) continue;
        touch += r.touchHours;
        available += r.availableHours;
      }
      value = available > 0 ? touch / available : null;
    }
    cache.set(key, value);
    return value;
  };
}
