import { basisOf } from "../cost/cost-items.js";
import { flowIndexOf } from "../log/flow-index.js";
import { computeFlows } from "../metrics/kernel.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { EventLog } from "../model/event-log.js";
import type { QualityIssue } from "../model/quality.js";
import { matchKey } from "../model/step-resolver.js";
import type { TimeBasis } from "../model/time-basis.js";
import { flowUnitOf } from "./attribution.js";
import { monthSpanOf } from "./months.js";
import { type ResourceEfficiencyOptions, type RoleEfficiency, resourceEfficiency } from "./resource-efficiency.js";
import type { StaffingRow } from "./types.js";

/** Where a unit sits in Modig & Åhlström's efficiency matrix. */
export type EfficiencyQuadrant = "effektiva öar" | "perfekt tillstånd" | "ödemark" | "effektivt hav";

/** Options of {@link efficiencyMatrix}. */
export interface EfficiencyMatrixOptions extends ResourceEfficiencyOptions {
  /** Measure flow efficiency in working time. __Default:__ calendar time (as everywhere in flodes). */
  calendar?: WorkingCalendar;
  /**
   * Flow efficiency from which a unit counts as flow-efficient (the vertical line of the matrix).
   * __Default:__ 0.5 — Modig & Åhlström draw the matrix with the lines in the middle of both axes; referral flows in
   * healthcare sit far below it, which is the point the matrix makes.
   */
  flowThreshold?: number;
  /** Resource efficiency from which a unit counts as resource-efficient (the horizontal line). __Default:__ 0.5. */
  resourceThreshold?: number;
  /**
   * Period of each point: a month, or a quarter (three months added up: Σ VA ÷ Σ lead of the flows that ended in it,
   * Σ touch ÷ Σ available hours) — a unit's path reads more clearly when a month holds few flows. __Default:__ "month".
   */
  grain?: "month" | "quarter";
}

