import { barePersonnummer, findEmbeddedPersonnummer, findSeparatedPersonnummer } from "../privacy/personnummer.js";
import { mapColumns } from "./column-map.js";
import { CsvStreamReader } from "./csv/csv-reader-stream.js";
import { formatOfName, type ImportSource, looksLikeXml, type SourceFormat, sourceBytes } from "./import-source.js";
import type { ColumnMapping } from "./import-types.js";
import { IssueSink } from "./issue-sink.js";
import { bytesSource } from "./source/random-access.js";
import type { RecordBuffer, RecordSink, SourceMessage } from "./source/record.js";
import { XesStreamReader } from "./xes/read-xes.js";
import { readXlsx } from "./xlsx/read-xlsx.js";

/** The first rows of a log file, for a column-mapping dialog. */
export interface SourcePreview {
  format: SourceFormat;
  /** Column names as in the file. */
  columns: string[];
  /** The first data rows (cells as text); a cell holding a personnummer is replaced by {@link MASKED_CELL}. */
  rows: string[][];
  /** The separator a CSV was read with (given or detected). */
  separator?: string;
  /** The automatic mapping of the columns (fields the import would fill without help). */
  mapping: Partial<ColumnMapping>;
  /** Cells hidden because they hold a personnummer. */
  masked: number;
}

/** What a preview shows instead of a cell holding a personnummer. */
export const MASKED_CELL = "(personnummer dolt)";

/** Options of {@link previewSource}. */
export interface PreviewOptions {
  /** Rows to return. __Default:__ 10. */
  rows?: number;
  /** CSV separator. __Default:__ detected. */
  sep?: string;
  /** Most bytes read from the start of a CSV/XES (a preview never reads a whole large file). __Default:__ 1 MiB. */
  maxBytes?: number;
}

const STOP = Symbol("preview complete");

/** True when a cell holds something the import would take for a personnummer (any form, no column statistics). */
function holdsPersonnummer(v: string): boolean {
  if (v.length < 10) return false;
  const t = v.trim();
  if ((t.length === 10 || t.length === 12) && /^\d+$/.test(t)) return barePersonnummer(t) !== null;
  return findSeparatedPersonnummer(v) !== null || findEmbeddedPersonnummer(v) !== null;
}

/** Collects the header and the first `n` records, then stops the reader. */
class PreviewSink implements RecordSink {
  columns: string[] = [];
  rows: string[][] = [];
  masked = 0;
  /** With `stop`, the reader is stopped (by a throw) at the n-th record; else later records are ignored. */
  constructor(
    private readonly n: number,
    private readonly stop: boolean,
  ) {}
  header(columns: readonly string[]): void {
    this.columns = [...columns];
  }
  addColumns(columns: readonly string[]): void {
    this.columns.push(...columns);
  }
  record(rec: RecordBuffer): void {
    if (this.rows.length >= this.n) return;
    const row: string[] = [];
    for (let i = 0; i < Math.max(rec.count, this.columns.length); i++) {
      const v = rec.value(i);
      if (holdsPersonnummer(v)) {
        this.masked++;
        row.push(MASKED_CELL);
      } else row.push(v);
    }
    this.rows.push(row);
    if (this.stop && this.rows.length >= this.n) throw STOP;
  }
  rejectRecord(_row: number, _msg: SourceMessage): void {
    // A preview shows the first rows as read; the import itself reports rejected ones.
  }
}

/**
 * The column names and first rows of a log file, read as the import would read it (same readers, separator
 * detection, encodings, gzip), and the automatic column mapping — for a dialog where the user maps columns the
 * import did not recognise. Only the start of a CSV/XES is read. Personnummer are never returned: such cells are
 * replaced by {@link MASKED_CELL}. Isomorphic.
 *
 * @example
 * // In the browser: previewSource(blobImportSource(input.files[0])).
 * const csv = "Remissnr;Moment;Tid\nR1;Triage;2025-03-03 08:00\n";
 * const p = await previewSource(blobImportSource(new Blob([csv]), "export.csv"), { rows: 5 });
 * p.columns // → ["Remissnr", "Moment", "Tid"]
 * p.rows // → [["R1", "Triage", "2025-03-03 08:00"]]
 */
export async function previewSource(source: ImportSource, options: PreviewOptions = {}): Promise<SourcePreview> {
  const n = options.rows ?? 10;
  const maxBytes = options.maxBytes ?? 1 << 20;
  const file = source.name;
  const { format: named, gzip } = formatOfName(source.name, file);
  const issues = new IssueSink(file, 10);
  let format: SourceFormat = named ?? "csv";
  let separator: string | undefined;
  const stopped = async (run: () => Promise<void> | void) => {
    try {
      await run();
    } catch (e) {
      if (e !== STOP) throw e;
    }
  };
  const sink = new PreviewSink(n, true);
  const result = (from: PreviewSink): SourcePreview => {
    const { indexes } = mapColumns(from.columns);
    const mapping: Partial<ColumnMapping> = {};
    for (const [field, i] of Object.entries(indexes) as [keyof ColumnMapping, number][]) mapping[field] = from.columns[i];
    return {
      format,
      columns: from.columns,
      rows: from.rows,
      ...(separator !== undefined ? { separator } : {}),
      mapping,
      masked: from.masked,
    };
  };
  if (named === "xlsx") {
    const ra = !gzip && source.randomAccess ? await source.randomAccess() : null;
    const bytes = ra ?? bytesSource(await collectLimited(sourceBytes(source, gzip, { file }), Infinity));
    await stopped(() => readXlsx(bytes, sink, issues).then(() => undefined));
    return result(sink);
  } else {
    const head = await collectLimited(sourceBytes(source, gzip, { file }), maxBytes);
    if (named === null) format = looksLikeXml(head) ? "xes" : "csv";
    if (format === "xes") {
      const reader = new XesStreamReader(sink, issues);
      try {
        reader.push(head);
        reader.end();
      } catch (e) {
        // A head cut off mid-log ends "truncated": what was read before is the preview.
        if (e !== STOP && sink.rows.length === 0) throw e;
      }
    } else {
      // The whole (at most maxBytes) head is parsed: a CSV's separator is decided at the end of its first 64 KiB.
      const csv = new PreviewSink(n, false);
      const reader = new CsvStreamReader(csv, issues, options.sep !== undefined ? { sep: options.sep } : {});
      reader.push(head);
      separator = reader.end().separator;
      return result(csv);
    }
  }
  return result(sink);
}

/** Up to `max` bytes from the start of a stream (the stream is released after). */
async function collectLimited(source: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let have = 0;
  for await (const c of source) {
    parts.push(c);
    have += c.length;
    if (have >= max) break;
  }
  const out = new Uint8Array(Math.min(have, max));
  let at = 0;
  for (const p of parts) {
    const take = Math.min(p.length, out.length - at);
    out.set(p.subarray(0, take), at);
    at += take;
    if (at >= out.length) break;
  }
  return out;
}
