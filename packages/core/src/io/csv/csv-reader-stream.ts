import { importMessage } from "../../messages/import.js";
import type { TextEncodingName } from "../decode-text.js";
import { detectSeparator } from "../csv-reader.js";
import { ImportError } from "../import-error.js";
import type { IssueSink } from "../issue-sink.js";
import { ChunkDecoder, type EncodingOption } from "../source/chunk-decoder.js";
import { RecordBuffer, type RecordSink } from "../source/record.js";
import { CsvParser, detectCrOnly } from "./csv-parser.js";

/** Characters of text gathered before the separator and line-end convention are decided. */
const SAMPLE_CHARS = 65_536;

/** Options of {@link CsvStreamReader}. */
export interface CsvStreamOptions {
  /** Field separator. __Default:__ detected from the first 64 K characters among `;` `,` tab `|`. */
  sep?: string;
  /** __Default:__ "auto" (BOM, else UTF-8 falling back to Windows-1252). */
  encoding?: EncodingOption;
  /** Called once with the size of the first text sample and the lines in it (to estimate the row count). */
  onSample?: (chars: number, lines: number) => void;
}

/** What the reader found out about the text, available after {@link CsvStreamReader.end}. */
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
 * Reads delimited text pushed as byte chunks (or text) and delivers a header and records to a {@link RecordSink}.
 * The first non-blank record is the header; blank lines are skipped and not counted. A record with fewer fields
 * than the header, or with extra non-empty fields, is rejected as WRONG_FIELD_COUNT (extra trailing empty fields
 * are tolerated); an unterminated quote rejects its record (UNTERMINATED_QUOTE) and reading goes on after its
 * first line. Push-based, so the same reader serves synchronous input and async streams (Node and browser).
 *
 * @example
 * const r = new CsvStreamReader(sink, issues);
 * for await (const chunk of stream) r.push(chunk);
 * const info = r.end(); // { encoding, separator, … }
 */
export class CsvStreamReader {
  private readonly decoder: ChunkDecoder;
  private readonly rec = new RecordBuffer(32);
  private parser: CsvParser | null = null;
  private sample = "";
  private width = -1;
  private separator = ",";
  private crOnly = false;

  constructor(
    private readonly sink: RecordSink,
    private readonly issues: IssueSink,
    private readonly options: CsvStreamOptions = {},
  ) {
    this.decoder = new ChunkDecoder(options.encoding ?? "auto");
  }

  /** Reads the next chunk of bytes. */
  push(bytes: Uint8Array): void {
    this.pushText(this.decoder.decode(bytes));
  }

  /** Reads the next piece of already decoded text. */
  pushText(text: string): void {
    if (this.parser !== null) {
      this.parser.feed(text);
      return;
    }
    this.sample += text;
    if (this.sample.length >= SAMPLE_CHARS) this.start();
  }

  /** Ends the input: parses what is left. Throws ImportError EMPTY when there was no header. */
  end(): CsvStreamInfo {
    const tail = this.decoder.end();
    if (tail.length > 0) this.pushText(tail);
    if (this.parser === null) this.start();
    this.parser!.end();
    if (this.width < 0) throw new ImportError("EMPTY", importMessage.empty(), this.issues.file !== undefined ? { file: this.issues.file } : {});
    return {
      encoding: this.decoder.encoding,
      separator: this.separator,
      fellBack: this.decoder.fellBack,
      mixedEncoding: this.decoder.mixed,
      crOnly: this.crOnly,
    };
  }

  private start(): void {
    let sample = this.sample;
    if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
    this.sample = "";
    const given = this.options.sep;
    this.crOnly = detectCrOnly(sample);
    const forDetection = this.crOnly ? sample.replace(/\r/g, "\n") : sample;
    this.separator = given !== undefined && given !== "" ? given : detectSeparator(forDetection);
    if (this.options.onSample) {
      let lines = 0;
      const nl = this.crOnly ? "\r" : "\n";
      for (let i = sample.indexOf(nl); i >= 0; i = sample.indexOf(nl, i + 1)) lines++;
      this.options.onSample(sample.length, lines);
    }
    this.parser = new CsvParser(this.separator, this.crOnly, this.rec, {
      record: (rec) => this.onRecord(rec),
      unterminated: (row) => this.onUnterminated(row),
      tooLong: (row) => {
        throw new ImportError("UNREADABLE", importMessage.lineTooLong(), { ...(this.issues.file !== undefined ? { file: this.issues.file } : {}), row });
      },
    });
    this.parser.feed(sample);
  }

  private onUnterminated(row: number): void {
    if (this.width < 0) {
      throw new ImportError("UNTERMINATED_QUOTE", importMessage.unterminatedQuote(), { ...(this.issues.file !== undefined ? { file: this.issues.file } : {}), row });
    }
    this.sink.rejectRecord(row, "UNTERMINATED_QUOTE", importMessage.unterminatedQuote());
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
        this.sink.rejectRecord(rec.row, "WRONG_FIELD_COUNT", importMessage.wrongFieldCount(rec.count, w));
        return;
      }
      rec.count = w;
    } else if (rec.isBlank(0) && isBlankRecord(rec)) return;
    this.sink.record(rec);
  }
}
