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
  | "UNIT_CYCLE";

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
  /** Counts of issues per code. */
  counts: Partial<Record<IssueCode, number>>;
}