/**
 * The quarter of a month, "2025-03" → "2025-K1" (kvartal).
 * @example quarterOf("2025-11") // → "2025-K4"
 */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-K${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** One unit in one period (month or quarter): its coordinates in the efficiency matrix. */
export interface EfficiencyPoint {
  unit: string;
  /** "YYYY-MM", or "YYYY-Kn" for quarters. */
  period: string;
  /** Flows of the unit that ended in the period (the completion month, as everywhere in flodes). */
  flows: number;
  /** Σ VA ÷ Σ lead time of those flows; null without flows. */
  flowEfficiency: number | null;
  /** Touch hours of all staffed roles of the unit in the month. */
  touchHours: number;
  /** Available hours of all staffed roles; null when the unit has no staffing in the month. */
  availableHours: number | null;
  /** touchHours ÷ availableHours over the staffed roles; null without staffing. */
  resourceEfficiency: number | null;
  /** Touch hours of roles without staffing in the unit (not in the ratio, shown so nothing is hidden). */
  unstaffedTouchHours: number;
  /** Null when a coordinate is missing. */
  quadrant: EfficiencyQuadrant | null;
}

/** A unit's path through the matrix: its first and last period with both coordinates. */
export interface EfficiencyPath {
  unit: string;
  first: EfficiencyPoint;
  last: EfficiencyPoint;
  /** last − first, in shares (positive = more efficient). */
  flowChange: number;
  resourceChange: number;
}

/** Result of {@link efficiencyMatrix}. */
export interface EfficiencyMatrix {
  basis: TimeBasis;
  grain: "month" | "quarter";
  months: string[];
  /** The periods of the points, in order (the months, or their quarters). */
  periods: string[];
  /** One point per unit and period with flows or work, units in order of first appearance. */
  points: EfficiencyPoint[];
  /** Per unit with at least one complete point. */
  paths: EfficiencyPath[];
  /** The per-role detail behind the resource efficiency. */
  roles: RoleEfficiency[];
  thresholds: { flow: number; resource: number };
  unassignedTouchHours: number;
  issues: QualityIssue[];
}

/**
 * The quadrant of a point: high resource and low flow efficiency = "effektiva öar", both high = "perfekt tillstånd",
 * both low = "ödemark", high flow and low resource = "effektivt hav" (a value equal to a threshold counts as high).
 * @example quadrantOf(0.002, 0.8) // → "effektiva öar"
 */
export function quadrantOf(
  flowEfficiency: number,
  resourceEfficiency: number,
  thresholds: { flow: number; resource: number } = { flow: 0.5, resource: 0.5 },
): EfficiencyQuadrant {
  const highFlow = flowEfficiency >= thresholds.flow;
  const highResource = resourceEfficiency >= thresholds.resource;
  if (highResource) return highFlow ? "perfekt tillstånd" : "effektiva öar";
  return highFlow ? "effektivt hav" : "ödemark";
}

/**
 * The efficiency matrix (Modig & Åhlström, *Det här är lean*) per unit and month (or quarter): flow efficiency (Σ VA ÷
 * Σ lead time of the unit's flows that ended in the period) against resource efficiency (touch time of the staffed roles ÷
 * their available staff time, {@link resourceEfficiency}). Each unit's path over the periods shows whether it moves
 * from "effektiva öar" (busy staff, waiting patients) toward the efficient frontier — or only gets busier.
 *
 * @example
 * const m = efficiencyMatrix(pilotLog, staffing, { fromMonth: "2025-01", toMonth: "2025-12" });
 * m.paths.every((p) => p.first.period <= p.last.period) // → true
 */
export function efficiencyMatrix(log: EventLog, staffing: readonly StaffingRow[], options: EfficiencyMatrixOptions = {}): EfficiencyMatrix {
  const tz = options.tz ?? "Europe/Stockholm";
  const thresholds = { flow: options.flowThreshold ?? 0.5, resource: options.resourceThreshold ?? 0.5 };
  const re = resourceEfficiency(log, staffing, options);
  const inRange = new Set(re.months);
  const spanOf = monthSpanOf(tz);
  const cols = computeFlows(log, { index: flowIndexOf(log), ...(options.calendar ? { calendar: options.calendar } : {}) });

  const grain = options.grain ?? "month";
  const periodOf = (month: string) => (grain === "quarter" ? quarterOf(month) : month);
  const periods = [...new Set(re.months.map(periodOf))];
  type Acc = {
    unit: string;
    period: string;
    flows: number;
    va: number;
    lead: number;
    touch: number;
    available: number;
    staffed: boolean;
    unstaffed: number;
  };
  const acc = new Map<string, Acc>();
  const order: string[] = [];
  const cell = (unit: string, month: string): Acc => {
    const period = periodOf(month);
    const key = `${matchKey(unit)}\u0000${period}`;
    let a = acc.get(key);
    if (!a) {
      acc.set(key, (a = { unit, period, flows: 0, va: 0, lead: 0, touch: 0, available: 0, staffed: false, unstaffed: 0 }));
      if (!order.includes(matchKey(unit))) order.push(matchKey(unit));
    }
    return a;
  };
  // Units keep the spelling they first appear with (log first, then staffing).
  const spelling = new Map<string, string>();
  const name = (u: string) => {
    const k = matchKey(u);
    if (!spelling.has(k)) spelling.set(k, u);
    return spelling.get(k)!;
  };
  for (let f = 0; f < log.flowIds.length; f++) {
    if (cols.observations[f] === 0) continue;
    const unit = flowUnitOf(log, f);
    if (unit === null) continue;
    const month = spanOf(cols.endMs[f]).month;
    if (!inRange.has(month)) continue;
    const a = cell(name(unit), month);
    a.flows++;
    a.va += cols.vaMs[f];
    a.lead += cols.leadTimeMs[f];
  }
  for (const r of re.roles) {
    const a = cell(name(r.unit), r.month);
    if (r.availableHours === null) a.unstaffed += r.touchHours;
    else {
      a.staffed = true;
      a.touch += r.touchHours;
      a.available += r.availableHours;
    }
  }

  const points: EfficiencyPoint[] = [];
  for (const u of order) {
    for (const period of periods) {
      const a = acc.get(`${u}\u0000${period}`);
      if (!a) continue;
      const flowEfficiency = a.lead > 0 ? a.va / a.lead : null;
      const availableHours = a.staffed ? a.available : null;
      const resourceEff = availableHours !== null && availableHours > 0 ? a.touch / availableHours : null;
      points.push({
        unit: a.unit,
        period,
        flows: a.flows,
        flowEfficiency,
        touchHours: a.touch,
        availableHours,
        resourceEfficiency: resourceEff,
        unstaffedTouchHours: a.unstaffed,
        quadrant: flowEfficiency !== null && resourceEff !== null ? quadrantOf(flowEfficiency, resourceEff, thresholds) : null,
      });
    }
  }
  const paths: EfficiencyPath[] = [];
  for (const u of order) {
    const complete = points.filter((p) => matchKey(p.unit) === u && p.quadrant !== null);
    if (complete.length === 0) continue;
    const first = complete[0]!;
    const last = complete[complete.length - 1]!;
    paths.push({
      unit: first.unit,
      first,
      last,
      flowChange: (last.flowEfficiency as number) - (first.flowEfficiency as number),
      resourceChange: (last.resourceEfficiency as number) - (first.resourceEfficiency as number),
    });
  }
  return {
    basis: basisOf(options.calendar),
    grain,
    months: re.months,
    periods,
    points,
    paths,
    roles: re.roles,
    thresholds,
    unassignedTouchHours: re.unassignedTouchHours,
    issues: re.issues,
  };
}
