import type { IssueCode, QualityIssue, QualityReport } from "@flodes/core";
import { REPORT_SV as R } from "../messages.js";
import { terminalSafe } from "./terminal-safe.js";

/** Options of {@link qualityReportText}. */
export interface QualityTextOptions {
  /** Rows listed per issue code. __Default value:__ `5`. */
  rowsPerCode?: number;
  /** File name in the title. __Default value:__ `report.file`, else `"(indata)"`. */
  file?: string;
}

const number = new Intl.NumberFormat("sv-SE");
const n = (x: number): string => number.format(x);

interface CodeGroup {
  code: IssueCode;
  severity: QualityIssue["severity"];
  count: number;
  issues: QualityIssue[];
}

function groupByCode(report: QualityReport): CodeGroup[] {
  const groups = new Map<IssueCode, CodeGroup>();
  for (const issue of report.issues) {
    let g = groups.get(issue.code);
    if (g === undefined) {
      g = { code: issue.code, severity: issue.severity, count: 0, issues: [] };
      groups.set(issue.code, g);
    }
    if (issue.severity === "error") g.severity = "error";
    g.count += issue.count ?? 1;
    g.issues.push(issue);
  }
  for (const g of groups.values()) {
    const exact = report.counts[g.code];
    if (exact !== undefined) g.count = exact;
  }
  // Errors first (they cost rows), then by how many rows they concern.
  return [...groups.values()].sort((a, b) => Number(b.severity === "error") - Number(a.severity === "error") || b.count - a.count);
}

function issueLine(issue: QualityIssue): string {
  const where = [R.row(issue.row), issue.column !== null ? R.column(issue.column) : null].filter((x) => x !== null).join(", ");
  // A personnummer value is never stored in `value`; other raw values help the user find the row.
  const value =
    issue.value !== undefined && issue.code !== "PERSONNUMMER" && !issue.message.includes(issue.value) ? ` ("${issue.value}")` : "";
  const count = issue.count !== undefined && issue.count > 1 ? ` [${R.rows(issue.count)}]` : "";
  return `    ${where}: ${issue.message}${value}${count}`;
}

/**
 * The quality report as Swedish text for the terminal: the counts (rows in = accepted + rejected), then
 * the issues grouped by code, errors first, with the first rows of each.
 *
 * @example
 * process.stdout.write(qualityReportText(result.quality, { file: "logg.csv" }))
 */
export function qualityReportText(report: QualityReport, options: QualityTextOptions = {}): string {
  const perCode = options.rowsPerCode ?? 5;
  const file = options.file ?? report.file ?? "(indata)";
  const lines: string[] = [R.title(file), ""];
  const rows: [string, string][] = [
    [R.rowsIn, n(report.rowsIn)],
    [R.accepted, n(report.accepted)],
    [R.rejected, n(report.rejected)],
  ];
  if (report.observations !== undefined) rows.push([R.observations, n(report.observations)]);
  if (report.ignoredRows !== undefined && report.ignoredRows > 0) rows.push([R.ignoredRows, n(report.ignoredRows)]);
  if (report.unmatchedStarts > 0 || report.unmatchedCompletes > 0 || Object.keys(report.lifecycle).length > 0) {
    rows.push([R.unmatched, `${n(report.unmatchedStarts)} / ${n(report.unmatchedCompletes)}`]);
    const lc = Object.entries(report.lifecycle).map(([k, v]) => `${k} ${n(v)}`);
    if (lc.length > 0) rows.push([R.lifecycle, lc.join(", ")]);
  }
  if (report.encoding !== undefined) rows.push([R.encoding, report.encoding]);
  if (report.separator !== undefined) {
    rows.push([R.separator, report.separator === "\t" ? "tab" : `"${report.separator}"`]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) lines.push(`  ${`${label}:`.padEnd(width + 2)}${value}`);
  lines.push(`  (${R.identity}: ${n(report.rowsIn)} = ${n(report.accepted)} + ${n(report.rejected)})`, "");

  const groups = groupByCode(report);
  if (groups.length === 0) {
    lines.push(R.noIssues);
    return terminalSafe(`${lines.join("\n")}\n`);
  }
  lines.push(R.issuesTitle);
  for (const g of groups) {
    lines.push(`  ${g.code} — ${R.rows(g.count)} (${g.severity === "error" ? R.error : R.warning})`);
    for (const issue of g.issues.slice(0, perCode)) lines.push(issueLine(issue));
    const rest = g.count - g.issues.slice(0, perCode).reduce((s, i) => s + (i.count ?? 1), 0);
    if (rest > 0) lines.push(`    ${R.more(rest)}`);
  }
  if (report.omittedIssues !== undefined && report.omittedIssues > 0) lines.push("", R.omitted(report.omittedIssues));
  // File names, columns and values come from the input: never let them drive the terminal.
  return terminalSafe(`${lines.join("\n")}\n`);
}
