import { FlodesError } from "../messages/flodes-error.js";
import { importMessage } from "../messages/import.js";
import { CsvParser, detectCrOnly } from "./csv/csv-parser.js";
import type { IssueSink } from "./issue-sink.js";
import type { RawTable } from "./raw-table.js";
import { RecordBuffer } from "./source/record.js";

function isBlank(rec: RecordBuffer): boolean {
  for (let i = 0; i < rec.count; i++) if (!rec.isBlank(i)) return false;
  return true;
}

const CANDIDATES = [";", ",", "\t", "|"];
const SAMPLE_RECORDS = 40;
const encoder = new TextEncoder();

/**
 * Guesses the field separator from the first records: the candidate whose field count is the same on the
 * most records (quote-aware, so quoted separators and decimal commas in a `;` file do not mislead it),
 * then the one with more fields.
 *
 * @example
 * detectSeparator("flöde;steg;kostnad\nA;Triage;12,5\n") // → ";"
 */
export function detectSeparator(text: string): string {
  const bytes = encoder.encode(text.length > 65536 ? text.slice(0, 65536) : text);
  return detectSeparatorBytes(bytes, detectCrOnly(bytes));
}

/** {@link detectSeparator} on the first bytes of a file (UTF-8 or Windows-1252; only ASCII matters). */
export function detectSeparatorBytes(sample: Uint8Array, crOnly: boolean): string {
  let bytes = sample.length > 65536 ? sample.subarray(0, 65536) : sample;
  const lastNl = bytes.lastIndexOf(crOnly ? 13 : 10);
  if (sample.length > 65536 && lastNl > 0) bytes = bytes.subarray(0, lastNl);
  let best = ",";
  let bestScore = -1;
  let bestWidth = 0;
  for (const sep of CANDIDATES) {
    let header = -1;
    let same = 0;
    let total = 0;
    let records = 0;
    const rec = new RecordBuffer();
    const parser = new CsvParser(sep, crOnly, rec, {
      record: (r) => {
        if (records >= SAMPLE_RECORDS || isBlank(r)) return;
        records++;
        if (header < 0) header = r.count;
        else {
          total++;
          if (r.count === header) same++;
        }
      },
      unterminated: () => undefined,
      tooLong: () => {
        throw new RangeError("line too long");
      },
    });
    try {
      parser.feed(bytes, true);
    } catch {
      continue;
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
 * Reads small delimited text whole into a {@link RawTable} (process models, unit and goal files) with the same
 * parser as the event-log import. Blank lines are skipped and not counted as rows. Records with the wrong number of
 * fields or an unterminated quote are counted in `rowsIn` and rejected with WRONG_FIELD_COUNT / UNTERMINATED_QUOTE.
 * Extra trailing empty fields are tolerated.
 */
export function readCsvTable(text: string, sep: string, sink: IssueSink): RawTable {
  let columns: string[] | null = null;
  const cells: string[] = [];
  const lines: number[] = [];
  let rowsIn = 0;
  let rejected = 0;
  const where = sink.file !== undefined ? { file: sink.file } : {};
  const body = encoder.encode(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const parser = new CsvParser(sep, detectCrOnly(body.subarray(0, 65536)), new RecordBuffer(), {
    record: (r) => {
      if (columns === null) {
        if (isBlank(r)) return;
        columns = [];
        for (let i = 0; i < r.count; i++) columns.push(r.value(i).trim() || `kolumn${i + 1}`);
        return;
      }
      if (isBlank(r)) return;
      rowsIn++;
      const width = columns.length;
      if (r.count !== width) {
        let ok = r.count > width;
        for (let i = width; ok && i < r.count; i++) if (!r.isBlank(i)) ok = false;
        if (!ok) {
          rejected++;
          sink.add("error", r.row, null, importMessage.wrongFieldCount(r.count, width));
          return;
        }
      }
      for (let i = 0; i < width; i++) cells.push(r.value(i));
      lines.push(r.row);
    },
    unterminated: (row) => {
      if (columns === null) throw new FlodesError(importMessage.unterminatedQuote(), { ...where, row });
      rowsIn++;
      rejected++;
      sink.add("error", row, null, importMessage.unterminatedQuote());
    },
    tooLong: (row) => {
      throw new FlodesError(importMessage.lineTooLong(), { ...where, row });
    },
  });
  parser.feed(body, true);
  if (columns === null) throw new FlodesError(importMessage.empty(), where);
  const cols: string[] = columns;
  return { columns: cols, width: cols.length, cells, lines, rowsIn, rejected };
}
