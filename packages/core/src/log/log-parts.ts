import type { AttributeColumn } from "../model/event-log.js";

/**
 * Columns of a log as read, before steps and processes are resolved against a model: step and process are
 * the source's own values (trimmed). Built by the import's log builder and by {@link eventLogFromObservations};
 * turned into an {@link EventLog} by `resolveEventLog`.
 */
export interface LogParts {
  readonly length: number;
  readonly flow: Int32Array;
  readonly flowIds: readonly string[];
  /** Source step value code per observation. */
  readonly step: Int32Array;
  readonly stepValues: readonly string[];
  /** Source process value code per observation, −1 where empty; absent when the source has no process column. */
  readonly process?: Int32Array;
  readonly processValues: readonly string[];
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Category given on the row (0 VA, 1 NNVA, 2 NVA), −1 when none. */
  readonly category: Int8Array;
  readonly row: Int32Array;
  readonly unit: Int32Array;
  readonly unitIds: readonly string[];
  readonly role: Int32Array;
  readonly roleIds: readonly string[];
  readonly resource: Int32Array;
  readonly resourceIds: readonly string[];
  readonly attributes: readonly AttributeColumn[];
  readonly assumedStart?: Uint8Array;
  readonly origin?: Uint8Array;
}
