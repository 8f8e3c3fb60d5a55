import type { ColumnMapping, ImportResult, QualityReport } from "@flodes/core";

/** How many issues per file the page lists row by row. */
const MAX_ISSUES = 50;

/** One file on the Datakvalitet page: its counts, problems per code and the first problems row by row. */
export interface QualityFileReport {
  file: string;
  about: string;
  kind: ImportResult["kind"] | null;
  mapping: ColumnMapping | null;
  /** The file was refused as a whole (e.g. personnummer): code and message. */
  refused: { code: string; message: string; messageEn?: string } | null;
  rowsIn: number;
  accepted: number;
  rejected: number;
  unmatchedStarts: number;
  unmatchedCompletes: number;
  lifecycle: Record<string, number>;
  counts: { code: string; severity: string; n: number; message: string }[];
  issues: { row: number; column: string | null; code: string; severity: string; message: string }[];
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
  info: { file: string; about: string; kind?: ImportResult["kind"] | null; mapping?: ColumnMapping | null; refused?: QualityFileReport["refused"] },
): QualityFileReport {
  const head = { file: info.file, about: info.about, kind: info.kind ?? null, mapping: info.mapping ?? null, refused: info.refused ?? null };
  if (!quality) return { ...head, rowsIn: 0, accepted: 0, rejected: 0, unmatchedStarts: 0, unmatchedCompletes: 0, lifecycle: {}, counts: [], issues: [], issuesShown: 0, issuesTotal: 0 };
  const byCode = new Map<string, { code: string; severity: string; n: number; message: string }>();
  for (const i of quality.issues) {
    if (!byCode.has(i.code)) byCode.set(i.code, { code: i.code, severity: i.severity, n: 1, message: i.message });
  }
  const counts = Object.entries(quality.counts).map(([code, n]) => ({ ...(byCode.get(code) ?? { code, severity: "", message: "" }), n: n ?? 0 }));
  counts.sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
  const issues = quality.issues.slice(0, MAX_ISSUES).map((i) => ({ row: i.row, column: i.column, code: i.code, severity: i.severity, message: i.message }));
  return {
    ...head,
    rowsIn: quality.rowsIn,
    accepted: quality.accepted,
    rejected: quality.rejected,
    unmatchedStarts: quality.unmatchedStarts,
    unmatchedCompletes: quality.unmatchedCompletes,
    lifecycle: { ...quality.lifecycle },
    counts,
    issues,
    issuesShown: issues.length,
    issuesTotal: counts.reduce((s, c) => s + c.n, 0),
  };
}
