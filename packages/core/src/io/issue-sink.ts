import type { Msg } from "../messages/msg.js";
import type { IssueCode, QualityIssue } from "../model/quality.js";

/** Extra facts of an issue: the offending value (when safe to show) and, for a summarising issue, how many rows. */
export interface IssueExtra {
  value?: string;
  count?: number;
}

/**
 * A quality issue from its message: the code and both texts come from `msg` (the quality report keeps its shape,
 * Swedish `message` and English `messageEn`).
 * @example
 * qualityIssue(importMessage.missingFlow(), "error", 7, "ärende").code // → "MISSING_FLOW"
 */
export function qualityIssue(msg: Msg<IssueCode>, severity: "error" | "warning", row: number, column: string | null, extra: IssueExtra = {}): QualityIssue {
  const issue: QualityIssue = { row, column, code: msg.code, severity, message: msg.sv, messageEn: msg.en };
  if (extra.value !== undefined) issue.value = extra.value;
  if (extra.count !== undefined) issue.count = extra.count;
  return issue;
}

/**
 * Collects import issues: exact counts per code, and the issues themselves up to a per-code cap so that a
 * file with a million bad rows still yields a report of reasonable size.
 */
export class IssueSink {
  readonly issues: QualityIssue[] = [];
  readonly counts: Partial<Record<IssueCode, number>> = {};
  omitted = 0;
  private readonly kept = new Map<IssueCode, number>();

  constructor(
    readonly file: string | undefined,
    readonly capPerCode = 1000,
  ) {}

  /** Records one issue; its code is the message's. */
  add(severity: "error" | "warning", row: number, column: string | null, msg: Msg<IssueCode>, extra: IssueExtra = {}): void {
    const code = msg.code;
    this.counts[code] = (this.counts[code] ?? 0) + (extra.count ?? 1);
    const kept = this.kept.get(code) ?? 0;
    if (kept >= this.capPerCode) {
      this.omitted++;
      return;
    }
    this.kept.set(code, kept + 1);
    const issue = qualityIssue(msg, severity, row, column, extra);
    if (this.file !== undefined) issue.file = this.file;
    this.issues.push(issue);
  }
}
