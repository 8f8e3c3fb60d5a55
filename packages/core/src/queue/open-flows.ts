import type { EventLog } from "../model/event-log.js";
import { resolveEndSteps } from "./end-steps.js";
import { flowStates } from "./flow-state.js";

/**
 * Which flows are still open at the log's last event: flows of a process whose model names end steps (`endSteps`, or
 * steps marked `end: true`) that have not reached one. A still-open flow's time so far is not a lead time, so the
 * lead-time pages and the monthly report leave these flows out, while the queue analyses count them as open. Flows
 * of a process whose model names no end step, and flows without a model, are never open here: without an end step
 * a flow is taken as completed at its last event.
 *
 * @param log the event log (resolved against its process models)
 * @returns 1 per flow code that is still open, else 0
 * @example
 * const open = openFlowMask(pilotLog);
 * open.reduce((n, x) => n + x, 0) // → 533
 */
export function openFlowMask(log: EventLog): Uint8Array {
  const mask = new Uint8Array(log.flowIds.length);
  const named = resolveEndSteps(log).source.map((s) => s === "model");
  if (!named.includes(true)) return mask;
  const states = flowStates(log);
  for (let f = 0; f < mask.length; f++) {
    const p = log.flowProcess[f];
    if (p >= 0 && named[p] && states.present[f] === 1 && Number.isNaN(states.closeMs[f])) mask[f] = 1;
  }
  return mask;
}
