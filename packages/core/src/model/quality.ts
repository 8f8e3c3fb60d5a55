/** Codes for import issues. Stable: tests and users match on them. */
export type IssueCode =
  | "END_BEFORE_START"
  | "UNPARSEABLE_TIME"
  | "MISSING_FLOW"
  | "MISSING_STEP"
  | "MISSING_TIME"
  | "DUPLICATE_ROW"
  | "UNMATCHED_START"
  | "UNMATCHED_COMPLETE"
  | "LIFECYCLE_IGNORED"
  | "DST_GAP"
  | "DST_AMBIGUOUS"
  | "PERSONNUMMER"
  | "UNKNOWN_STEP"
  | "BAD_CATEGORY"
  | "BAD_NUMBER"
  | "WRONG_FIELD_COUNT"
  | "UNTERMINATED_QUOTE"
  | "ASSUMED_DURATION"
  | "MISSING_LINK"
  | "UNKNOWN_UNIT"
  | "UNIT_CYCLE"
  | "DATE_ORDER_ASSUMED"
  | "PSEUDONYMISED"
  | "ENCODING_FALLBACK"
  | "BAD_WASTE_TYPE"
  | "IMPLAUSIBLE_TIME"
  | "DUPLICATE_COLUMN"
  | "ENCODING_MIXED"
  | "BAD_END_STEP"
  | "MISSING_VALUE"
  | "BAD_VALUE"
  | "UNKNOWN_REFERENCE";

/** Codes of file-level problems that stop an import. */
export type ImportErrorCode =
  | IssueCode
  | "UNREADABLE"
  | "NO_FLOW_COLUMN"
  | "NO_STEP_COLUMN"
  | "NO_TIME_COLUMN"
  | "NO_SUCH_COLUMN"
  | "EMPTY"
  /** An XML source declares entities or an external DTD (refused: no entity expansion, no other file is read). */
  | "UNSAFE_XML"
  /** Input too large: a compressed source past its decompressed-size or ratio limit, or a log past memory. */
  | "TOO_LARGE";

/** One problem found during import. Errors reject the row; warnings keep it. */
export interface QualityIssue {
  file?: string;
  /** 1-based physical line of the row in the file (header = 1); 0 when not tied to a row. */
  row: number;
  /** Column name as in the file; null when the whole row is concerned. */
  column: string | null;
  code: IssueCode;
  severity: "error" | "warning";
  /** Swedish message. */
  message: string;
  /** English message. */
  messageEn: string;
  /** The offending raw value, when safe to show (never a personnummer). */
  value?: string;
  /** For a summarising issue (one per value or step instead of one per row): how many rows it covers. */
  count?: number;
}

/** Result of an import. Invariant: rowsIn = accepted + rejected. */
export interface QualityReport {
  file?: string;
  rowsIn: number;
  accepted: number;
  rejected: number;
  issues: QualityIssue[];
  unmatchedStarts: number;
  unmatchedCompletes: number;
  /** Counts of lifecycle values seen (e.g. { start: 10, complete: 10, schedule: 2 }). */
  lifecycle: Record<string, number>;
  /** Counts of issues per code (rows or events concerned; a summarising issue adds its `count`). */
  counts: Partial<Record<IssueCode, number>>;
  /**
   * Observations produced. Interval and single-timestamp logs: one per accepted row. Lifecycle logs: a
   * paired start + complete is 2 accepted rows and 1 observation; an atomic complete is 1 row, 1 observation.
   */
  observations?: number;
  /** Accepted rows deliberately not turned into observations (lifecycle values such as schedule, suspend). */
  ignoredRows?: number;
  /** Issues left out of `issues` because a code exceeded the per-code cap (`counts` stays exact). */
  omittedIssues?: number;
  /** Text encoding the input was read as. */
  encoding?: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
  /** Field separator detected or given (CSV only). */
  separator?: string;
}
