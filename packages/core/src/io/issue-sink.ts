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
 * qualityIssue(msg("MISSING_FLOW", "Flödes-id saknas.", "The flow id is missing."), "error", 7, "ärende").code // → "MISSING_FLOW"
 */
export function qualityIssue(
  msg: Msg<IssueCode>,
  severity: "error" | "warning",
  row: number,
  column: string | null,
  extra: IssueExtra = {},
): QualityIssue {
  const issue: QualityIssue = { row, column, code: msg.code, severity, message: msg.sv, messageEn: msg.en };
  if (extra.value !== undefined) issue.value = extra.value;
  if (extra.count !== undefined) issue.count = extra.count;
  return issue;
}

/**
 * Collects import issues: exact counts per code, and the issues themselves up to a per-code cap so that a
 * file with a million bad rows still yields a report of reasonable size.
 * @example
 * const sink = new IssueSink("logg.csv", 1);
 * const missing = msg("MISSING_FLOW", "Flödes-id (ärende) saknas.", "The flow (case) id is missing.");
 * sink.add("error", 7, "ärende", missing);
 * sink.add("error", 9, "ärende", missing);
 * [sink.counts.MISSING_FLOW, sink.issues.length, sink.omitted] // → [2, 1, 1] — counts stay exact past the cap
 * sink.issues[0] // → { file: "logg.csv", row: 7, column: "ärende", code: "MISSING_FLOW", severity: "error", message: "Flödes-id (ärende) saknas.", messageEn: "The flow (case) id is missing." }
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
