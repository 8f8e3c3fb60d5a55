import { importMessage } from "../messages/import.js";
import { LogBuilder } from "./builder/log-builder.js";
import { type CsvStreamInfo, CsvStreamReader } from "./csv/csv-reader-stream.js";
import type { ImportOptions, ImportResult } from "./import-types.js";
import { IssueSink } from "./issue-sink.js";
import { pumpChunks } from "./source/pump-chunks.js";
import type { ByteProgress, ByteSource } from "./source/record.js";

export { chunksOf } from "./source/pump-chunks.js";

/** Options of the streaming imports: {@link ImportOptions} plus what a stream cannot tell by itself. */
export interface StreamImportOptions extends ImportOptions {
  /** Size of the source in bytes, when known (sizes the columns once and drives progress). __Default:__ unknown. */
  sizeBytes?: number;
  /** Progress by bytes read. __Default:__ none. */
  onBytes?: ByteProgress;
  /** Called after each chunk; may throw (e.g. FlodesError TOO_LARGE when memory runs short). __Default:__ none. */
  onChunk?: () => void;
}

function setup(options: StreamImportOptions): { builder: LogBuilder; reader: CsvStreamReader; issues: IssueSink } {
  const issues = new IssueSink(options.file, options.maxIssuesPerCode ?? 1000);
  const builder = new LogBuilder(issues, options);
  const reader = new CsvStreamReader(builder, issues, {
    ...(options.sep !== undefined ? { sep: options.sep } : {}),
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    onSample: (chars, lines) => {
      // ASCII-heavy logs: one character ≈ one byte; 10 % slack avoids a regrowth for a slightly longer tail.
      if (options.sizeBytes !== undefined && lines > 0 && chars > 0) builder.reserve((options.sizeBytes / (chars / lines)) * 1.1);
    },
  });
  return { builder, reader, issues };
}

function finish(builder: LogBuilder, reader: CsvStreamReader, issues: IssueSink): ImportResult {
  const info: CsvStreamInfo = reader.end();
  if (info.fellBack) issues.add("warning", 0, null, importMessage.encodingFallback());
  if (info.mixedEncoding) issues.add("warning", 0, null, importMessage.encodingMixed());
  return builder.finish({ encoding: info.encoding, separator: info.separator });
}

/**
 * Imports a delimited event log (CSV/TSV) given whole, synchronously. Same reader and builder as
 * {@link importCsvStream}: separator detection (`,` `;` tab `|`), BOM, UTF-8 / Windows-1252 / UTF-16, quoted fields
 * with separators, doubled quotes and line breaks, `\n`, `\r\n` or `\r` line ends, column auto-mapping (sv/en/XES)
 * overridable by `options.mapping`, interval, single-timestamp and lifecycle logs, many time formats, personnummer
 * refusal or pseudonymisation. Bad rows are reported, never thrown; file-level problems throw FlodesError.
 * Invariant: `quality.rowsIn = quality.accepted + quality.rejected`.
 *
 * @example
 * const { log, quality } = importCsv("ärende;steg;start;slut\nA1;Triage;2025-03-14 08:00;2025-03-14 08:10\n");
 * log.start[0] // → 1741935600000 — Date.UTC(2025, 2, 14, 7, 0): 08:00 in Stockholm
 * quality.accepted // → 1
 */
export function importCsv(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const { builder, reader, issues } = setup(typeof input === "string" ? options : { ...options, sizeBytes: input.length });
  if (typeof input === "string") reader.pushText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  else reader.push(input);
  return finish(builder, reader, issues);
}

/**
 * Imports a delimited event log streamed as byte chunks — a Node read stream, a browser `File.stream()`, any
 * (async) iterable of `Uint8Array`. Records go straight into typed columns; memory grows with the log's columns,
 * not with the file's text. See {@link importCsv} for what is read.
 *
 * @example
 * const bytes = new TextEncoder().encode("ärende;steg;start;slut\nA1;Triage;2025-03-14 08:00;2025-03-14 08:10\n");
 * const { log, quality } = await importCsvStream([bytes.subarray(0, 20), bytes.subarray(20)], { sizeBytes: bytes.length });
 * [log.length, quality.accepted] // → [1, 1]
 */
export async function importCsvStream(
  source: ByteSource | ReadableStream<Uint8Array>,
  options: StreamImportOptions = {},
): Promise<ImportResult> {
  const { builder, reader, issues } = setup(options);
  await pumpChunks(source, options, (chunk) => reader.push(chunk));
  return finish(builder, reader, issues);
}
