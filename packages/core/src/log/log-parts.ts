import type { EventLog } from "../model/event-log.js";

/**
 * Columns of a log as read, before steps and processes are resolved against a model: step and process are
 * the source's own values (trimmed). Built by the import's log builder and by {@link eventLogFromObservations};
 * turned into an {@link EventLog} by `resolveEventLog`.
 */
export interface LogParts
  extends Pick<
    EventLog,
    | "length"
    | "flow"
    | "flowIds"
    | "start"
    | "end"
    | "row"
    | "unit"
    | "unitIds"
    | "role"
    | "roleIds"
    | "resource"
    | "resourceIds"
    | "attributes"
    | "assumedStart"
    | "origin"
  > {
  /** Source step value code per observation. */
  readonly step: Int32Array;
  readonly stepValues: readonly string[];
  /** Source process value code per observation, −1 where empty; absent when the source has no process column. */
  readonly process?: Int32Array;
  readonly processValues: readonly string[];
  /** Category given on the row (0 VA, 1 NNVA, 2 NVA), −1 when none. */
  readonly category: Int8Array;
}
