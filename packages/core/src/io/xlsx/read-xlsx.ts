import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";
import type { TextEncodingName } from "../decode-text.js";
import type { IssueSink } from "../issue-sink.js";
import { decompressionLimits } from "../source/decompression-limits.js";
import type { RandomAccessSource } from "../source/random-access.js";
import { type ByteProgress, RecordBuffer, type RecordSink } from "../source/record.js";
import { XmlScanner } from "../xml/xml-scanner.js";
import { readSharedStrings } from "./shared-strings.js";
import { workbookParts } from "./workbook-parts.js";
import { readZipDirectory, ZipFormatError, zipEntryBytes } from "./zip-archive.js";

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** Called with the bytes of the file read so far. __Default:__ none. */
  onBytes?: ByteProgress;
  /** Most bytes one part (sheet, shared strings) may expand to. __Default:__ 8 GB. */
  maxDecompressedBytes?: number;
  /** Most decompressed bytes per compressed byte of a part (checked past 64 MiB). __Default:__ 200. */
  maxCompressionRatio?: number;
  /** Called after each inflated chunk of the sheet; may throw to stop (e.g. a memory guard). __Default:__ none. */
  onChunk?: () => void;
}

/** 0-based column of a cell reference such as "AB12" in `b[a, e)` (−1 without letters). */
function columnOf(b: Uint8Array, a: number, e: number): number {
  let n = 0;
  let i = a;
  for (; i < e; i++) {
    const c = b[i] & ~32; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === a ? -1 : n - 1;
}

/** The decimal number in `b[a, e)` (−1 when it is not one). */
function digitsOf(b: Uint8Array, a: number, e: number): number {
  let n = 0;
  for (let i = a; i < e; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return e > a ? n : -1;
}

/**
 * Streams the rows of an Excel workbook's first sheet (in the workbook's order) into a {@link RecordSink}. The
 * archive is read by offset: the shared strings are read first through the central directory wherever they
 * sit, then the sheet is inflated and scanned chunk by chunk — the sheet's XML is never held whole, and rows of
 * any number are fine.
 *
 * Cells: shared and inline strings (rich-text runs joined, phonetic guides left out), numbers as written (Excel
 * serial dates stay numbers, which the time parser reads in the import's zone), booleans as TRUE/FALSE, other
 * types (formula strings, errors, ISO dates) as their value. The first row holding a non-blank cell is the
 * header (blank names become `kolumn N`); fully blank rows are not records; a record's row is the sheet's row
 * number. A value right of the header's last column adds a `kolumn N` column through `sink.addColumns`.
 *
 * Zip-bomb safe: each part's declared size is checked before and its real size and compression ratio while it
 * is inflated ({@link FlodesError} `TOO_LARGE`).
 *
 * @throws FlodesError `UNREADABLE` (not a workbook, protected, old .xls, broken), `EMPTY` (no header row), `TOO_LARGE`.
 * @example
 * const issues = new IssueSink("tom.xlsx");
 * const sink = { header: () => undefined, addColumns: () => undefined, record: () => undefined, rejectRecord: () => undefined };
 * const e = await readXlsx(bytesSource(new Uint8Array(10)), sink, issues).catch((error: FlodesError) => error);
 * e.code // → "UNREADABLE" — ten zero bytes are no workbook
 */
export async function readXlsx(
  source: RandomAccessSource,
  sink: RecordSink,
  issues: IssueSink,
  options: ReadXlsxOptions = {},
): Promise<{ encoding: TextEncodingName }> {
  const file = issues.file;
  const where = file !== undefined ? { file } : {};
  const limits = decompressionLimits(options);
  let read = 0;
  const onRead = (n: number): void => {
    read += n;
    options.onBytes?.(read, source.size);
  };
  try {
    if (source.size >= 8) {
      const head = await source.read(0, 8);
      if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
        throw new FlodesError(importMessage.xlsxProtectedOrOld(), where);
    }
    const entries = await readZipDirectory(source);
    const parts = await workbookParts(source, entries, limits, file);
    if (parts === undefined) throw new ZipFormatError("the workbook has no worksheet");
    const shared = parts.sharedStrings
      ? await readSharedStrings(zipEntryBytes(source, parts.sharedStrings, limits, parts.sharedStrings.name, file, onRead), file)
      : [];
    const sheet = new SheetReader(sink, shared, file);
    for await (const b of zipEntryBytes(source, parts.sheet, limits, parts.sheet.name, file, onRead)) {
      sheet.scanner.push(b);
      options.onChunk?.();
    }
    sheet.scanner.end();
    if (!sheet.headerSent) throw new FlodesError(importMessage.emptySheet(), where);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new FlodesError(importMessage.unreadableXlsx(e.message), where);
    throw e;
  }
  return { encoding: "utf-8" };
}

/** The worksheet element logic on top of the byte scanner. */
class SheetReader {
  readonly scanner: XmlScanner;
  headerSent = false;
  private width = 0;
  private readonly rec = new RecordBuffer(16);
  private rowNumber = 0;
  /** Cells of the current row: column and value. */
  private cols: number[] = [];
  private vals: string[] = [];
  private nextCol = 0;
  private inCell = false;
  private cellCol = 0;
  private cellType = "n";
  private v = "";
  private inline = "";
  private inIs = false;
  private inV = false;
  private phonetic = 0;

  constructor(
    private readonly sink: RecordSink,
    private readonly shared: readonly string[],
    file: string | undefined,
  ) {
    this.scanner = new XmlScanner(
      { open: (n, sc) => this.open(n, sc), close: (n) => this.close(n), text: (s) => this.text(s) },
      file !== undefined ? { file } : {},
    );
  }

  private open(name: string, selfClosing: boolean): void {
    const sc = this.scanner;
    switch (name) {
      case "row": {
        const n = sc.attrRange("r") ? digitsOf(sc.bytes, sc.rangeStart, sc.rangeEnd) : -1;
        this.rowNumber = n > 0 ? n : this.rowNumber + 1;
        this.cols.length = 0;
        this.vals.length = 0;
        this.nextCol = 0;
        if (selfClosing) this.endRow();
        return;
      }
      case "c": {
        const col = sc.attrRange("r") ? columnOf(sc.bytes, sc.rangeStart, sc.rangeEnd) : -1;
        this.cellCol = col >= 0 ? col : this.nextCol;
        this.cellType = sc.attrInterned("t") ?? "n";
        this.v = "";
        this.inline = "";
        this.inCell = true;
        if (selfClosing) this.endCell();
        return;
      }
      case "v":
        if (this.inCell && !selfClosing) {
          this.inV = true;
          sc.wantText = true;
        }
        return;
      case "is":
        if (this.inCell && !selfClosing) this.inIs = true;
        return;
      case "rPh":
        if (!selfClosing) this.phonetic++;
        return;
      case "t":
        if (this.inIs && this.phonetic === 0 && !selfClosing) sc.wantText = true;
        return;
    }
  }

  private close(name: string): void {
    switch (name) {
      case "v":
        this.inV = false;
        this.scanner.wantText = false;
        return;
      case "t":
        this.scanner.wantText = false;
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "is":
        this.inIs = false;
        return;
      case "c":
        if (this.inCell) this.endCell();
        return;
      case "row":
        this.endRow();
        return;
    }
  }

  private text(s: string): void {
    if (this.inV) this.v += s;
    else this.inline += s;
  }

  private endCell(): void {
    this.inCell = false;
    this.inV = false;
    this.inIs = false;
    this.scanner.wantText = false;
    let value: string;
    switch (this.cellType) {
      case "s":
        value = this.shared[Number(this.v)] ?? "";
        break;
      case "inlineStr":
        value = this.inline;
        break;
      case "b":
        value = this.v === "1" ? "TRUE" : this.v === "0" ? "FALSE" : "";
        break;
      default:
        value = this.v;
    }
    this.cols.push(this.cellCol);
    this.vals.push(value);
    this.nextCol = this.cellCol + 1;
  }

  private endRow(): void {
    const n = this.cols.length;
    let blank = true;
    for (let i = 0; i < n && blank; i++) if (this.vals[i].trim() !== "") blank = false;
    if (blank) return;
    if (!this.headerSent) {
      let width = 0;
      for (let i = 0; i < n; i++) width = Math.max(width, this.cols[i] + 1);
      const names = Array.from({ length: width }, (_, i) => `kolumn ${i + 1}`);
      for (let i = 0; i < n; i++) names[this.cols[i]] = this.vals[i].trim() || `kolumn ${this.cols[i] + 1}`;
      this.width = width;
      this.headerSent = true;
      this.sink.header(names);
      return;
    }
    let widest = this.width;
    for (let i = 0; i < n; i++) if (this.cols[i] >= widest && this.vals[i] !== "") widest = this.cols[i] + 1;
    if (widest > this.width) {
      this.sink.addColumns(Array.from({ length: widest - this.width }, (_, i) => `kolumn ${this.width + i + 1}`));
      this.width = widest;
    }
    const rec = this.rec;
    rec.reset(this.rowNumber);
    for (let i = 0; i < n; i++) if (this.cols[i] < this.width) rec.setString(this.cols[i], this.vals[i]);
    this.sink.record(rec);
  }
}
