import { steeringText } from "../messages/steering.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { EventLog } from "../model/event-log.js";
import type { Unit } from "../model/org.js";
import { type EfficiencyPath, type EfficiencyPoint, efficiencyMatrix } from "./efficiency-matrix.js";
import type { FreedCapacityResult } from "./freed-capacity.js";
import { type GoalTreeRow, goalMeasureProvider, goalTree, type TimeSpan } from "./goal-tree.js";
import { monthSpan, monthSpanOf, monthsFromTo } from "./months.js";
import { improvementPortfolio, type Portfolio, type PortfolioRow, portfolioRows } from "./portfolio.js";
import type { ContextFigure, Improvement, PlanGoal, StaffingRow } from "./types.js";

/** The steering files a report or page is built with; each is optional. */
export interface SteeringInput {
  staffing?: readonly StaffingRow[];
  improvements?: readonly Improvement[];
  goals?: readonly PlanGoal[];
  context?: readonly ContextFigure[];
}

/** Options of {@link steeringReport}. */
export interface SteeringReportOptions {
  /** Report month "YYYY-MM". */
  month: string;
  units: readonly Unit[];
  /** Zone of month boundaries. __Default:__ "Europe/Stockholm". */
  tz?: string;
  calendar?: WorkingCalendar;
  /** Months of the efficiency matrix, ending with the report month. __Default:__ 12. */
  matrixMonths?: number;
  /** Points of the efficiency matrix per month or per quarter. __Default:__ "quarter" (twelve monthly points per unit tangle). */
  matrixGrain?: "month" | "quarter";
  /**
   * Months at the start of the log left out of the matrix: in them only short flows have ended, which flatters flow
   * efficiency and understates the work in progress. __Default:__ 3.
   */
  warmUpMonths?: number;
  /** Hours per årsarbetare. __Default:__ 1 700 (DEFAULT_HOURS_PER_FTE). */
  hoursPerFte?: number;
  /** Period a goal's current value is measured over. __Default:__ the report month (cost goals: the 6 months to it). */
  current?: (measure: string) => TimeSpan;
}

/**
 * The period a goal's current value is measured over at the end of `month`: the month itself, and for a cost goal the
 * six months up to it (the målbild states cost per half-year, as the monthly report's goals do).
 * @example goalPeriodOf("2025-10")("costOfWasteSek").fromMs === monthSpan("2025-05").fromMs // → true
 */
export function goalPeriodOf(month: string, tz = "Europe/Stockholm"): (measure: string) => TimeSpan {
  const span = monthSpan(month, tz);
  const costFrom = monthSpan(monthsFromTo(`${Number(month.slice(0, 4)) - 1}-01`, month).slice(-6)[0]!, tz).fromMs;
  return (measure) => (measure === "costOfWasteSek" ? { fromMs: costFrom, toMs: span.toMs } : { fromMs: span.fromMs, toMs: span.toMs });
}

/** The steering sections of the monthly report (data; rendered beside the report's HTML renderer). */
export interface SteeringReport {
  /** Matrix points of the periods shown (null when no staffing file was given). */
  matrix: {
    grain: "month" | "quarter";
    periods: string[];
    points: EfficiencyPoint[];
    paths: EfficiencyPath[];
    thresholds: { flow: number; resource: number };
  } | null;
  /** Freed capacity of every started improvement (after window ends with the report month). */
  freed: FreedCapacityResult[];
  portfolio: (Pick<Portfolio, "board" | "supportRequests" | "counts"> & { items: PortfolioRow[] }) | null;
  goalTree: GoalTreeRow[] | null;
  /** "Frigjord tid är inte sparade pengar förrän den används …" */
  caveat: string;
}

/**
 * The steering sections of a monthly report: the efficiency matrix for the months up to the report month, freed
 * capacity of the started improvements, the portfolio (status board, support requests, expected vs realised effect
 * and each measure's plan goal) and the goal hierarchy evaluated at the end of the month. Sections whose file is
 * missing are null (the report then says what file would give them).
 *
 * @example
 * const s = steeringReport(pilotLog, { staffing, improvements, goals: planGoals, context: contextFigures }, { month: "2025-10", units });
 * s.portfolio.items.length === improvements.length // → true
 */
export function steeringReport(log: EventLog, input: SteeringInput, options: SteeringReportOptions): SteeringReport {
  const tz = options.tz ?? "Europe/Stockholm";
  const month = monthSpan(options.month, tz);
  const k = options.matrixMonths ?? 12;
  let logStart = Infinity;
  for (let i = 0; i < log.length; i++) if (log.start[i]! < logStart) logStart = log.start[i]!;
  const window = monthsFromTo(`${Number(options.month.slice(0, 4)) - 2}-01`, options.month).slice(-k);
  const firstLogMonth = logStart < Infinity ? monthSpanOf(tz)(logStart).month : window[0]!;
  const afterWarmUp = monthsFromTo(firstLogMonth, options.month)[options.warmUpMonths ?? 3] ?? options.month;
  // The later of the two months ("YYYY-MM" sorts as text).
  const first = [window[0]!, afterWarmUp].sort()[1]!;
  let matrix: SteeringReport["matrix"] = null;
  if (input.staffing && input.staffing.length > 0) {
    const m = efficiencyMatrix(log, input.staffing, {
      tz,
      fromMonth: first,
      toMonth: options.month,
      grain: options.matrixGrain ?? "quarter",
      ...(options.calendar ? { calendar: options.calendar } : {}),
    });
    matrix = { grain: m.grain, periods: m.periods, points: m.points, paths: m.paths, thresholds: m.thresholds };
  }
  let portfolio: SteeringReport["portfolio"] = null;
  let freed: FreedCapacityResult[] = [];
  if (input.improvements && input.improvements.length > 0) {
    const p = improvementPortfolio(log, input.improvements, {
      tz,
      ...(input.goals ? { goals: input.goals } : {}),
      ...(input.staffing ? { staffing: input.staffing } : {}),
      ...(input.context ? { context: input.context } : {}),
      ...(options.hoursPerFte !== undefined ? { hoursPerFte: options.hoursPerFte } : {}),
      after: { toMs: month.toMs },
    });
    freed = p.items.map((i) => i.freed).filter((x): x is FreedCapacityResult => x !== null);
    portfolio = {
      board: p.board,
      supportRequests: p.supportRequests,
      counts: p.counts,
      items: portfolioRows(p),
    };
  }
  let tree: GoalTreeRow[] | null = null;
  if (input.goals && input.goals.length > 0) {
    const current = options.current ?? goalPeriodOf(options.month, tz);
    const measureValue = goalMeasureProvider(log, {
      units: options.units,
      tz,
      ...(input.staffing ? { staffing: input.staffing } : {}),
      ...(options.calendar ? { calendar: options.calendar } : {}),
    });
    tree = goalTree(input.goals, measureValue, {
      atMs: month.toMs,
      current,
      tz,
      ...(input.improvements ? { improvements: input.improvements } : {}),
    });
  }
  return { matrix, freed, portfolio, goalTree: tree, caveat: steeringText.freedNotSaved().sv };
}
