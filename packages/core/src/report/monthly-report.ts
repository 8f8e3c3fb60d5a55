import { costItems } from "../cost/cost-items.js";
import { periodOf } from "../cost/periods.js";
import { groupFlows } from "../deps/group-flows.js";
import { inheritedWaits, type DependencyPairSummary } from "../deps/inherited-wait.js";
import { compareGroups, type ComparisonResult } from "../improvement/compare.js";
import type { QualityIssue, QualityReport } from "../io/quality.js";
import { flowMetrics } from "../metrics/flow-metrics.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { Observation } from "../model/observation.js";
import type { Goal, Unit } from "../model/org.js";
import type { Process } from "../model/process.js";
import type { TimeBasis } from "../model/time-basis.js";
import { evaluateGoal, goalMetricValue, type GoalEvaluation } from "../rollup/goals.js";
import { buildHierarchy } from "../rollup/hierarchy.js";
import { rollUp, type RollupFlow, type RollupRow } from "../rollup/roll-up.js";
import { runChart } from "../spc/run-chart.js";
import { quantile } from "../stats/quantile.js";
import { eventLogFromObservations } from "../log/from-observations.js";
import type { EventLog } from "../model/event-log.js";
import { resolveEndSteps } from "../queue/end-steps.js";
import { queueReportSection, type QueueReportSection, type QueueSectionOptions } from "../queue/report-section.js";
import { steeringReport, type SteeringInput, type SteeringReport } from "../steering/steering-report.js";

