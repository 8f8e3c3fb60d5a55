import type { RecordBuffer } from "../source/record.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A record longer than this (in bytes) while inside quotes is taken as an unterminated quote. */
export const MAX_QUOTED_RECORD_BYTES = 1 << 20;
/** A line longer than this (in bytes) stops the import: no event log has such lines. */
export const MAX_LINE_BYTES = 1 << 26;

/** What the parser hands to its owner per record. */
export interface CsvRecordHandler {
  /** A complete record is in `rec` (fields as byte ranges). */
  record(rec: RecordBuffer): void;
  /** A quote opened at the record starting on `row` never closes (within {@link MAX_QUOTED_RECORD_BYTES}). */
  unterminated(row: number): void;
  /** A line starting on `row` is longer than {@link MAX_LINE_BYTES}; the handler throws. */
  tooLong(row: number): never;
}

/**
 * Incremental RFC 4180 parser over bytes fed in chunks — no text is decoded: separators, quotes and line ends are
 * ASCII in UTF-8 and Windows-1252 alike, so fields are handed on as byte ranges and only values the log keeps are
 * ever made strings. Quoted fields may hold separators, doubled quotes (unescaped into a scratch buffer) and line
 * breaks; text after a closing quote is kept (as spreadsheet programs do); lines end with `\n`, `\r\n` or — in
 * `crOnly` mode, for old Mac files — `\r`, each possibly split across chunks. Records are numbered by the physical
 * line of their first line. A line without quotes is split in one pass over its bytes (measured faster here than
 * `indexOf` per field, which V8 does not vectorise for typed arrays).
 */
export class CsvParser {
  /** Physical line of the next record's first line. */
  line = 1;
  private carry: Uint8Array | null = null;
  private scratch = new Uint8Array(4096);
  private scratchLen = 0;
  private readonly sep: number;
  private readonly nl: number;

  constructor(
    sep: string,
    private readonly crOnly: boolean,
    private readonly rec: RecordBuffer,
    private readonly handler: CsvRecordHandler,
  ) {
    this.sep = sep.charCodeAt(0);
    this.nl = crOnly ? CR : LF;
  }

  /** Parses the complete records of `carry + chunk`; keeps an incomplete last record for the next call. */
  feed(chunk: Uint8Array, final = false): void {
    // A plain view: Node hands Buffers, and one element type keeps every access below monomorphic.
    let buf = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    let from = 0;
    if (this.carry !== null) {
      // Finish the carried record on a small buffer of its own rather than copying the whole chunk behind it.
      let cut = buf.indexOf(this.nl);
      for (;;) {
        const take = cut < 0 ? buf.length : cut + 1;
        if (this.carry.length + take > MAX_QUOTED_RECORD_BYTES) {
          const joined = new Uint8Array(this.carry.length + buf.length);
          joined.set(this.carry);
          joined.set(buf, this.carry.length);
          this.carry = null;
          buf = joined;
          break;
        }
        const head = new Uint8Array(this.carry.length + take);
        head.set(this.carry);
        head.set(buf.subarray(0, take), this.carry.length);
        const stop = this.parse(head, cut < 0 ? final : false, 0);
        if (cut < 0) {
          this.keep(head, stop);
          return;
        }
        if (stop >= head.length) {
          this.carry = null;
          from = take;
          break;
        }
        // The carried record goes on past this line (a quoted line break): take twice as much and retry.
        cut = buf.indexOf(this.nl, 2 * cut + 1);
      }
    }
    this.keep(buf, this.parse(buf, final, from));
  }

  private keep(buf: Uint8Array, stop: number): void {
    if (stop >= buf.length) {
      this.carry = null;
      return;
    }
    if (buf.length - stop > MAX_LINE_BYTES) this.handler.tooLong(this.line);
    // A copy: the source may reuse its chunk buffers.
    this.carry = buf.slice(stop);
  }

  /** Feeds the end of input. */
  end(): void {
    if (this.carry !== null) this.feed(new Uint8Array(0), true);
  }

