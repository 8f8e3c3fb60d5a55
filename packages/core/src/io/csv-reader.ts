import { ImportError } from "./import-error.js";
import type { IssueSink } from "./issue-sink.js";
import type { RawTable } from "./raw-table.js";
import { importMessage } from "../messages/import.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;

function countLf(t: string, from: number, to: number): number {
  let k = 0;
  for (let i = t.indexOf("\n", from); i >= 0 && i < to; i = t.indexOf("\n", i + 1)) k++;
  return k;
}

/**
 * Reads RFC 4180-style records one at a time: quoted fields may hold separators, doubled quotes and line
 * breaks; LF and CRLF line ends. Linear in the input; one reused field array.
 */
export class CsvRecordReader {
  pos = 0;
  line = 1;
  readonly fields: string[] = [];
  /** Physical line of the current record's first line. */
  recLine = 1;
  recStart = 0;
  recEnd = 0;
  private readonly sep: number;

  constructor(
    readonly text: string,
    sep: string,
  ) {
    this.sep = sep.charCodeAt(0);
  }

  /** Reads the next record into `fields`. An unterminated quote skips to the line after the record's first line. */
  next(): "ok" | "eof" | "unterminated" {
    const t = this.text;
    const n = t.length;
    const sep = this.sep;
    let p = this.pos;
    if (p >= n) return "eof";
    this.recLine = this.line;
    this.recStart = p;
    const f = this.fields;
    f.length = 0;
    for (;;) {
      if (p < n && t.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        let val = "";
        for (;;) {
          const close = t.indexOf('"', q);
          if (close < 0) {
            const nl = t.indexOf("\n", this.recStart);
            this.pos = nl < 0 ? n : nl + 1;
            this.line = this.recLine + 1;
            this.recEnd = nl < 0 ? n : nl;
            return "unterminated";
          }
          this.line += countLf(t, q, close);
          if (t.charCodeAt(close + 1) === QUOTE) {
            val += t.slice(q, close + 1);
            q = close + 2;
            continue;
          }
          val += t.slice(q, close);
          p = close + 1;
          break;
        }
        // Text after a closing quote (`"ab"c`) is kept rather than lost, as spreadsheet programs do.
        let j = p;
        while (j < n) {
          const c = t.charCodeAt(j);
          if (c === sep || c === LF) break;
          j++;
        }
        if (j > p) {
          const e = t.charCodeAt(j - 1) === CR ? j - 1 : j;
          if (e > p) val += t.slice(p, e);
        }
        f.push(val);
        p = j;
      } else {
        let j = p;
        while (j < n) {
          const c = t.charCodeAt(j);
          if (c === sep || c === LF) break;
          j++;
        }
        const e = j > p && t.charCodeAt(j - 1) === CR && (j >= n || t.charCodeAt(j) === LF) ? j - 1 : j;
        f.push(t.slice(p, e));
        p = j;
      }
      if (p >= n) {
        this.recEnd = n;
        this.pos = n;
        return "ok";
      }
      if (t.charCodeAt(p) === sep) {
        p++;
        continue;
      }
      this.recEnd = p > 0 && t.charCodeAt(p - 1) === CR ? p - 1 : p;
      this.pos = p + 1;
      this.line++;
      return "ok";
    }
  }
}

function isBlank(f: readonly string[]): boolean {
  if (f.length === 1) return f[0]!.trim() === "";
  if (f[0] !== "" && f[0]!.trim() !== "") return false;
  for (const x of f) if (x.trim() !== "") return false;
  return true;
}

const CANDIDATES = [";", ",", "\t", "|"];

/**
 * Guesses the field separator from the first records: the candidate whose field count is the same on the
 * most records (quote-aware, so quoted separators and decimal commas in a `;` file do not mislead it),
 * then the one with more fields.
 *
 * @example
 * detectSeparator("flöde;steg;kostnad\nA;Triage;12,5\n") // ";"
 */
export function detectSeparator(text: string): string {
  let sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const lastNl = sample.lastIndexOf("\n");
  if (text.length > 65536 && lastNl > 0) sample = sample.slice(0, lastNl);
  let best = ",";
  let bestScore = -1;
  let bestWidth = 0;
  for (const sep of CANDIDATES) {
    const r = new CsvRecordReader(sample, sep);
    let header = -1;
    let same = 0;
    let total = 0;
    for (let k = 0; k < 40; k++) {
      const s = r.next();
      if (s === "eof") break;
      if (s !== "ok" || isBlank(r.fields)) continue;
      if (header < 0) {
        header = r.fields.length;
        continue;
      }
      total++;
      if (r.fields.length === header) same++;
    }
    if (header < 2) continue;
    const score = total === 0 ? 1 : same / total;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && header > bestWidth)) {
      best = sep;
      bestScore = score;
      bestWidth = header;
    }
  }
  return best;
}

/**
 * Reads delimited text into a {@link RawTable}. Blank lines (and lines of empty fields) are skipped and
 * not counted as rows. Records with the wrong number of fields or an unterminated quote are counted in
 * `rowsIn` and rejected with WRONG_FIELD_COUNT / UNTERMINATED_QUOTE. Extra trailing empty fields are tolerated.
 */
export function readCsvTable(text: string, sep: string, sink: IssueSink): RawTable {
  const r = new CsvRecordReader(text, sep);
  let columns: string[] | null = null;
  for (;;) {
    const s = r.next();
    if (s === "eof") break;
    if (s === "unterminated") {
      throw new ImportError("UNTERMINATED_QUOTE", importMessage.unterminatedQuote(), {
        ...(sink.file !== undefined ? { file: sink.file } : {}),
        row: r.recLine,
      });
    }
    if (isBlank(r.fields)) continue;
    columns = r.fields.map((c, i) => c.trim() || `kolumn${i + 1}`);
    break;
  }
  if (columns === null) throw new ImportError("EMPTY", importMessage.empty(), sink.file !== undefined ? { file: sink.file } : {});
  const width = columns.length;
  const cells: string[] = [];
  const lines: number[] = [];
  let rowsIn = 0;
  let rejected = 0;
  const f = r.fields;
  for (;;) {
    const s = r.next();
    if (s === "eof") break;
    if (s === "unterminated") {
      rowsIn++;
      rejected++;
      sink.add("UNTERMINATED_QUOTE", "error", r.recLine, null, importMessage.unterminatedQuote());
      continue;
    }
    if ((f.length === 1 || f[0] === "") && isBlank(f)) continue;
    rowsIn++;
    if (f.length !== width) {
      let ok = f.length > width;
      for (let i = width; ok && i < f.length; i++) if (f[i]!.trim() !== "") ok = false;
      if (!ok) {
        rejected++;
        sink.add("WRONG_FIELD_COUNT", "error", r.recLine, null, importMessage.wrongFieldCount(f.length, width));
        continue;
      }
    }
    for (let i = 0; i < width; i++) cells.push(f[i]!);
    lines.push(r.recLine);
  }
  return { columns, width, cells, lines, rowsIn, rejected };
}
