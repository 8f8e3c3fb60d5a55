// Domain types of steering: staffing, the improvement portfolio, the goal hierarchy and context figures.
// The files that hold them are read by steering-files.ts; the analyses live beside this file.

/**
 * Staff of one role in one unit (one row of a staffing file, `bemanning.csv`). Several rows for the same unit and
 * role that apply in the same month are **added** (e.g. three physicians at 100 % and two at 50 %); `fromMonth` /
 * `toMonth` let staffing change over time.
 */
export interface StaffingRow {
  unit: string;
  role: string;
  /** Number of people. */
  staff: number;
  /** Tjänstgöringsgrad as a share: 1 = heltid, 0.75 = 75 %. */
  employmentRate: number;
  /** Working hours per week of a full-time post (e.g. 40, or 38,25 for shift work). */
  hoursPerWeek: number;
  /** Share of their working time spent in the measured flows, 0–1. __Default:__ 1 (all of it). */
  shareInFlows: number;
  /** Full hourly cost of the role in SEK (salary, social fees, overhead), when known. */
  hourlyCostSek?: number;
  /** First month the row applies ("YYYY-MM"); absent = from the start. */
  fromMonth?: string;
  /** Last month the row applies, inclusive ("YYYY-MM"); absent = onwards. */
  toMonth?: string;
  /** 1-based source row (header = 1), for messages. */
  row?: number;
}

/** Status of an improvement in the portfolio, in the order work moves through. */
export type ImprovementStatus = "idé" | "planerad" | "pågår" | "klar" | "uppföljd";

/** Statuses in board order. */
export const IMPROVEMENT_STATUSES: readonly ImprovementStatus[] = ["idé", "planerad", "pågår", "klar", "uppföljd"];

/** Priority given by the unit or the management group. */
export type ImprovementPriority = "hög" | "medel" | "låg";

/** Priorities, highest first. */
export const IMPROVEMENT_PRIORITIES: readonly ImprovementPriority[] = ["hög", "medel", "låg"];

/** Effort (insats) an improvement needs, as the unit estimates it. */
export type ImprovementEffort = "liten" | "medel" | "stor";

/** Efforts, smallest first. */
export const IMPROVEMENT_EFFORTS: readonly ImprovementEffort[] = ["liten", "medel", "stor"];

/** Measures an improvement's expected effect can be stated on (the per-flow measures of the before/after analysis). */
export type EffectMeasure = "leadTime" | "wait" | "flowEfficiency" | "nvaShare";

/** Effect measures in display order. */
export const EFFECT_MEASURES: readonly EffectMeasure[] = ["leadTime", "wait", "flowEfficiency", "nvaShare"];

/** The expected effect of an improvement: a relative change of a measure's median, e.g. −30 % lead time. */
export interface ExpectedEffect {
  measure: EffectMeasure;
  /** Relative change in per cent: −30 means "30 % lower". */
  changePct: number;
}

/** One improvement (förbättring, åtgärd) in a unit's portfolio. */
export interface Improvement {
  /** Unique id; the file's `id` column, else made from unit, process and row. */
  id: string;
  unit: string;
  /** Process it changes; needed for a before/after result. */
  process?: string;
  /** Short name for boards and charts. */
  title: string;
  /** What was or will be changed. */
  description?: string;
  status: ImprovementStatus;
  /** ISO date the change took effect (flows starting on or after it are "after"). */
  from?: string;
  priority?: ImprovementPriority;
  /** What support the unit asks for; absent when it asks for none. */
  supportNeed?: string;
  /** Role that owns the improvement, e.g. "Enhetschef". */
  ownerRole?: string;
  /** Id of the goal it serves in the goal hierarchy. */
  goal?: string;
  expectedEffect?: ExpectedEffect;
  effort?: ImprovementEffort;
  /** Expected outcome in words, as older improvement files state it ("förbättring", "oförändrat", "försämring"). */
  outcome?: string;
  /** 1-based source row, for messages. */
  row?: number;
}

/** Levels of the goal hierarchy, top-down: region plan goals, focus areas, yearly milestones, unit goals. */
export type PlanGoalLevel = "regionmål" | "fokusområde" | "delmål" | "enhetsmål";

/** Levels top-down. */
export const PLAN_GOAL_LEVELS: readonly PlanGoalLevel[] = ["regionmål", "fokusområde", "delmål", "enhetsmål"];

/**
 * A reference period for a "−X % against a reference year" goal: a year ("2025") or a month range
 * ("2025-01..2025-06"), in local time.
 */
export interface ReferencePeriod {
  /** As written, e.g. "2025" or "2025-01..2025-06". */
  label: string;
  /** First month, "YYYY-MM". */
  fromMonth: string;
  /** Last month, inclusive, "YYYY-MM". */
  toMonth: string;
}

/**
 * One goal of the goal hierarchy (the red thread from the region plan to the unit). A goal is **measurable** when it
 * names a measure and a unit, and either a target value or a change against a reference period; other goals
 * (typically region plan goals and focus areas) get their status from the goals below them.
 */
export interface PlanGoal {
  id: string;
  level: PlanGoalLevel;
  /** Id of the goal above; absent for a top goal. */
  parent?: string;
  title: string;
  /** Unit (any level of the unit hierarchy) the measure is taken for. */
  unit?: string;
  /** A flodes measure, e.g. "leadTimeMedianMs" (see GOAL_TREE_MEASURES). */
  measure?: string;
  /** Baseline value; computed from the reference period when absent. */
  baseline?: number;
  /** Target value; computed from `changePct` when absent. */
  target?: number;
  /** "−X % against the reference": target = reference value × (1 + changePct/100). */
  changePct?: number;
  reference?: ReferencePeriod;
  /** ISO date the target is due. */
  deadline?: string;
  /** 1-based source row, for messages. */
  row?: number;
}

/**
 * A context figure the user provides, e.g. a unit's budget deviation for a year, to set freed capacity against.
 * Negative amounts are deficits.
 */
export interface ContextFigure {
  unit: string;
  /** What the figure is, e.g. "budgetavvikelse". */
  kind: string;
  /** Period it refers to, e.g. "2025". */
  period: string;
  amountSek: number;
  /** Where the figure comes from / what it means; shown with it. */
  note?: string;
  /** 1-based source row, for messages. */
  row?: number;
}

/** A point estimate with its interval (e.g. a 95 % percentile bootstrap interval). */
export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
}
