import type { ColumnarLog } from "./columnar.js";
import type { Process, Step } from "./process.js";
import { matchKey } from "./step-resolver.js";

/** An extra source column kept with the log, dictionary-encoded (−1 = empty). */
export interface AttributeColumn {
  /** Column name as in the source. */
  readonly name: string;
  /** Value code per observation (index into `values`), −1 where the cell was empty. */
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/**
 * How an observation came about. `0` an interval row or a paired lifecycle start/complete; `1` an instant made
 * from a `start` never completed; `2` an instant made from a `complete` with no open start in its flow; `3` an
 * atomic event (one timestamp; a step that never has a start in the log, or a single-timestamp log).
 */
export type ObservationOrigin = 0 | 1 | 2 | 3;

/**
 * The event log every import returns and every analysis takes: one row per observation, dictionary-encoded
 * strings (codes into `…Ids`, −1 where a value is missing), times as UTC epoch ms. Steps are keyed by
 * (process, step): the same step name in two processes has two step codes, and `stepProcess` tells which.
 * Rows of one flow need not be contiguous or sorted (the kernel's flow index groups and orders them).
 *
 * Extends {@link ColumnarLog}, so the metrics kernel reads it as it is.
 */
export interface EventLog extends ColumnarLog {
  /** 1-based source row of each observation (header = row 1; for a paired lifecycle event, the start's row); 0 when unknown. */
  readonly row: Int32Array;
  /** Process code of each step code (index into `processIds`), −1 when the step's flows have no process. */
  readonly stepProcess: Int32Array;
  /** Model step of each step code, null when the model has none (or no model was given). */
  readonly stepModel: readonly (Step | null)[];
  /** Process code of each flow code, −1 when unknown. */
  readonly flowProcess: Int32Array;
  /** Unit code of each flow code: the first non-empty unit among its observations in source order; −1 none. */
  readonly flowUnit: Int32Array;
  /** Process ids (the model's id where a process of the model matched, else the source value). */
  readonly processIds: readonly string[];
  /** Model process of each process code, null when the model has none. */
  readonly processModel: readonly (Process | null)[];
  /** Unit code per observation, −1 where empty. */
  readonly unit: Int32Array;
  readonly unitIds: readonly string[];
  /** Role code per observation, −1 where empty. */
  readonly role: Int32Array;
  readonly roleIds: readonly string[];
  /** Resource code per observation, −1 where empty. */
  readonly resource: Int32Array;
  readonly resourceIds: readonly string[];
  /** Extra source columns (link keys, case attributes …). */
  readonly attributes: readonly AttributeColumn[];
  /** {@link ObservationOrigin} per observation; absent when every observation is an interval or a paired event. */
  readonly origin?: Uint8Array;
}

/**
 * Code of `value` in a dictionary, or −1. Linear: for small dictionaries and one-off lookups.
 * @example
 * codeOf(log.stepIds, "Läkarbesök") >= 0 // → true
 * codeOf(log.stepIds, "Finns inte") // → -1
 */
export function codeOf(ids: readonly string[], value: string): number {
  return ids.indexOf(value);
}

/**
 * The attribute column named `name` (exact, else trimmed and case-insensitive), or undefined.
 *
 * @example
 * const link = attributeColumn(log, "länk");
 * link && link.codes[0] >= 0 ? link.values[link.codes[0]] : undefined;
 */
export function attributeColumn(log: EventLog, name: string): AttributeColumn | undefined {
  const exact = log.attributes.find((a) => a.name === name);
  if (exact) return exact;
  const k = matchKey(name);
  return log.attributes.find((a) => matchKey(a.name) === k);
}
