import { costItems } from "../cost/cost-items.js";
import { periodOf } from "../cost/periods.js";
import { type DependencyPairSummary, inheritedWaits } from "../deps/inherited-wait.js";
import { type ComparisonResult, compareGroups } from "../improvement/compare.js";
import { eventLogFromObservations } from "../log/from-observations.js";
import { selectFlows } from "../log/select.js";
import { reportMessage } from "../messages/report.js";
import { flowMetrics } from "../metrics/flow-metrics.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { EventLog } from "../model/event-log.js";
import type { Observation } from "../model/observation.js";
import type { Goal, Unit } from "../model/org.js";
import type { Process } from "../model/process.js";
import type { QualityIssue, QualityReport } from "../model/quality.js";
import type { TimeBasis } from "../model/time-basis.js";
import { resolveEndSteps } from "../queue/end-steps.js";
import { openFlowMask } from "../queue/open-flows.js";
import { type QueueReportSection, type QueueSectionOptions, queueReportSection } from "../queue/report-section.js";
import { evaluateGoal, type GoalEvaluation, goalMetricValue } from "../rollup/goals.js";
import { buildHierarchy } from "../rollup/hierarchy.js";
import { type RollupFlow, type RollupRow, rollUp } from "../rollup/roll-up.js";
import { runChart } from "../spc/run-chart.js";
import { quantile } from "../stats/quantile.js";
import { type SteeringInput, type SteeringReport, steeringReport } from "../steering/steering-report.js";
import { flowWasteTimes } from "../waste/waste-shares.js";
import {
  type BaselinePeriod,
  checkMonth,
  monthBounds,
  monthLabel,
  monthsOf,
  parseBaselinePeriod,
  periodLabel,
  shiftMonth,
} from "./baseline-period.js";

/** What a monthly report is computed from. */
export interface MonthlyReportInput {
  /** The log as observations (an adapter); give `log` instead when you have it. One of the two is required. */
  observations?: readonly Observation[];
  /** Process models (categories, roles, hourly costs, dependencies). */
  processes: readonly Process[];
  units: readonly Unit[];
  goals: readonly Goal[];
  /** The log, columnar, as imports return it: what the report computes from. __Default:__ built from `observations` and `processes`. */
  log?: EventLog;
  /** Staffing, improvement portfolio, goal hierarchy and context figures for the steering sections. __Default:__ none (no steering sections). */
  steering?: SteeringInput;
}

/** Options of {@link monthlyReport}. */
export interface MonthlyReportOptions {
  /** Report month, "YYYY-MM" (local time of `tz`). */
  month: string;
  /** Zone for month boundaries. __Default:__ "Europe/Stockholm". */
  tz?: string;
  /** Measure in working time. __Default:__ calendar time. */
  calendar?: WorkingCalendar;
  /**
   * The baseline period every comparison in the report is made against — the same period the goals' baseline values
   * come from (pilot: 2025-01..2025-06). A `BaselinePeriod` or its text form "2025-01..2025-06". A report month
   * inside the period is left out of the baseline it is compared with.
   * __Default:__ the six months before the report month.
   */
  baseline?: BaselinePeriod | string;
  /** Months (up to and including the report month) in each unit's run chart of monthly medians. __Default:__ 12. */
  spcMonths?: number;
  /**
   * Months (ending with the report month) a `costOfWasteSek` goal is measured over: the målbild states cost per
   * half-year (data/README.md), so one month would flatter it. __Default:__ 6.
   */
  costGoalMonths?: number;
  /** The data are synthetic (the report then says so on every page). __Default:__ false. */
  synthetic?: boolean;
  /** Report title. __Default:__ "Månadsrapport flödeseffektivitet". */
  title?: string;
  /** Import quality report of the log, summarised in the Datakvalitet section. __Default:__ none. */
  quality?: QualityReport;
  /**
   * Add the queue section (Tillgänglighet och köer, as of the end of the month) with these settings (care-guarantee
   * rules, allocations, end steps). It needs end steps: given here, or named by the process models (`endSteps` or
   * steps marked `end`). __Default:__ no queue section.
   */
  queue?: Omit<QueueSectionOptions, "month" | "tz" | "unitNames">;
}

