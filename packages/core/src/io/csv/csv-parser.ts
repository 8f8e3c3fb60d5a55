import type { RecordBuffer } from "../source/record.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A record longer than this (in characters) while inside quotes is taken as an unterminated quote. */
export const MAX_QUOTED_RECORD_CHARS = 1 << 20;
/** A line longer than this (in characters) stops the import: no event log has such lines. */
export const MAX_LINE_CHARS = 1 << 26;

/** What the parser hands to its owner per record. */
export interface CsvRecordHandler {
  /** A complete record is in `rec` (fields as ranges of `rec.text` or strings). */
  record(rec: RecordBuffer): void;
  /** A quote opened at the record starting on `row` never closes (within {@link MAX_QUOTED_RECORD_CHARS}). */
  unterminated(row: number): void;
  /** A line starting on `row` is longer than {@link MAX_LINE_CHARS}; the handler throws. */
  tooLong(row: number): never;
}

/**
 * Incremental RFC 4180 parser over decoded text fed in pieces: quoted fields with separators, doubled quotes and
 * line breaks, text after a closing quote kept (as spreadsheet programs do), line ends `\n`, `\r\n` or — in
 * `crOnly` mode, for old Mac files — `\r`, each possibly split across pieces. Records are numbered by the physical
 * line of their first line. Lines without quotes are split with `indexOf`, whose positions are cached so that a
 * separator or quote missing from the rest of a piece is searched for once, not once per line.
 */
export class CsvParser {
  /** Physical line of the next record's first line. */
  line = 1;
  private carry = "";
  private readonly sep: number;
  private readonly sepChar: string;
  private readonly nl: string;
  private readonly nlCode: number;

  constructor(
    sep: string,
    private readonly crOnly: boolean,
    private readonly rec: RecordBuffer,
    private readonly handler: CsvRecordHandler,
  ) {
    this.sep = sep.charCodeAt(0);
    this.sepChar = sep;
    this.nl = crOnly ? "\r" : "\n";
    this.nlCode = crOnly ? CR : LF;
  }

  /** Parses the complete records of `carry + piece`; keeps an incomplete last record for the next call. */
  feed(piece: string, final = false): void {
    let from = 0;
    if (this.carry.length > 0) {
      // Finish the carried record on a small string of its own: `carry + piece` would be a cons string, on which
      // every charCodeAt is many times slower than on the flat text the decoder returns.
      const nl = this.nl;
      let cut = piece.indexOf(nl);
      for (;;) {
        const head = this.carry + (cut < 0 ? piece : piece.slice(0, cut + 1));
        if (head.length > MAX_QUOTED_RECORD_CHARS) {
          // A record this long is broken or pathological: parse it on the joined text, whatever the speed.
          const text = this.carry + piece;
          this.carry = "";
          this.keep(text, this.parse(text, final, 0));
          return;
        }
        const stop = this.parse(head, cut < 0 ? final : false, 0);
        if (cut < 0) {
          this.keep(head, stop);
          return;
        }
        if (stop >= head.length) {
          this.carry = "";
          from = cut + 1;
          break;
        }
        // The carried record goes on past this line (a quoted line break): take twice as much text and retry.
        cut = piece.indexOf(nl, 2 * cut + 1);
      }
    }
    this.keep(piece, this.parse(piece, final, from));
  }

  private keep(text: string, stop: number): void {
    if (stop >= text.length) {
      this.carry = "";
      return;
    }
    if (text.length - stop > MAX_LINE_CHARS) this.handler.tooLong(this.line);
    this.carry = text.slice(stop);
  }

