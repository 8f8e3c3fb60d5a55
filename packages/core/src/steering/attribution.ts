import type { EventLog } from "../model/event-log.js";

/** Name used for work whose role neither the log nor the model gives. */
export const UNKNOWN_ROLE = "Okänd roll";

/**
 * The unit of flow `f`: its first non-empty unit in the log, else its process's owning unit; null when neither.
 * @example flowUnitOf(log, 0) // → "narsjukvard-umea"
 */
export function flowUnitOf(log: EventLog, f: number): string | null {
  const u = log.flowUnit[f];
  if (u !== undefined && u >= 0) return log.unitIds[u] ?? null;
  const p = log.flowProcess[f];
  return p !== undefined && p >= 0 ? (log.processModel[p]?.unit ?? null) : null;
}

/**
 * The unit an observation's work belongs to: its own unit, else its flow's unit (see {@link flowUnitOf}).
 * @example observationUnitOf(log, 12) // → "narsjukvard-umea"
 */
export function observationUnitOf(log: EventLog, i: number): string | null {
  const u = log.unit[i];
  if (u >= 0) return log.unitIds[u] ?? null;
  return flowUnitOf(log, log.flow[i]);
}

/**
 * The role doing an observation: its own role, else the model step's role, else {@link UNKNOWN_ROLE}.
 * @example observationRoleOf(log, 12) // → "Läkare"
 */
export function observationRoleOf(log: EventLog, i: number): string {
  const r = log.role[i];
  if (r >= 0) return log.roleIds[r] ?? UNKNOWN_ROLE;
  return log.stepModel[log.step[i]]?.role ?? UNKNOWN_ROLE;
}

/**
 * The process id of flow `f`, or null.
 * @example flowProcessOf(log, 0) // → "ume-diabetes"
 */
export function flowProcessOf(log: EventLog, f: number): string | null {
  const p = log.flowProcess[f];
  return p !== undefined && p >= 0 ? (log.processIds[p] ?? null) : null;
}