/** Options of {@link buildMonthlyReport}: the model files plus {@link MonthlyReportOptions}. */
export interface BuildMonthlyReportOptions extends MonthlyReportOptions {
  processes: readonly Process[];
  units: readonly Unit[];
  goals: readonly Goal[];
}

/** Data-quality summary of the report. */
export interface ReportDataQuality {
  /** Rows read, accepted and rejected by the import (null when no quality report was given). */
  rowsIn: number | null;
  accepted: number | null;
  rejected: number | null;
  /** Issue counts per code from the import. */
  counts: Partial<Record<string, number>>;
  /** Flows finished in the month whose unit is not in the units file. */
  flowsUnknownUnit: number;
  /** Hierarchy and dependency issues (e.g. unknown parent, missing upstream flow). */
  issues: QualityIssue[];
}

/** One month's median lead time of a unit, for its run chart. */
export interface MonthlyMedian {
  month: string;
  leadTimeMedianMs: number | null;
  flows: number;
}

/** A unit's figures over the baseline period (the flows completed in it), beside the month's. */
export type BaselineFigures = Pick<
  RollupRow,
  "flows" | "leadTimeMs" | "waitMs" | "flowEfficiency" | "nvaShare" | "waitShare" | "nvaWorkShare" | "costOfWasteSek"
>;

/** A unit (any level) in the report. */
export interface ReportUnit extends RollupRow {
  /** The same measures over the baseline period. */
  atBaseline: BaselineFigures;
  /** Lead time of the report month vs the baseline (bootstrap interval of the median difference, via compareGroups). */
  leadTimeChange: ComparisonResult;
  /** Flow efficiency (per flow) of the report month vs the baseline months. */
  flowEfficiencyChange: ComparisonResult;
  /** Monthly medians of lead time, oldest first, ending with the report month. */
  monthly: MonthlyMedian[];
  /** The run chart of `monthly` has a signal (Anhøj rules: long run or too few crossings). */
  spcSignal: boolean;
  /** Swedish sentence about the run chart. */
  spcText: string;
}

/** A goal evaluated at the end of the report month. */
export interface ReportGoal extends GoalEvaluation {
  unitName: string;
  /**
   * The month against the baseline for the goal's measure when it is a per-flow measure (lead time, wait, flow
   * efficiency); null for sums and shares of sums. The explanation then says whether the change is certain, so
   * "Målet är nått" never stands beside an unqualified "Ingen säker skillnad".
   */
  change: ComparisonResult | null;
}

/** The data model of the monthly report (pure data; render with `renderReportHtml`). */
export interface MonthlyReport {
  title: string;
  month: string;
  /** e.g. "oktober 2025". */
  monthLabel: string;
  fromMs: number;
  toMs: number;
  /**
   * The baseline period: its months (the report month left out when it lies inside), bounds, a label such as
   * "jan–jun 2025", and whether the report month lies inside it.
   */
  baseline: { from: string; to: string; label: string; months: string[]; fromMs: number; toMs: number; containsReportMonth: boolean };
  basis: TimeBasis;
  synthetic: boolean;
  /** Flows finished in the report month (all units). */
  flowsInMonth: number;
  /** Units in hierarchy order (region first, depth-first). */
  units: ReportUnit[];
  goals: ReportGoal[];
  /** Inherited wait between processes for downstream flows finished in the report month. */
  dependencies: DependencyPairSummary[];
  /** Display name per process id, for the dependency section. */
  processNames: Record<string, string>;
  issues: QualityIssue[];
  dataQuality: ReportDataQuality;
  /** The queue section; null when not asked for or when no end steps are known. */
  queue: QueueReportSection | null;
  /** Efficiency matrix, freed capacity, portfolio and goal hierarchy; null when no steering files were given. */
  steering: SteeringReport | null;
}