  /** Parses records of `text` from `p`; returns where it stopped (text.length when every record was complete). */
  private parse(text: string, final: boolean, p: number): number {
    const n = text.length;
    const rec = this.rec;
    const sepChar = this.sepChar;
    const nl = this.nl;
    rec.text = text;
    let nextNl = -2;
    let nextQuote = -2;
    let nextSep = -2;
    while (p < n) {
      if (nextNl < p && nextNl !== -1) nextNl = text.indexOf(nl, p);
      if (nextNl < 0 && !final) break;
      const lineEnd = nextNl < 0 ? n : nextNl;
      if (nextQuote < p && nextQuote !== -1) nextQuote = text.indexOf('"', p);
      if (nextQuote < 0 || nextQuote >= lineEnd) {
        // Fast path: no quote on this line.
        const e = !this.crOnly && lineEnd > p && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        rec.reset(this.line);
        let a = p;
        for (;;) {
          if (nextSep < a && nextSep !== -1) nextSep = text.indexOf(sepChar, a);
          if (nextSep < 0 || nextSep >= e) {
            rec.pushRange(a, e);
            break;
          }
          rec.pushRange(a, nextSep);
          a = nextSep + 1;
        }
        this.line++;
        p = lineEnd + 1;
        this.handler.record(rec);
        continue;
      }
      const end = this.quoted(text, p, final);
      if (end === -1) {
        // More text may close the quote — unless it has stayed open too long: then it is broken; report the
        // record and go on after its first line.
        const firstNl = n - p > MAX_QUOTED_RECORD_CHARS ? text.indexOf(nl, p) : -1;
        if (firstNl < 0) break;
        this.handler.unterminated(this.line);
        this.line++;
        p = firstNl + 1;
      } else p = end;
      // The quoted record may have spanned lines: cached positions before p are stale.
      nextNl = -2;
      nextQuote = -2;
      nextSep = -2;
    }
    return Math.min(p, n);
  }

  /** Feeds the end of input. */
  end(): void {
    if (this.carry.length > 0) this.feed("", true);
  }

  /**
   * Parses one record that holds a quote, from `p`. Returns the position after its line end, or −1 when the text
   * ends inside it and more may come. At the end of input an open quote is reported as unterminated and parsing
   * resumes after the record's first line.
   */
  private quoted(text: string, p: number, final: boolean): number {
    const rec = this.rec;
    const n = text.length;
    const sep = this.sep;
    const nlCode = this.nlCode;
    const startLine = this.line;
    let lines = 0;
    rec.reset(startLine);
    let i = p;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let q = i + 1;
        let val: string | null = null;
        let close: number;
        for (;;) {
          close = text.indexOf('"', q);
          if (close < 0) {
            if (!final) return -1;
            this.handler.unterminated(startLine);
            const firstNl = text.indexOf(this.nl, p);
            this.line = startLine + 1;
            return firstNl < 0 ? n : firstNl + 1;
          }
          lines += countChar(text, nlCode, q, close);
          if (close + 1 < n && text.charCodeAt(close + 1) === QUOTE) {
            val = (val ?? "") + text.slice(q, close + 1);
            q = close + 2;
            continue;
          }
          if (close + 1 >= n && !final) return -1; // a doubled quote may be split across pieces
          break;
        }
        let j = close + 1;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === nlCode) break;
          j++;
        }
        if (j >= n && !final) return -1;
        let junkEnd = j;
        const atLineEnd = j >= n || text.charCodeAt(j) === nlCode;
        if (!this.crOnly && atLineEnd && j > close + 1 && text.charCodeAt(j - 1) === CR) junkEnd = j - 1;
        if (val === null && junkEnd === close + 1) rec.pushRange(q, close);
        else rec.pushString((val ?? "") + text.slice(q, close) + text.slice(close + 1, junkEnd));
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === nlCode) break;
          j++;
        }
        if (j >= n && !final) return -1;
        const atLineEnd = j >= n || text.charCodeAt(j) === nlCode;
        rec.pushRange(i, !this.crOnly && atLineEnd && j > i && text.charCodeAt(j - 1) === CR ? j - 1 : j);
        i = j;
      }
      if (i >= n) {
        this.line = startLine + lines + 1;
        this.handler.record(rec);
        return n;
      }
      if (text.charCodeAt(i) === sep) {
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

function countChar(t: string, code: number, from: number, to: number): number {
  const ch = String.fromCharCode(code);
  let k = 0;
  for (let i = t.indexOf(ch, from); i >= 0 && i < to; i = t.indexOf(ch, i + 1)) k++;
  return k;
}

/**
 * Line-end convention of a text sample: `crOnly` when it has carriage returns but no line feed at all (classic Mac
 * OS files); otherwise `\n` ends lines and a `\r` before it is dropped.
 */
export function detectCrOnly(sample: string): boolean {
  return sample.indexOf("\n") < 0 && sample.indexOf("\r") >= 0;
}
