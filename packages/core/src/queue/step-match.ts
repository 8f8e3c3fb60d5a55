import type { EventLog } from "../model/event-log.js";
import { matchKey } from "../model/step-resolver.js";

/**
 * Marks the step codes whose id, or whose model step's id or name, is one of `names` (trimmed, case-insensitive,
 * as the step resolver compares), in every process.
 * @example
 * const besok = stepMask(log, ["Besök", "Första besök"]);
 * besok[log.step[0]] // → 1 when the first observation is a visit
 */
export function stepMask(log: EventLog, names: readonly string[]): Uint8Array {
  const keys = new Set(names.map(matchKey).filter((k) => k !== ""));
  const mask = new Uint8Array(log.stepIds.length);
  for (let s = 0; s < mask.length; s++) {
    const m = log.stepModel[s];
    if (keys.has(matchKey(log.stepIds[s])) || (m && (keys.has(matchKey(m.id)) || keys.has(matchKey(m.name))))) mask[s] = 1;
  }
  return mask;
}