/** What a monthly report is computed from. */
export interface MonthlyReportInput {
  observations: readonly Observation[];
  /** Process models (categories, roles, hourly costs, dependencies). */
  processes: readonly Process[];
  units: readonly Unit[];
  goals: readonly Goal[];
  /** The same log in columnar form, for the queue and steering sections. __Default:__ built from `observations` and `processes`. */
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
  /** Months before the report month that form the comparison baseline. __Default:__ 3. */
  baselineMonths?: number;
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

/** A unit (any level) in the report. */
export interface ReportUnit extends RollupRow {
  /** Lead time of the report month vs the baseline months (Bootstrap CI + Mann–Whitney via compareGroups). */
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
}

/** The data model of the monthly report (pure data; render with `renderReportHtml`). */
export interface MonthlyReport {
  title: string;
  month: string;
  /** e.g. "oktober 2025". */
  monthLabel: string;
  fromMs: number;
  toMs: number;
  baseline: { months: string[]; fromMs: number; toMs: number };
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

const MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** "2025-10" shifted by `k` months. */
function shiftMonth(month: string, k: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + k;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, "0")}`;
}

function monthRange(month: string, tz: string): { fromMs: number; toMs: number } {
  // Mid-month noon UTC lies inside the local month in every zone.
  const p = periodOf("month", tz)(Date.parse(`${month}-15T12:00:00Z`));
  if (!p) throw new RangeError(`Bad month ${month}`);
  return { fromMs: p.startMs, toMs: p.endMs };
}

/**
 * Builds the monthly report: per unit of the hierarchy (region → förvaltning → verksamhetsområde → enhet) the lead
 * time median and 85th percentile, flow efficiency, share of waste and cost of waste of the flows that finished
 * in the month (roll-up from flows, never medians of medians); the change against the `baselineMonths` before it
 * with a bootstrap interval and Mann–Whitney test (`compareGroups`, which claims a direction only when both agree);
 * a run chart of monthly medians with Anhøj signals; every goal's status at the end of the month; and the
 * inherited wait between dependent processes.
 *
 * Cost of waste per flow = NVA work × hourly cost + costed waiting (`costItems`); a flow counts in the month
 * it finished.
 * @example
 * const report = monthlyReport({ observations, processes, units, goals }, { month: "2025-10", synthetic: true });
 * report.goals.map((g) => g.status) // ["på väg", "risk", …]
 */
export function monthlyReport(input: MonthlyReportInput, options: MonthlyReportOptions): MonthlyReport {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) throw new RangeError(`month must be YYYY-MM, got "${options.month}"`);
  const tz = options.tz ?? "Europe/Stockholm";
  const baselineMonths = options.baselineMonths ?? 3;
  const spcMonths = options.spcMonths ?? 12;
  const { calendar } = options;
  const { fromMs, toMs } = monthRange(options.month, tz);
  const baseFrom = monthRange(shiftMonth(options.month, -baselineMonths), tz).fromMs;
  const monthOf = periodOf("month", tz);

  const flows = groupFlows(input.observations);
  const processUnit = new Map(input.processes.map((p) => [p.id, p.unit]));
  const metrics = flowMetrics(input.observations, { model: input.processes, ...(calendar ? { calendar } : {}) });
  const costByFlow = new Map<string, number>();
  for (const it of costItems(input.observations, { model: input.processes, ...(calendar ? { calendar } : {}) }).items) {
    if (it.kind === "nnva" || it.costSek === null) continue;
    costByFlow.set(it.flow, (costByFlow.get(it.flow) ?? 0) + it.costSek);
  }
  const unitOfFlow = new Map(flows.map((f) => [f.id, f.unit ?? (f.process !== undefined ? processUnit.get(f.process) : undefined) ?? ""]));
  const rollupFlows: RollupFlow[] = metrics.map((m) => ({
    flow: m.flow,
    unit: unitOfFlow.get(m.flow) ?? "",
    startMs: m.startMs,
    endMs: m.endMs,
    leadTimeMs: m.leadTimeMs,
    vaMs: m.vaMs,
    nvaMs: m.nvaMs,
    waitMs: m.waitMs,
    costOfWasteSek: costByFlow.get(m.flow) ?? 0,
  }));

  const hierarchy = buildHierarchy(input.units);
  const rows = rollUp(rollupFlows, hierarchy, { fromMs, toMs });

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

  const units: ReportUnit[] = rows.map((row) => {
    const fs = members.get(row.unit) ?? [];
    const before = fs.filter((f) => f.endMs >= baseFrom && f.endMs < fromMs);
    const after = fs.filter((f) => f.endMs >= fromMs && f.endMs < toMs);
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
      present < 8
        ? `För få månader med data (${present} av minst 8) för att bedöma signaler i seriediagrammet.`
        : rc.signal
          ? "Signal i seriediagrammet: icke-slumpmässig variation (lång serie eller för få korsningar av medianen)."
          : "Ingen signal i seriediagrammet: variationen ser slumpmässig ut.";
    const eff = (xs: RollupFlow[]) => xs.map((f) => (f.leadTimeMs > 0 ? f.vaMs / f.leadTimeMs : null));
    return {
      ...row,
      leadTimeChange: compareGroups(before.map((f) => f.leadTimeMs), after.map((f) => f.leadTimeMs), { measure: "leadTime" }),
      flowEfficiencyChange: compareGroups(eff(before), eff(after), { measure: "flowEfficiency" }),
      monthly,
      spcSignal: present >= 8 && rc.signal,
      spcText,
    };
  });

  const costFrom = monthRange(shiftMonth(options.month, 1 - (options.costGoalMonths ?? 6)), tz).fromMs;
  const byUnit = new Map(rows.map((r) => [r.unit, r]));
  const goals: ReportGoal[] = input.goals.map((goal) => {
    const u = hierarchy.find(goal.unit);
    const row = u ? byUnit.get(u.id) : undefined;
    let current = row && row.flows > 0 ? goalMetricValue(row, goal.metric) : null;
    if (goal.metric === "costOfWasteSek" && u) {
      const fs = (members.get(u.id) ?? []).filter((f) => f.endMs >= costFrom && f.endMs < toMs);
      current = fs.length > 0 ? fs.reduce((a, f) => a + (f.costOfWasteSek ?? 0), 0) : null;
    }
    return { ...evaluateGoal(goal, current, toMs), unitName: u?.name ?? goal.unit };
  });

  // Downstream flows finished in the month, with every upstream flow that finished before the month ended.
  const upstreamIds = new Set(input.processes.flatMap((p) => (p.dependencies ?? []).map((d) => d.upstreamProcess)));
  const ends = new Map(metrics.map((m) => [m.flow, m.endMs]));
  const depFlows = flows.filter((f) => {
    const end = ends.get(f.id) ?? -Infinity;
    return (end >= fromMs && end < toMs) || (f.process !== undefined && upstreamIds.has(f.process) && end < toMs);
  });
  const nvaMsByFlow = new Map(metrics.map((m) => [m.flow, m.nvaMs]));
  const deps = inheritedWaits(depFlows, input.processes, { nvaMsByFlow, ...(calendar ? { calendar } : {}) });

  const monthIndex = Number(options.month.slice(5, 7)) - 1;
  // The columnar log, built once when a section needs it and the caller did not pass it.
  let built: EventLog | undefined = input.log;
  const columnar = (): EventLog => (built ??= eventLogFromObservations(input.observations, { model: input.processes }));
  let queue: QueueReportSection | null = null;
  if (options.queue) {
    const log = columnar();
    const ends = resolveEndSteps(log, options.queue.endSteps);
    // The model's last step is a guess: the section needs end steps someone named.
    if (ends.source.some((s) => s === "model" || s === "option") || ends.sourceWithoutProcess === "option") {
      queue = queueReportSection(log, { ...options.queue, month: options.month, tz, unitNames: Object.fromEntries(input.units.map((u) => [u.id, u.name])) });
    }
  }
  return {
    title: options.title ?? "Månadsrapport flödeseffektivitet",
    month: options.month,
    monthLabel: `${MONTHS_SV[monthIndex]} ${options.month.slice(0, 4)}`,
    fromMs,
    toMs,
    baseline: { months: Array.from({ length: baselineMonths }, (_, i) => shiftMonth(options.month, i - baselineMonths)), fromMs: baseFrom, toMs: fromMs },
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
