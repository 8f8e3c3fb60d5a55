import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";
import { detectSeparatorBytes } from "../csv-reader.js";
import type { TextEncodingName } from "../decode-text.js";
import type { IssueSink } from "../issue-sink.js";
import { ByteCodec } from "../source/byte-codec.js";
import { RecordBuffer, type RecordSink } from "../source/record.js";
import { CsvParser, detectCrOnly } from "./csv-parser.js";

/** Bytes gathered before the separator and line-end convention are decided. */
const SAMPLE_BYTES = 65_536;

/** Options of {@link CsvStreamReader}. */
export interface CsvStreamOptions {
  /** Field separator. __Default:__ detected from the first 64 KiB among `;` `,` tab `|`. */
  sep?: string;
  /** __Default:__ "auto" (BOM, else UTF-8 falling back to Windows-1252). */
  encoding?: "auto" | "utf-8" | "windows-1252";
  /** Called once with the size of the first sample in bytes and the lines in it (to estimate the row count). */
  onSample?: (bytes: number, lines: number) => void;
}

/** What the reader found out about the bytes, available after {@link CsvStreamReader.end}. */
export interface CsvStreamInfo {
  encoding: TextEncodingName;
  separator: string;
  fellBack: boolean;
  /** Invalid UTF-8 after valid non-ASCII UTF-8: read with replacement characters. */
  mixedEncoding: boolean;
  /** Lines end with `\r` alone (classic Mac OS). */
  crOnly: boolean;
}

function isBlankRecord(rec: RecordBuffer): boolean {
  for (let i = 0; i < rec.count; i++) if (!rec.isBlank(i)) return false;
  return true;
}

/**
 * Reads delimited text pushed as byte chunks and delivers a header and records to a {@link RecordSink}, byte-level:
 * UTF-8 and Windows-1252 bytes go to the parser as they are (values become strings only when the log keeps them,
 * see {@link ByteCodec}); UTF-16 (by its BOM) is transcoded to UTF-8 on the way. The first non-blank record is the
 * header; blank lines are skipped and not counted. A record with fewer fields than the header, or with extra
 * non-empty fields, is rejected as WRONG_FIELD_COUNT (extra trailing empty fields are tolerated); an unterminated
 * quote rejects its record (UNTERMINATED_QUOTE) and reading goes on after its first line. Push-based, so the same
 * reader serves synchronous input and async streams (Node and browser).
 *
 * @example
 * const r = new CsvStreamReader(sink, issues);
 * for await (const chunk of stream) r.push(chunk);
 * const info = r.end(); // → { encoding, separator, … }
 */
export class CsvStreamReader {
  private readonly codec: ByteCodec;
  private readonly rec: RecordBuffer;
  private parser: CsvParser | null = null;
  private sample: Uint8Array[] = [];
  private sampleBytes = 0;
  private started = false;
  private utf16: TextDecoder | null = null;
  private readonly encoder = new TextEncoder();
  private width = -1;
  private separator = ",";
  private crOnly = false;
  private bom: TextEncodingName | null = null;

  constructor(
    private readonly sink: RecordSink,
    private readonly issues: IssueSink,
    private readonly options: CsvStreamOptions = {},
  ) {
    this.codec = new ByteCodec(options.encoding ?? "auto");
    this.rec = new RecordBuffer(32, this.codec);
  }

  /** Reads the next chunk of bytes. */
  push(bytes: Uint8Array): void {
    if (!this.started) {
      this.sample.push(bytes);
      this.sampleBytes += bytes.length;
      if (this.sampleBytes >= SAMPLE_BYTES) this.start();
      return;
    }
    this.feed(bytes);
  }

  /** Reads text already decoded (it is encoded as UTF-8 for the byte-level parser). */
  pushText(text: string): void {
    this.push(this.encoder.encode(text.charCodeAt(0) === 0xfeff && !this.started && this.sampleBytes === 0 ? text.slice(1) : text));
  }

  /** Ends the input: parses what is left. Throws FlodesError EMPTY when there was no header. */
  end(): CsvStreamInfo {
    if (!this.started) this.start();
    if (this.utf16) {
      const tail = this.utf16.decode();
      if (tail.length > 0) this.parser!.feed(this.encoder.encode(tail));
    }
    this.parser!.end();
    if (this.width < 0) throw new FlodesError(importMessage.empty(), this.issues.file !== undefined ? { file: this.issues.file } : {});
    return {
      encoding: this.bom ?? this.codec.encoding,
      separator: this.separator,
      fellBack: this.codec.fellBack,
      mixedEncoding: this.codec.mixed,
      crOnly: this.crOnly,
    };
  }

  private feed(bytes: Uint8Array): void {
    if (this.utf16) this.parser!.feed(this.encoder.encode(this.utf16.decode(bytes, { stream: true })));
    else this.parser!.feed(bytes);
  }

  private start(): void {
    this.started = true;
    let first = joinChunks(this.sample, this.sampleBytes);
    this.sample = [];
    const auto = (this.options.encoding ?? "auto") === "auto";
    if (first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
      first = first.subarray(3);
      this.bom = "utf-8";
    } else if (auto && first.length >= 2 && ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff))) {
      this.bom = first[0] === 0xff ? "utf-16le" : "utf-16be";
      this.utf16 = new TextDecoder(this.bom);
      first = this.encoder.encode(this.utf16.decode(first.subarray(2), { stream: true }));
    }
    this.crOnly = detectCrOnly(first);
    const given = this.options.sep;
    this.separator = given !== undefined && given !== "" ? given : detectSeparatorBytes(first, this.crOnly);
    if (this.options.onSample) {
      const nl = this.crOnly ? 13 : 10;
      let lines = 0;
      for (let i = first.indexOf(nl); i >= 0; i = first.indexOf(nl, i + 1)) lines++;
      this.options.onSample(first.length, lines);
    }
    this.parser = new CsvParser(this.separator, this.crOnly, this.rec, {
      record: (rec) => this.onRecord(rec),
      unterminated: (row) => this.onUnterminated(row),
      tooLong: (row) => {
        throw new FlodesError(importMessage.lineTooLong(), { ...(this.issues.file !== undefined ? { file: this.issues.file } : {}), row });
      },
    });
    this.parser.feed(first);
  }

  private onUnterminated(row: number): void {
    if (this.width < 0) {
      throw new FlodesError(importMessage.unterminatedQuote(), {
        ...(this.issues.file !== undefined ? { file: this.issues.file } : {}),
        row,
      });
    }
    this.sink.rejectRecord(row, importMessage.unterminatedQuote());
  }

  private onRecord(rec: RecordBuffer): void {
    if (this.width < 0) {
      if (isBlankRecord(rec)) return;
      const columns: string[] = [];
      for (let i = 0; i < rec.count; i++) columns.push(rec.value(i).trim() || `kolumn${i + 1}`);
      this.width = columns.length;
      this.sink.header(columns);
      return;
    }
    const w = this.width;
    if (rec.count !== w) {
      if ((rec.count === 1 || rec.isBlank(0)) && isBlankRecord(rec)) return;
      let ok = rec.count > w;
      for (let i = w; ok && i < rec.count; i++) if (!rec.isBlank(i)) ok = false;
      if (!ok) {
        this.sink.rejectRecord(rec.row, importMessage.wrongFieldCount(rec.count, w));
        return;
      }
      rec.count = w;
    } else if (rec.isBlank(0) && isBlankRecord(rec)) return;
    this.sink.record(rec);
  }
}

function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
