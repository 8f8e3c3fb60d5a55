import { FlodesError } from "../messages/flodes-error.js";
import { orgFilesMessage as M } from "../messages/org-files.js";
import { matchKey as norm } from "../model/step-resolver.js";
import { detectSeparator, readCsvTable } from "./csv-reader.js";
import { IssueSink } from "./issue-sink.js";

/** One record of a small table file: a CSV row or a JSON object, read by lower-case column name. */
export interface TableRecord {
  /** CSV: 1-based physical line (header = 1); JSON: 1-based position of the object in the list. */
  row: number;
  get(column: string): unknown;
  has(column: string): boolean;
}

/** The records of a small table file, its lower-case column names and the sink its issues go to. */
export interface TableRecords {
  records: TableRecord[];
  columns: Set<string>;
  sink: IssueSink;
  /** Records read, including those rejected while reading (CSV: bad field count), so rowsIn = accepted + rejected holds. */
  rowsIn: number;
}

function isJson(text: string, format: "json" | "csv" | undefined): boolean {
  if (format) return format === "json";
  const t = text.trimStart();
  return t.startsWith("[") || t.startsWith("{");
}

/**
 * Reads a small table file (units, goals, care-guarantee rules, allocations): CSV with any separator and a BOM, or
 * a JSON list of objects. Column names are compared trimmed and lower-case. Throws {@link FlodesError} when the
 * file is not valid JSON or not a list.
 * @example
 * readTableRecords("id;namn\nu;Umeå\n", {}).records[0].get("namn") // → "Umeå"
 */
export function readTableRecords(text: string, options: { format?: "json" | "csv"; file?: string }): TableRecords {
  const sink = new IssueSink(options.file);
  const where = options.file !== undefined ? { file: options.file } : {};
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (isJson(body, options.format)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      throw new FlodesError(M.badJson((e as Error).message), where);
    }
    if (!Array.isArray(data)) throw new FlodesError(M.notArray(), where);
    const columns = new Set<string>();
    // JSON has no lines: `row` is the 1-based position of the object in the list.
    const records = data.map((item, i): TableRecord => {
      const obj = (item !== null && typeof item === "object" ? item : {}) as Record<string, unknown>;
      const keyed = new Map(Object.entries(obj).map(([k, v]) => [norm(k), v]));
      for (const k of keyed.keys()) columns.add(k);
      return { row: i + 1, get: (c) => keyed.get(c), has: (c) => keyed.has(c) };
    });
    return { records, columns, sink, rowsIn: records.length };
  }
  const table = readCsvTable(body, detectSeparator(body), sink);
  const cols = table.columns.map(norm);
  const index = new Map(cols.map((c, i) => [c, i]));
  const records: TableRecord[] = [];
  for (let r = 0; r < table.lines.length; r++) {
    const base = r * table.width;
    records.push({
      row: table.lines[r] ?? 0,
      get: (c) => {
        const i = index.get(c);
        return i === undefined ? undefined : table.cells[base + i];
      },
      has: (c) => index.has(c),
    });
  }
  return { records, columns: new Set(cols), sink, rowsIn: table.rowsIn };
}

/**
 * A cell as trimmed text ("" for a missing cell).
 * @example text(" a ") // → "a"
 */
export function text(v: unknown): string {
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

/**
 * A cell as a number: decimal comma, spaces as thousands separators and the minus sign U+2212 accepted; null when
 * the cell is not a number.
 * @example numberOf("4 500 000,50") // → 4500000.5
 */
export function numberOf(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const s = text(v).replace(/\s/g, "").replace("−", "-").replace(",", ".");
  if (s === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  return Number(s);
}

/**
 * The column used for each field (the first alias present); throws {@link FlodesError} NO_SUCH_COLUMN naming the
 * file when a required field has no column (and the file has rows).
 * @example
 * const cols = requireColumns(src, { id: ["id", "enhet"] }, ["id"], "enheter.csv"); // → { id: "id" }
 */
export function requireColumns<K extends string>(
  src: TableRecords,
  spec: Record<K, readonly string[]>,
  required: readonly NoInfer<K>[],
  file?: string,
): Record<K, string | undefined> {
  const out = {} as Record<K, string | undefined>;
  for (const key of Object.keys(spec) as K[]) {
    const col = spec[key].find((a) => src.columns.has(a));
    if (col === undefined && required.includes(key) && src.records.length > 0) {
      throw new FlodesError(M.missingColumn(spec[key][0] ?? key, spec[key]), {
        ...(file !== undefined ? { file } : {}),
        column: spec[key][0] ?? key,
      });
    }
    out[key] = col;
  }
  return out;
}
