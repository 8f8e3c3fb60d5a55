/**
 * An event log in columnar form: the shape the metrics kernel works on. Row `i` is one observation.
 * Observations of one flow need not be contiguous or sorted; the kernel groups and sorts them.
 */
export interface ColumnarLog {
  /** Number of observations. */
  readonly length: number;
  /** Flow code per observation (index into `flowIds`). */
  readonly flow: Int32Array;
  /** Step code per observation (index into `stepIds`). */
  readonly step: Int32Array;
  /** Start, UTC epoch ms. */
  readonly start: Float64Array;
  /** End, UTC epoch ms (≥ start). */
  readonly end: Float64Array;
  /** Category code per observation (0 VA, 1 NNVA, 2 NVA; see CATEGORY_CODE). */
  readonly category: Int8Array;
  /** Flow id per flow code. */
  readonly flowIds: readonly string[];
  /** Step id per step code. */
  readonly stepIds: readonly string[];
  /** 1 where the observation's start was derived from a standard duration (assumption flagged in output). */
  readonly assumedStart?: Uint8Array;
  /**
   * 1 where the category was not given (no override, step unknown to the model) and was taken as NNVA.
   * Absent means every category was given.
   */
  readonly assumedCategory?: Uint8Array;
}
