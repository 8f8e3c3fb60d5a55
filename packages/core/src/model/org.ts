/** Levels of the organisation, bottom-up. */
export type UnitLevel = "enhet" | "verksamhetsområde" | "förvaltning" | "region";

/** Levels in bottom-up order. */
export const UNIT_LEVELS: readonly UnitLevel[] = ["enhet", "verksamhetsområde", "förvaltning", "region"];

/** An operational unit (verksamhet) in the hierarchy. */
export interface Unit {
  id: string;
  name: string;
  level: UnitLevel;
  /** Parent unit id; absent for the root. */
  parent?: string;
}

/** Measures a goal can be set on. */
export type GoalMetric =
  | "leadTimeMedianMs"
  | "leadTimeP85Ms"
  | "flowEfficiency"
  | "nvaShare"
  | "waitMedianMs"
  | "costOfWasteSek"
  /** Väntan som andel av ledtid: Σ wait ÷ Σ lead time (docs/metrics.md, "Waste shares"). */
  | "waitShare"
  /** Slöseri som andel av arbetad tid: Σ durations of NVA observations ÷ Σ durations of all observations. */
  | "nvaWorkShare";

/** A målbild goal: move `metric` of `unit` from `baseline` to `target` by `deadline`. */
export interface Goal {
  unit: string;
  metric: GoalMetric;
  baseline: number;
  target: number;
  /** ISO date, e.g. "2026-06-30". */
  deadline: string;
  /** ISO date the baseline refers to (default: start of data). */
  baselineDate?: string;
}
