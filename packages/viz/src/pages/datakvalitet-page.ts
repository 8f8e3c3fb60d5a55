import type { ColumnMapping, ImportResult, QualityReport } from "@flodes/core";
import { formatNumber } from "../format.js";

/** How many issues per file the page lists row by row. */
const MAX_ISSUES = 50;

/** The page's words for an import's kind of log and an issue's severity. */
const KIND_SV: Readonly<Record<ImportResult["kind"], string>> = {
  interval: "start och slut per rad",
  single: "en tidpunkt per händelse",
  lifecycle: "livscykel (start/complete)",
};
const SEVERITY_SV: Readonly<Record<string, string>> = { error: "fel", warning: "varning" };
const WHOLE_ROW_SV = "(hela raden)";

/** One issue code's count, with one example message. */
export interface QualityCodeCount {
  code: string;
  severity: string;
  /** "fel" or "varning". */
  severityLabel: string;
  n: number;
  message: string;
}

/** One file on the Datakvalitet page: its counts, problems per code and the first problems row by row. */
export interface QualityFileReport {
  /** The file's path as given. */
  file: string;
  /** Its name without folders, for headings and charts. */
  name: string;
  about: string;
  kind: ImportResult["kind"] | null;
  /** The kind in Swedish words ("livscykel (start/complete)"), null when unknown. */
  kindLabel: string | null;
  mapping: ColumnMapping | null;
  /** The file was refused as a whole (e.g. personnummer): code and message. */
  refused: { code: string; message: string; messageEn?: string } | null;
  rowsIn: number;
  accepted: number;
  rejected: number;
  unmatchedStarts: number;
  unmatchedCompletes: number;
  /** Unmatched starts plus unmatched completes. */
  unmatched: number;
  lifecycle: Record<string, number>;
  /** The lifecycle values with their counts, as a line: "start 120 · complete 118 · schedule 4". */
  lifecycleText: string;
  counts: QualityCodeCount[];
  /** The first issues row by row; `columnLabel` is the column or "(hela raden)". */
  issues: {
    row: number;
    column: string | null;
    columnLabel: string;
    code: string;
    severity: string;
    severityLabel: string;
    message: string;
  }[];
  issuesShown: number;
  issuesTotal: number;
}

/**
 * A file's entry on the Datakvalitet page, from its import's quality report — or, when the import refused the file,
 * from the refusal alone (counts zero). Problems are counted per code (most frequent first, one example message
 * each) and the first {@link MAX_ISSUES} are listed with row and column. The same function serves the pilot's sample
 * files (data loader) and a user's own file (the browser's worker).
 *
 * @param quality the import's quality report, or null when the file was refused
 * @param info file name, a line about it, the import's kind and mapping, the refusal
 * @example
 * const r = await importFile("logg.csv");
 * qualityFileReport(r.quality, { file: "logg.csv", about: "Egen mätning", kind: r.kind, mapping: r.mapping })
 */
export function qualityFileReport(
  quality: QualityReport | null,
  info: {
    file: string;
    about: string;
    kind?: ImportResult["kind"] | null;
    mapping?: ColumnMapping | null;
    refused?: QualityFileReport["refused"];
  },
): QualityFileReport {
  const kind = info.kind ?? null;
  const head = {
    file: info.file,
    name: info.file.split(/[\\/]/).pop() ?? info.file,
    about: info.about,
    kind,
    kindLabel: kind === null ? null : KIND_SV[kind],
    mapping: info.mapping ?? null,
    refused: info.refused ?? null,
  };
  if (!quality) {
    return {
      ...head,
      rowsIn: 0,
      accepted: 0,
      rejected: 0,
      unmatchedStarts: 0,
      unmatchedCompletes: 0,
      unmatched: 0,
      lifecycle: {},
      lifecycleText: "",
      counts: [],
      issues: [],
      issuesShown: 0,
      issuesTotal: 0,
    };
  }
  const byCode = new Map<string, QualityCodeCount>();
  for (const i of quality.issues) {
    if (!byCode.has(i.code))
      byCode.set(i.code, {
        code: i.code,
        severity: i.severity,
        severityLabel: SEVERITY_SV[i.severity] ?? i.severity,
        n: 1,
        message: i.message,
      });
  }
  const counts = Object.entries(quality.counts).map(([code, n]) => ({
    ...(byCode.get(code) ?? { code, severity: "", severityLabel: "", message: "" }),
    n: n ?? 0,
  }));
  counts.sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
  const issues = quality.issues.slice(0, MAX_ISSUES).map((i) => ({
    row: i.row,
    column: i.column,
    columnLabel: i.column ?? WHOLE_ROW_SV,
    code: i.code,
    severity: i.severity,
    severityLabel: SEVERITY_SV[i.severity] ?? i.severity,
    message: i.message,
  }));
  return {
    ...head,
    rowsIn: quality.rowsIn,
    accepted: quality.accepted,
    rejected: quality.rejected,
    unmatchedStarts: quality.unmatchedStarts,
    unmatchedCompletes: quality.unmatchedCompletes,
    unmatched: quality.unmatchedStarts + quality.unmatchedCompletes,
    lifecycle: { ...quality.lifecycle },
    lifecycleText: Object.entries(quality.lifecycle)
      .map(([k, n]) => `${k} ${formatNumber(n, 0)}`)
      .join(" · "),
    counts,
    issues,
    issuesShown: issues.length,
    issuesTotal: counts.reduce((s, c) => s + c.n, 0),
  };
}
