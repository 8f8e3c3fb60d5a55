import { type Analysis, csvField, type Distribution } from "@flodes/core";

/** A cell of a CSV table; null is written as an empty cell. */
export type Cell = string | number | boolean | null;

/** A table: header names (the JSON field names, dotted for nested ones) and rows. */
export interface Table {
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** How CSV is written. */
export interface CsvDialect {
  /** Field separator. __Default value:__ `","`. */
  sep: string;
  /** Decimal comma instead of point. __Default value:__ `false` (true when `sep` is `;`). */
  decimalComma: boolean;
  /** Line ending. __Default value:__ `"\n"`. */
  eol: string;
  /** Start with a UTF-8 byte-order mark so Excel reads å, ä, ö right. __Default value:__ `false`. */
  bom: boolean;
}

/** Plain CSV: `,` and decimal point. */
export const CSV_DEFAULT: CsvDialect = { sep: ",", decimalComma: false, eol: "\n", bom: false };

/** CSV for Swedish Excel: `;`, decimal comma, CRLF and a BOM. */
export const CSV_EXCEL: CsvDialect = { sep: ";", decimalComma: true, eol: "\r\n", bom: true };

/** Which table `metrics --format csv` writes. */
export type TableName = "flows" | "steps" | "handoffs";

/** Table names for `--table`. */
export const TABLE_NAMES: readonly TableName[] = ["flows", "steps", "handoffs"];

function cellText(cell: Cell, dialect: CsvDialect): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    const s = String(cell);
    return dialect.decimalComma ? s.replace(".", ",") : s;
  }
  // Text a spreadsheet would run as a formula is neutralised (OWASP), then quoted as RFC 4180 requires.
  return csvField(String(cell), dialect.sep);
}

/**
 * Writes a table as CSV text (RFC 4180 quoting; numbers in full precision; null as an empty cell).
 *
 * @example
 * toCsv({ header: ["flow", "flowEfficiency"], rows: [["F1", 0.16]] }, CSV_EXCEL)
 * // → "\uFEFFflow;flowEfficiency\r\nF1;0,16\r\n"
 */
export function toCsv(table: Table, dialect: CsvDialect = CSV_DEFAULT): string {
  const line = (cells: readonly Cell[]): string => cells.map((c) => cellText(c, dialect)).join(dialect.sep);
  const body = [line(table.header), ...table.rows.map(line)].join(dialect.eol) + dialect.eol;
  return dialect.bom ? `\uFEFF${body}` : body;
}

const DIST_FIELDS = ["median", "p85", "mean", "min", "max"] as const;
const distHeader = (name: string): string[] => DIST_FIELDS.map((f) => `${name}.${f}`);
const distCells = (d: Distribution): Cell[] => DIST_FIELDS.map((f) => d[f]);

/**
 * One row per flow; the contract's fields first (as in the JSON), then rework and basis.
 *
 * @example
 * flowsTable(analyze(observations)).header[0] // → "flow"
 */
export function flowsTable(analysis: Analysis): Table {
  return {
    header: [
      "flow",
      "startMs",
      "endMs",
      "leadTimeMs",
      "vaMs",
      "nnvaMs",
      "nvaMs",
      "waitMs",
      "touchTimeMs",
      "flowEfficiency",
      "observations",
      "nvaWorkMs",
      "reworkCount",
      "reworkMs",
      "assumedStarts",
      "basis",
    ],
    rows: analysis.flows.map((f) => [
      f.flow,
      f.startMs,
      f.endMs,
      f.leadTimeMs,
      f.vaMs,
      f.nnvaMs,
      f.nvaMs,
      f.waitMs,
      f.touchTimeMs,
      f.flowEfficiency,
      f.observations,
      f.nvaWorkMs,
      f.reworkCount,
      f.reworkMs,
      f.assumedStarts,
      f.basis,
    ]),
  };
}

/**
 * One row per step; distributions flattened to `durationMs.median`, `durationMs.p85`, ….
 *
 * @example
 * stepsTable(analyze(observations)).header.slice(0, 4) // → ["step", "category", "n", "flows"]
 */
export function stepsTable(analysis: Analysis): Table {
  return {
    header: [
      "step",
      "category",
      "n",
      "flows",
      "shareOfFlows",
      ...distHeader("durationMs"),
      ...distHeader("waitBeforeMs"),
      "reworkRate",
      "basis",
    ],
    rows: analysis.steps.map((s) => [
      s.step,
      s.category,
      s.n,
      s.flows,
      s.shareOfFlows,
      ...distCells(s.durationMs),
      ...distCells(s.waitBeforeMs),
      s.reworkRate,
      s.basis,
    ]),
  };
}

/**
 * One row per handoff edge `from → to` (an empty `from` is the wait before a flow's first step).
 *
 * @example
 * handoffsTable(analyze(observations)).header // → ["from", "to", "n", "waitMs.median", …, "totalWaitMs"]
 */
export function handoffsTable(analysis: Analysis): Table {
  return {
    header: ["from", "to", "n", ...distHeader("waitMs"), "totalWaitMs"],
    rows: analysis.handoffs.map((h) => [h.from, h.to, h.n, ...distCells(h.waitMs), h.totalWaitMs]),
  };
}

/** The table called `name`. */
export function metricsTable(analysis: Analysis, name: TableName): Table {
  return name === "steps" ? stepsTable(analysis) : name === "handoffs" ? handoffsTable(analysis) : flowsTable(analysis);
}
