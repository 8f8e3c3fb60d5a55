import type { Msg } from "../../messages/msg.js";
import type { IssueCode } from "../../model/quality.js";
import { ByteCodec } from "./byte-codec.js";

const EMPTY = new Uint8Array(0);

/**
 * One record of a source, handed from a reader (CSV, XES, XLSX) to the log builder without building a string per
 * field where it can be avoided: field `i` is the byte range `seg[i][start[i], end[i])` (a byte-level reader: the
 * chunk, or a scratch buffer for a field that had to be unescaped), or `str[i]` when the reader produced a string
 * (an XML attribute value, a spreadsheet cell). Byte ranges are text in `codec`'s encoding. Readers reuse one buffer
 * for every record; the builder copies what it keeps.
 * @example
 * const rec = new RecordBuffer();
 * rec.reset(2);
 * rec.pushString("R-001");
 * rec.pushBytes(new TextEncoder().encode("Triage"), 0, 6);
 * [rec.count, rec.row, rec.value(0), rec.value(1)] // → [2, 2, "R-001", "Triage"]
 */
export class RecordBuffer {
  start: Int32Array;
  end: Int32Array;
  /** The bytes holding field `i` (unused where `str[i]` is set). */
  seg: Uint8Array[];
  /** A field given as its own string; undefined where a byte range holds it. */
  str: (string | undefined)[];
  /** Number of fields of this record. */
  count = 0;
  /** 1-based physical row (line) of the record's first line in the source; header = row 1 for tables. */
  row = 0;
  /** Decodes byte ranges (and decides the encoding of a byte-level source). */
  codec: ByteCodec;

  constructor(capacity = 16, codec = new ByteCodec("auto")) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.seg = new Array<Uint8Array>(capacity).fill(EMPTY);
    this.str = new Array<string | undefined>(capacity).fill(undefined);
    this.codec = codec;
  }

  /** Clears the record for reuse. */
  reset(row: number): void {
    for (let i = 0; i < this.count; i++) this.str[i] = undefined;
    this.count = 0;
    this.row = row;
  }

  /** Appends a field given as the byte range `bytes[a, b)`. */
  pushBytes(bytes: Uint8Array, a: number, b: number): void {
    const k = this.count;
    if (k === this.start.length) this.grow();
    this.seg[k] = bytes;
    this.start[k] = a;
    this.end[k] = b;
    this.str[k] = undefined;
    this.count = k + 1;
  }

  /** Appends a field given as a string. */
  pushString(s: string): void {
    const k = this.count;
    if (k === this.start.length) this.grow();
    this.seg[k] = EMPTY;
    this.start[k] = 0;
    this.end[k] = 0;
    this.str[k] = s;
    this.count = k + 1;
  }

  /** Sets field `i` (0 ≤ i, growing the record with empty fields) to a string; for sparse sources such as XES. */
  setString(i: number, s: string): void {
    while (this.count <= i) this.pushString("");
    this.str[i] = s;
  }

  /** Field `i` as a string ("" beyond the record's end). */
  value(i: number): string {
    if (i >= this.count) return "";
    const s = this.str[i];
    return s !== undefined ? s : this.codec.decode(this.seg[i], this.start[i], this.end[i]);
  }

  /** True when field `i` is empty or only white space (no string is built). */
  isBlank(i: number): boolean {
    if (i >= this.count) return true;
    const s = this.str[i];
    if (s !== undefined) return s.trim() === "";
    const b = this.seg[i];
    for (let p = this.start[i]; p < this.end[i]; p++) if (b[p] > 32) return false;
    return true;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const s = new Int32Array(n);
    s.set(this.start);
    const e = new Int32Array(n);
    e.set(this.end);
    this.start = s;
    this.end = e;
    for (let i = this.str.length; i < n; i++) {
      this.str.push(undefined);
      this.seg.push(EMPTY);
    }
  }
}

/** A reader's message about a record it could not deliver (a quality issue's code and texts). */
export type SourceMessage = Msg<IssueCode>;

/**
 * Where readers deliver a source: the column names once (`header`), then each record. Columns first met later
 * (an XES attribute key not seen in the first traces) are announced with `addColumns` before the first record
 * that uses them; they become extra attribute columns. A record the reader cannot deliver (wrong field count,
 * unterminated quote) is reported with `rejectRecord`, so that rows in = accepted + rejected still holds.
 */
export interface RecordSink {
  header(columns: readonly string[]): void;
  addColumns(columns: readonly string[]): void;
  record(rec: RecordBuffer): void;
  rejectRecord(row: number, msg: SourceMessage): void;
}

/** Bytes of a source, chunk by chunk (Node `fs.createReadStream`, a browser `File.stream()`, or one array). */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Progress of a streamed read, in bytes of the (compressed, when it is) source. */
export type ByteProgress = (bytesRead: number, bytesTotal: number | undefined) => void;
