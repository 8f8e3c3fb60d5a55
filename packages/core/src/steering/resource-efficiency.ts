import { qualityIssue } from "../io/issue-sink.js";
import { steeringText as M } from "../messages/steering.js";
import type { EventLog } from "../model/event-log.js";
import type { QualityIssue } from "../model/quality.js";
import { matchKey } from "../model/step-resolver.js";
import { observationRoleOf, observationUnitOf } from "./attribution.js";
import { monthSpanOf, monthsFromTo, workdaysInMonth } from "./months.js";
import type { StaffingRow } from "./types.js";

const HOUR_MS = 3_600_000;

/** Options of {@link availableHours} and {@link resourceEfficiency}. */
export interface AvailableTimeOptions {
  /**
   * Share of contracted time that is available for work, 0–1 (e.g. 0,85 to take out vacation, sick leave and
   * education). __Default:__ 1 — contracted time on working days, nothing deducted.
   */
  availableShare?: number;
}

/** Options of {@link resourceEfficiency}. */
export interface ResourceEfficiencyOptions extends AvailableTimeOptions {
  /** Zone for month boundaries. __Default:__ "Europe/Stockholm". */
  tz?: string;
  /** First month ("YYYY-MM"). __Default:__ the month of the log's first observation. */
  fromMonth?: string;
  /** Last month, inclusive. __Default:__ the month of the log's last observation. */
  toMonth?: string;
}

/** Touch time against available staff time for one role of one unit in one month. */
export interface RoleEfficiency {
  unit: string;
  role: string;
  month: string;
  /** Σ durations of the role's observations in the unit in the month (person-time; parallel work counts twice). */
  touchHours: number;
  /** Staff time the staffing file makes available to the measured flows; null when the file has no row for it. */
  availableHours: number | null;
  /** touchHours ÷ availableHours; null when nothing is available. */
  resourceEfficiency: number | null;
}

/** Result of {@link resourceEfficiency}. */
export interface ResourceEfficiencyResult {
  /** One row per unit, role and month with touch time or staffing, units and roles in order of first appearance. */
  roles: RoleEfficiency[];
  months: string[];
  /** Touch hours of observations with no unit (neither in the log nor through the process); not in any row. */
  unassignedTouchHours: number;
  /** Roles that work in a unit but have no staffing there; units in the staffing file that have no work. */
  issues: QualityIssue[];
}

/**
 * Staff hours a staffing file makes available to the measured flows for one unit and role in a month:
 * Σ over the rows that apply in the month of staff × tjänstgöringsgrad × share in the flows × hours per week ÷ 5 ×
 * working days of the month (weekdays that are not Swedish public holidays or closed eves) × `availableShare`.
 * Units and roles match trimmed and case-insensitively. Null when no row applies.
 *
 * @example
 * // 2 nurses at 80 %, 40 h/week, all of it in the flow, in March 2025 (21 working days): 2 × 0,8 × 8 h × 21
 * availableHours([{ unit: "u", role: "Sjuksköterska", staff: 2, employmentRate: 0.8, hoursPerWeek: 40, shareInFlows: 1 }], "u", "Sjuksköterska", "2025-03") // → 268.8
 */
export function availableHours(
  staffing: readonly StaffingRow[],
  unit: string,
  role: string,
  month: string,
  options: AvailableTimeOptions = {},
): number | null {
  const u = matchKey(unit);
  const r = matchKey(role);
  const days = workdaysInMonth(month);
  const share = options.availableShare ?? 1;
  let hours = 0;
  let any = false;
  for (const s of staffing) {
    if (matchKey(s.unit) !== u || matchKey(s.role) !== r) continue;
    if ((s.fromMonth !== undefined && month < s.fromMonth) || (s.toMonth !== undefined && month > s.toMonth)) continue;
    any = true;
    hours += s.staff * s.employmentRate * s.shareInFlows * (s.hoursPerWeek / 5) * days * share;
  }
  return any ? hours : null;
}

/**
 * Resource efficiency (resurseffektivitet) per unit, role and month: touch time of the role's work in the unit ÷ the
 * staff time available to the measured flows ({@link availableHours}). Touch time is person-time — every
 * observation's own duration, so two people working at once count twice — split at month boundaries (local time),
 * whatever the category (VA, NNVA and NVA work all occupy staff). An observation's unit is its own, else its flow's,
 * else its process's; its role its own, else the model step's. Work by a role the staffing file lacks for the unit is
 * kept (availableHours null) and reported; nothing is dropped silently.
 *
 * @example
 * const { roles } = resourceEfficiency(pilotLog, staffing, { fromMonth: "2025-01", toMonth: "2025-12" });
 * roles.find((r) => r.unit === "narsjukvard-umea" && r.role === "Läkare" && r.month === "2025-03")?.resourceEfficiency // → 0.846… — touch time ÷ staffed time (synthetic pilot)
 */