  /** Parses records of `b` from `p`; returns where it stopped (b.length when every record was complete). */
  private parse(b: Uint8Array, final: boolean, p: number): number {
    const n = b.length;
    const rec = this.rec;
    const sep = this.sep;
    const nl = this.nl;
    const crOnly = this.crOnly;
    outer: while (p < n) {
      // Fast path: one pass over the line's bytes; a quote sends the record to the quoted parser.
      rec.reset(this.line);
      let a = p;
      let i = p;
      for (;;) {
        if (i >= n) {
          if (!final) break outer;
          rec.pushBytes(b, a, !crOnly && i > a && b[i - 1] === CR ? i - 1 : i);
          this.line++;
          p = n;
          this.handler.record(rec);
          continue outer;
        }
        const c = b[i];
        if (c === sep) {
          rec.pushBytes(b, a, i);
          a = ++i;
        } else if (c === nl) {
          rec.pushBytes(b, a, !crOnly && i > a && b[i - 1] === CR ? i - 1 : i);
          this.line++;
          p = i + 1;
          this.handler.record(rec);
          continue outer;
        } else if (c === QUOTE) break;
        else i++;
      }
      const end = this.quoted(b, p, final);
      if (end === -1) {
        // More bytes may close the quote — unless it has stayed open too long: then it is broken; report the
        // record and go on after its first line.
        const firstNl = n - p > MAX_QUOTED_RECORD_BYTES ? b.indexOf(nl, p) : -1;
        if (firstNl < 0) break;
        this.handler.unterminated(this.line);
        this.line++;
        p = firstNl + 1;
      } else p = end;
    }
    return Math.min(p, n);
  }

  /** Appends `b[a, e)` to the record's scratch area and returns where it starts there. */
  private toScratch(b: Uint8Array, a: number, e: number): number {
    const need = this.scratchLen + (e - a);
    if (need > this.scratch.length) {
      // Fields already in the old scratch keep pointing at it: a new buffer, not a resize.
      const next = new Uint8Array(Math.max(need, this.scratch.length * 2));
      next.set(this.scratch.subarray(0, this.scratchLen));
      this.scratch = next;
    }
    const at = this.scratchLen;
    this.scratch.set(b.subarray(a, e), at);
    this.scratchLen = need;
    return at;
  }

  /**
   * Parses one record that holds a quote, from `p`. Returns the position after its line end, or −1 when the bytes
   * end inside it and more may come. At the end of input an open quote is reported as unterminated and parsing
   * resumes after the record's first line.
   */
  private quoted(b: Uint8Array, p: number, final: boolean): number {
    const rec = this.rec;
    const n = b.length;
    const sep = this.sep;
    const nl = this.nl;
    const startLine = this.line;
    let lines = 0;
    rec.reset(startLine);
    this.scratchLen = 0;
    let i = p;
    for (;;) {
      if (i < n && b[i] === QUOTE) {
        let q = i + 1;
        let pieces = -1; // start of this field in the scratch area, once a doubled quote made it necessary
        let close: number;
        for (;;) {
          close = b.indexOf(QUOTE, q);
          if (close < 0) {
            if (!final) return -1;
            this.handler.unterminated(startLine);
            const firstNl = b.indexOf(nl, p);
            this.line = startLine + 1;
            return firstNl < 0 ? n : firstNl + 1;
          }
          lines += countByte(b, nl, q, close);
          if (close + 1 < n && b[close + 1] === QUOTE) {
            const at = this.toScratch(b, q, close + 1);
            if (pieces < 0) pieces = at;
            q = close + 2;
            continue;
          }
          if (close + 1 >= n && !final) return -1; // a doubled quote may be split across chunks
          break;
        }
        let j = close + 1;
        while (j < n) {
          const c = b[j];
          if (c === sep || c === nl) break;
          j++;
        }
        if (j >= n && !final) return -1;
        let junkEnd = j;
        const atLineEnd = j >= n || b[j] === nl;
        if (!this.crOnly && atLineEnd && j > close + 1 && b[j - 1] === CR) junkEnd = j - 1;
        if (pieces < 0 && junkEnd === close + 1) rec.pushBytes(b, q, close);
        else {
          const at = this.toScratch(b, q, close);
          this.toScratch(b, close + 1, junkEnd);
          rec.pushBytes(this.scratch, pieces < 0 ? at : pieces, this.scratchLen);
        }
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = b[j];
          if (c === sep || c === nl) break;
          j++;
        }
        if (j >= n && !final) return -1;
        const atLineEnd = j >= n || b[j] === nl;
        rec.pushBytes(b, i, !this.crOnly && atLineEnd && j > i && b[j - 1] === CR ? j - 1 : j);
        i = j;
      }
      if (i >= n) {
        this.line = startLine + lines + 1;
        this.handler.record(rec);
        return n;
      }
      if (b[i] === sep) {
        i++;
        continue;
      }
      // Line end.
      this.line = startLine + lines + 1;
      this.handler.record(rec);
      return i + 1;
    }
  }
}

function countByte(b: Uint8Array, byte: number, from: number, to: number): number {
  let k = 0;
  for (let i = b.indexOf(byte, from); i >= 0 && i < to; i = b.indexOf(byte, i + 1)) k++;
  return k;
}

/**
 * Line-end convention of a sample: `crOnly` when it has carriage returns but no line feed at all (classic Mac OS
 * files); otherwise `\n` ends lines and a `\r` before it is dropped.
 */
export function detectCrOnly(sample: Uint8Array): boolean {
  return sample.indexOf(LF) < 0 && sample.indexOf(CR) >= 0;
}
