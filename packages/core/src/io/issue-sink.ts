import type { IssueCode, QualityIssue } from "../model/quality.js";

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

  add(
    code: IssueCode,
    severity: "error" | "warning",
    row: number,
    column: string | null,
    msg: { message: string; messageEn: string },
    extra: { value?: string; count?: number } = {},
  ): void {
    this.counts[code] = (this.counts[code] ?? 0) + (extra.count ?? 1);
    const kept = this.kept.get(code) ?? 0;
    if (kept >= this.capPerCode) {
      this.omitted++;
      return;
    }
    this.kept.set(code, kept + 1);
    const issue: QualityIssue = { row, column, code, severity, message: msg.message, messageEn: msg.messageEn };
    if (this.file !== undefined) issue.file = this.file;
    if (extra.value !== undefined) issue.value = extra.value;
    if (extra.count !== undefined) issue.count = extra.count;
    this.issues.push(issue);
  }
}