export function resourceEfficiency(
  log: EventLog,
  staffing: readonly StaffingRow[],
  options: ResourceEfficiencyOptions = {},
): ResourceEfficiencyResult {
  const tz = options.tz ?? "Europe/Stockholm";
  const spanOf = monthSpanOf(tz);
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let i = 0; i < log.length; i++) {
    if (log.start[i] < minMs) minMs = log.start[i];
    if (log.end[i] > maxMs) maxMs = log.end[i];
  }
  const fromMonth = options.fromMonth ?? (minMs < Infinity ? spanOf(minMs).month : undefined);
  const toMonth = options.toMonth ?? (maxMs > -Infinity ? spanOf(maxMs).month : undefined);
  const months = fromMonth !== undefined && toMonth !== undefined ? monthsFromTo(fromMonth, toMonth) : [];
  const inRange = new Set(months);

  // Touch ms per unit → role → month, keeping the first spelling of each unit and role.
  const touch = new Map<string, { unit: string; roles: Map<string, { role: string; byMonth: Map<string, number> }> }>();
  let unassignedMs = 0;
  const add = (unit: string, role: string, month: string, ms: number) => {
    let u = touch.get(matchKey(unit));
    if (!u) touch.set(matchKey(unit), (u = { unit, roles: new Map() }));
    let r = u.roles.get(matchKey(role));
    if (!r) u.roles.set(matchKey(role), (r = { role, byMonth: new Map() }));
    r.byMonth.set(month, (r.byMonth.get(month) ?? 0) + ms);
  };
  for (let i = 0; i < log.length; i++) {
    let a = log.start[i];
    const b = log.end[i];
    if (!(b > a)) continue;
    const unit = observationUnitOf(log, i);
    if (unit === null) {
      unassignedMs += b - a;
      continue;
    }
    const role = observationRoleOf(log, i);
    while (a < b) {
      const span = spanOf(a);
      const end = Math.min(b, span.toMs);
      if (inRange.has(span.month)) add(unit, role, span.month, end - a);
      a = end;
    }
  }
  // Staffed unit/role pairs without any work still get rows (resource efficiency 0 shows idle staffing).
  for (const s of staffing) {
    for (const m of months) if (availableHours([s], s.unit, s.role, m) !== null) add(s.unit, s.role, m, 0);
  }

  const roles: RoleEfficiency[] = [];
  const issues: QualityIssue[] = [];
  const hoursText = (h: number) => new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(h).replace(/\u00a0/g, " ");
  const staffedUnits = new Set(staffing.map((s) => matchKey(s.unit)));
  const workedUnits = new Set<string>();
  for (const [uKey, u] of touch) {
    for (const r of u.roles.values()) {
      let unstaffedMs = 0;
      for (const month of months) {
        const ms = r.byMonth.get(month);
        if (ms === undefined) continue;
        if (ms > 0) workedUnits.add(uKey);
        const available = availableHours(staffing, u.unit, r.role, month, options);
        if (available === null) unstaffedMs += ms;
        const touchHours = ms / HOUR_MS;
        roles.push({
          unit: u.unit,
          role: r.role,
          month,
          touchHours,
          availableHours: available,
          resourceEfficiency: available !== null && available > 0 ? touchHours / available : null,
        });
      }
      if (unstaffedMs > 0 && staffedUnits.has(uKey)) {
        issues.push(
          qualityIssue(M.unstaffedRole(u.unit, r.role, hoursText(unstaffedMs / HOUR_MS)), "warning", 0, "roll", { value: r.role }),
        );
      }
    }
  }
  for (const s of staffing) {
    const k = matchKey(s.unit);
    if (!workedUnits.has(k) && !issues.some((i) => i.value === s.unit)) {
      issues.push(qualityIssue(M.unknownStaffedUnit(s.unit), "warning", s.row ?? 0, "enhet", { value: s.unit }));
    }
  }
  return { roles, months, unassignedTouchHours: unassignedMs / HOUR_MS, issues };
}