/** Goal measures that are per-flow values, compared month vs baseline with `compareGroups`. */
const PER_FLOW_GOAL: Partial<Record<Goal["metric"], "leadTime" | "wait" | "flowEfficiency">> = {
  leadTimeMedianMs: "leadTime",
  waitMedianMs: "wait",
  flowEfficiency: "flowEfficiency",
};

/**
 * Builds the monthly report: per unit of the hierarchy (region → förvaltning → verksamhetsområde → enhet) the lead
 * time median and 85th percentile, flow efficiency, both waste shares, share of waste and cost of waste of the flows
 * completed in the month (roll-up from flows, never medians of medians), and the same over the baseline period; the
 * change against the baseline with a bootstrap interval (`compareGroups`, which claims a direction only when the
 * interval excludes 0);
 * a run chart of monthly medians with Anhøj signals; every goal's status at the end of the month; and the
 * inherited wait between dependent processes.
 *
 * Cost of waste per flow = NVA work × hourly cost + costed waiting (`costItems`); a flow counts in the month
 * it finished.
 * @example
 * const report = monthlyReport({ observations: pilot.observations, processes, units, goals, log: pilotLog }, { month: "2025-10", synthetic: true });
 * report.goals.map((g) => g.status) // → ["på väg", …]
 */
export function monthlyReport(input: MonthlyReportInput, options: MonthlyReportOptions): MonthlyReport {
  checkMonth(options.month);
  const tz = options.tz ?? "Europe/Stockholm";
  const spcMonths = options.spcMonths ?? 12;
  const { calendar } = options;
  const { fromMs, toMs } = monthBounds(options.month, tz);
  const period: BaselinePeriod =
    options.baseline === undefined
      ? { from: shiftMonth(options.month, -6), to: shiftMonth(options.month, -1) }
      : typeof options.baseline === "string"
        ? parseBaselinePeriod(options.baseline)
        : parseBaselinePeriod(`${options.baseline.from}..${options.baseline.to}`);
  const baseMonths = monthsOf(period).filter((m) => m !== options.month);
  const baseSet = new Set(baseMonths);
  const baseFrom = monthBounds(period.from, tz).fromMs;
  const baseTo = monthBounds(period.to, tz).toMs;
  const monthOf = periodOf("month", tz);
  const inBaseline = (endMs: number) => baseSet.has(monthOf(endMs)?.period ?? "");

  const log = logOf(input);
  const { metrics, rollupFlows } = flowFacts(log, input.processes, calendar);

  const hierarchy = buildHierarchy(input.units);
  const rows = rollUp(rollupFlows, hierarchy, { fromMs, toMs });
  const baseRows = new Map(
    rollUp(
      rollupFlows.filter((f) => inBaseline(f.endMs)),
      hierarchy,
    ).map((r) => [r.unit, r]),
  );

  // Flows of each node (itself and all units below), for comparisons and run charts.
  const members = new Map<string, RollupFlow[]>();
  for (const f of rollupFlows) {
    const u = hierarchy.find(f.unit);
    const ids = u ? hierarchy.lineage(u.id).map((x) => x.id) : ["__okänd__"];
    for (const id of ids) {
      const list = members.get(id);
      if (list) list.push(f);
      else members.set(id, [f]);
    }
  }
  const spcLabels = Array.from({ length: spcMonths }, (_, i) => shiftMonth(options.month, i - spcMonths + 1));
  const eff = (xs: readonly RollupFlow[]) => xs.map((f) => (f.leadTimeMs > 0 ? f.vaMs / f.leadTimeMs : null));
  const perFlow: Record<"leadTime" | "wait" | "flowEfficiency", (xs: readonly RollupFlow[]) => (number | null)[]> = {
    leadTime: (xs) => xs.map((f) => f.leadTimeMs),
    wait: (xs) => xs.map((f) => f.waitMs),
    flowEfficiency: eff,
  };
  const compare = (unit: string, measure: "leadTime" | "wait" | "flowEfficiency"): ComparisonResult => {
    const fs = members.get(unit) ?? [];
    const before = fs.filter((f) => inBaseline(f.endMs));
    const after = fs.filter((f) => f.endMs >= fromMs && f.endMs < toMs);
    return compareGroups(perFlow[measure](before), perFlow[measure](after), { measure });
  };
  const emptyBaseline = (row: RollupRow): BaselineFigures => ({
    flows: 0,
    leadTimeMs: { ...row.leadTimeMs, n: 0, median: null, p85: null, mean: null, min: null, max: null },
    waitMs: { ...row.waitMs, n: 0, median: null, p85: null, mean: null, min: null, max: null },
    flowEfficiency: { aggregate: null, median: null },
    nvaShare: null,
    waitShare: null,
    nvaWorkShare: null,
    costOfWasteSek: 0,
  });

  const units: ReportUnit[] = rows.map((row) => {
    const fs = members.get(row.unit) ?? [];
    const base = baseRows.get(row.unit);
    const byMonth = new Map<string, number[]>();
    for (const f of fs) {
      if (f.endMs >= toMs) continue;
      const p = monthOf(f.endMs);
      if (!p) continue;
      const list = byMonth.get(p.period);
      if (list) list.push(f.leadTimeMs);
      else byMonth.set(p.period, [f.leadTimeMs]);
    }
    const monthly = spcLabels.map((month) => {
      const xs = byMonth.get(month) ?? [];
      return { month, leadTimeMedianMs: xs.length ? quantile(xs, 0.5) : null, flows: xs.length };
    });
    const present = monthly.filter((m) => m.leadTimeMedianMs !== null).length;
    const rc = runChart(monthly.map((m) => m.leadTimeMedianMs));
    const spcText =
      present < 8 ? reportMessage.spcTooFewMonths(present).sv : rc.signal ? reportMessage.spcSignal().sv : reportMessage.spcNoSignal().sv;
    return {
      ...row,
      atBaseline: base
        ? {
            flows: base.flows,
            leadTimeMs: base.leadTimeMs,
            waitMs: base.waitMs,
            flowEfficiency: base.flowEfficiency,
            nvaShare: base.nvaShare,
            waitShare: base.waitShare,
            nvaWorkShare: base.nvaWorkShare,
            costOfWasteSek: base.costOfWasteSek,
          }
        : emptyBaseline(row),
      leadTimeChange: compare(row.unit, "leadTime"),
      flowEfficiencyChange: compare(row.unit, "flowEfficiency"),
      monthly,
      spcSignal: present >= 8 && rc.signal,
      spcText,
    };
  });

  const costFrom = monthBounds(shiftMonth(options.month, 1 - (options.costGoalMonths ?? 6)), tz).fromMs;
  const byUnit = new Map(rows.map((r) => [r.unit, r]));
  const goals: ReportGoal[] = input.goals.map((goal) => {
    const u = hierarchy.find(goal.unit);
    const row = u ? byUnit.get(u.id) : undefined;
    let current = row && row.flows > 0 ? goalMetricValue(row, goal.metric) : null;
    if (goal.metric === "costOfWasteSek" && u) {
      const fs = (members.get(u.id) ?? []).filter((f) => f.endMs >= costFrom && f.endMs < toMs);
      current = fs.length > 0 ? fs.reduce((a, f) => a + (f.costOfWasteSek ?? 0), 0) : null;
    }
    const evaluation = evaluateGoal(goal, current, toMs);
    const measure = PER_FLOW_GOAL[goal.metric];
    const change = u && measure && row && row.flows > 0 ? compare(u.id, measure) : null;
    return { ...evaluation, explanation: withCertainty(evaluation, change), unitName: u?.name ?? goal.unit, change };
  });

  // Downstream flows finished in the month, with every upstream flow that finished before the month ended.
  const upstreamIds = new Set(input.processes.flatMap((p) => (p.dependencies ?? []).map((d) => d.upstreamProcess)));
  const ends = new Map(metrics.map((m) => [m.flow, m.endMs]));
  const depLog = selectFlows(log, (f) => {
    const end = ends.get(log.flowIds[f]) ?? -Infinity;
    const p = log.flowProcess[f];
    return (end >= fromMs && end < toMs) || (p >= 0 && upstreamIds.has(log.processIds[p]) && end < toMs);
  });
  const nvaMsByFlow = new Map(metrics.map((m) => [m.flow, m.nvaMs]));
  const deps = inheritedWaits(depLog, input.processes, { nvaMsByFlow, ...(calendar ? { calendar } : {}) });

  const columnar = (): EventLog => log;
  let queue: QueueReportSection | null = null;
  if (options.queue) {
    const log = columnar();
    const ends = resolveEndSteps(log, options.queue.endSteps);
    // The model's last step is a guess: the section needs end steps someone named.
    if (ends.source.some((s) => s === "model" || s === "option") || ends.sourceWithoutProcess === "option") {
      queue = queueReportSection(log, {
        ...options.queue,
        month: options.month,
        tz,
        unitNames: Object.fromEntries(input.units.map((u) => [u.id, u.name])),
      });
    }
  }
  return {
    title: options.title ?? reportMessage.defaultTitle().sv,
    month: options.month,
    monthLabel: monthLabel(options.month),
    fromMs,
    toMs,
    baseline: {
      from: period.from,
      to: period.to,
      label: periodLabel(period),
      months: baseMonths,
      fromMs: baseFrom,
      toMs: baseTo,
      containsReportMonth: options.month >= period.from && options.month <= period.to,
    },
    basis: calendar ? (calendar.basis ?? "working") : "calendar",
    synthetic: options.synthetic ?? false,
    flowsInMonth: rollupFlows.filter((f) => f.endMs >= fromMs && f.endMs < toMs).length,
    units,
    goals,
    dependencies: deps.pairs,
    processNames: Object.fromEntries(input.processes.map((p) => [p.id, p.name])),
    issues: [...hierarchy.issues, ...deps.issues],
    dataQuality: {
      rowsIn: options.quality?.rowsIn ?? null,
      accepted: options.quality?.accepted ?? null,
      rejected: options.quality?.rejected ?? null,
      counts: { ...(options.quality?.counts ?? {}) },
      flowsUnknownUnit: rows.find((r) => r.level === "okänd")?.flows ?? 0,
      issues: [...hierarchy.issues, ...deps.issues],
    },
    queue,
    steering: input.steering
      ? steeringReport(columnar(), input.steering, {
          month: options.month,
          units: input.units,
          tz,
          ...(calendar ? { calendar } : {}),
        })
      : null,
  };
}

