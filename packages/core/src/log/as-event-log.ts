import type { EventLog } from "../model/event-log.js";
import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { matchKey } from "../model/step-resolver.js";
import { eventLogFromObservations } from "./from-observations.js";

/** What analyses accept: an EventLog (what imports return) or, through the adapter, observation objects. */
export type LogInput = EventLog | readonly Observation[];

/**
 * The input as an {@link EventLog}: itself, or observations converted once with the model (steps resolved by the
 * one resolver). An EventLog keeps the resolution it got at import; `model` then only matters to the caller.
 *
 * @example
 * const log = asEventLog(result.log); // or asEventLog(observations, model)
 */
export function asEventLog(input: LogInput, model?: Process | readonly Process[]): EventLog {
  if (!Array.isArray(input) && (input as EventLog).flowProcess instanceof Int32Array) return input as EventLog;
  return eventLogFromObservations(input as readonly Observation[], model !== undefined ? { model } : {});
}

/** The text of attribute `names` (first that exists, trimmed and case-insensitive) per observation, or a reader of undefined. */
export function attributeReader(log: EventLog, names: readonly string[]): (i: number) => string | undefined {
  const keys = names.map(matchKey);
  const cols = log.attributes.filter((a) => keys.includes(matchKey(a.name)));
  if (cols.length === 0) return () => undefined;
  return (i) => {
    for (const c of cols) {
      const v = c.codes[i];
      if (v >= 0) return c.values[v];
    }
    return undefined;
  };
}