/** Per-flow facts of a report, the same for every month of one log: computed once per log, model and calendar. */
interface FlowFacts {
  metrics: ReturnType<typeof flowMetrics>;
  rollupFlows: RollupFlow[];
}

// A page or a CLI run that reports several months of one log reuses these (flow metrics, cost and worked time take
// seconds on a large log). Keyed by the log, then by model and calendar objects.
const flowFactsCache = new WeakMap<EventLog, WeakMap<readonly Process[], Map<WorkingCalendar | undefined, FlowFacts>>>();
const logCache = new WeakMap<readonly Observation[], WeakMap<readonly Process[], EventLog>>();

/** The input's log: its own, or its observations converted once (per array and model) for every month reported. */
function logOf(input: MonthlyReportInput): EventLog {
  if (input.log) return input.log;
  if (!input.observations) throw new TypeError("monthlyReport: give the log (or its observations)");
  let byModel = logCache.get(input.observations);
  if (!byModel) logCache.set(input.observations, (byModel = new WeakMap()));
  let log = byModel.get(input.processes);
  if (!log) byModel.set(input.processes, (log = eventLogFromObservations(input.observations, { model: input.processes })));
  return log;
}

function flowFacts(log: EventLog, processes: readonly Process[], calendar: WorkingCalendar | undefined): FlowFacts {
  let byModel = flowFactsCache.get(log);
  if (!byModel) flowFactsCache.set(log, (byModel = new WeakMap()));
  let byCalendar = byModel.get(processes);
  if (!byCalendar) byModel.set(processes, (byCalendar = new Map()));
  const hit = byCalendar.get(calendar);
  if (hit) return hit;
  const opts = calendar ? { calendar } : {};
  const processUnit = new Map(processes.map((p) => [p.id, p.unit]));
  const metrics = flowMetrics(log, opts);
  const costByFlow = new Map<string, number>();
  for (const it of costItems(log, opts).items) {
    if (it.kind === "nnva" || it.costSek === null) continue;
    costByFlow.set(it.flow, (costByFlow.get(it.flow) ?? 0) + it.costSek);
  }
  const waste = new Map(flowWasteTimes(log, opts).map((w) => [w.flow, w]));
  const unitOfFlow = new Map<string, string>();
  log.flowIds.forEach((id, f) => {
    const u = log.flowUnit[f];
    const p = log.flowProcess[f];
    unitOfFlow.set(id, u >= 0 ? log.unitIds[u] : ((p >= 0 ? processUnit.get(log.processIds[p]) : undefined) ?? ""));
  });
  // A flow that has not reached an end step its model names is still open: it has not been completed in any month
  // (its lead time so far is not a lead time). The pages leave out the same flows (openFlowMask).
  const open = openFlowMask(log);
  const code = new Map(log.flowIds.map((id, f) => [id, f]));
  const completed = metrics.filter((m) => open[code.get(m.flow)!] === 0);
  const rollupFlows: RollupFlow[] = completed.map((m) => ({
    flow: m.flow,
    unit: unitOfFlow.get(m.flow) ?? "",
    startMs: m.startMs,
    endMs: m.endMs,
    leadTimeMs: m.leadTimeMs,
    vaMs: m.vaMs,
    nvaMs: m.nvaMs,
    waitMs: m.waitMs,
    costOfWasteSek: costByFlow.get(m.flow) ?? 0,
    touchTimeMs: waste.get(m.flow)?.touchTimeMs ?? 0,
    nvaTouchMs: waste.get(m.flow)?.nvaTouchMs ?? 0,
  }));
  const out = { metrics, rollupFlows };
  byCalendar.set(calendar, out);
  return out;
}

/**
 * A goal's explanation, qualified by the certainty of the change behind it: a goal reached (or on track) on a change
 * whose interval still includes 0 says so, instead of standing beside "Ingen säker skillnad" unqualified.
 */
function withCertainty(g: GoalEvaluation, change: ComparisonResult | null): string {
  if (!change?.ok || g.progress === null || g.progress <= 0) return g.explanation;
  return (change.significant ? reportMessage.changeCertain(g.explanation) : reportMessage.changeUncertain(g.explanation)).sv;
}

/**
 * {@link monthlyReport} with the observations first and the model files in the options.
 * @example
 * const report = buildMonthlyReport(observations, { processes, units, goals, month: "2025-10", synthetic: true });
 * report.units[0].flows // flows finished in October 2025 in the whole region
 */
export function buildMonthlyReport(observations: readonly Observation[], options: BuildMonthlyReportOptions): MonthlyReport {
  const { processes, units, goals, ...rest } = options;
  return monthlyReport({ observations, processes, units, goals }, rest);
}
