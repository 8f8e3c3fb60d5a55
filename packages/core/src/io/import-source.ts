import { FlodesError } from "../messages/flodes-error.js";
import { importMessage } from "../messages/import.js";
import { importCsvStream, type StreamImportOptions } from "./import-csv.js";
import type { ImportResult } from "./import-types.js";
import { importXesStream } from "./import-xes.js";
import { importXlsx } from "./import-xlsx.js";
import { concatBytes } from "./source/concat-bytes.js";
import { gunzip } from "./source/gunzip.js";
import { chunksOf } from "./source/pump-chunks.js";
import { blobSource, type RandomAccessSource } from "./source/random-access.js";
import type { ByteSource } from "./source/record.js";

/**
 * A log file to import wherever it lives: a name (its extension picks the reader), its size, and ways to read it —
 * as a stream of bytes and, for `.xlsx`, by offset. A browser `File` gives both ({@link blobImportSource}); Node's
 * `importFile` builds one over a path.
 */
export interface ImportSource {
  /** File name (or path); `.csv`/`.tsv`/`.txt`, `.xes`/`.xml`, `.xlsx`, any of them `.gz`. Others are sniffed. */
  readonly name: string;
  /** Size in bytes as stored, when known (drives progress and sizes the columns). */
  readonly sizeBytes?: number;
  /** The bytes from the start, as stored (still compressed for `.gz`). */
  stream(): ByteSource | ReadableStream<Uint8Array>;
  /** Reads by offset (an `.xlsx` is a zip whose directory is at the end). __Default:__ the stream, held whole. */
  randomAccess?(): RandomAccessSource | Promise<RandomAccessSource>;
}

/** What the reader of a source is, by its name and (when the name says nothing) its first bytes. */
export type SourceFormat = "csv" | "xes" | "xlsx";

/**
 * The format and compression a file name announces: `.csv`/`.tsv`/`.txt` → csv, `.xes`/`.xml` → xes, `.xlsx` →
 * xlsx, each optionally `.gz`; `null` when the name does not tell (then the first bytes decide). The old binary
 * `.xls` is refused with advice (FlodesError UNREADABLE).
 *
 * @example
 * formatOfName("matning.XES.gz") // → { format: "xes", gzip: true }
 * formatOfName("export.dat") // → { format: null, gzip: false }
 */
export function formatOfName(name: string, file: string = name): { format: SourceFormat | null; gzip: boolean } {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const base = gzip ? lower.slice(0, -3) : lower;
  if (base.endsWith(".xls")) throw new FlodesError(importMessage.unsupportedFormat(base.slice(base.lastIndexOf("."))), { file });
  if (base.endsWith(".xlsx")) return { format: "xlsx", gzip };
  if (base.endsWith(".xes") || base.endsWith(".xml")) return { format: "xes", gzip };
  if (base.endsWith(".csv") || base.endsWith(".tsv") || base.endsWith(".txt")) return { format: "csv", gzip };
  return { format: null, gzip };
}

/** The first bytes of a stream, and the stream again from its start (to sniff a format without losing bytes). */
export async function peekBytes(
  source: AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ head: Uint8Array; all: AsyncGenerator<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let have = 0;
  let done = false;
  while (have < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    have += r.value.length;
  }
  const head = concatBytes(seen);
  async function* all(): AsyncGenerator<Uint8Array> {
    if (have > 0) yield head;
    if (done) return;
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    } finally {
      await it.return?.();
    }
  }
  return { head, all: all() };
}

/**
 * True when the bytes look like XML (after a BOM and white space), i.e. XES rather than CSV.
 *
 * @example
 * looksLikeXml(new TextEncoder().encode('<?xml version="1.0"?><log>')) // true
 */
export function looksLikeXml(head: Uint8Array): boolean {
  // A UTF-16 byte-order mark says how to read the start (Excel's "Unicode text" is UTF-16 TSV, not XML).
  const enc = head[0] === 0xff && head[1] === 0xfe ? "utf-16le" : head[0] === 0xfe && head[1] === 0xff ? "utf-16be" : "utf-8";
  const text = new TextDecoder(enc)
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return text.startsWith("<?xml") || text.startsWith("<log");
}

/** All bytes of a stream in one array. */
export async function collectStream(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of source) parts.push(c);
  return concatBytes(parts);
}

/**
 * Imports an event log from any {@link ImportSource} — the one dispatcher behind Node's `importFile` and the
 * browser's worker: `.csv`/`.tsv`/`.txt` → {@link importCsvStream}, `.xes`/`.xml` → {@link importXesStream},
 * `.xlsx` → {@link importXlsx} (read by offset), any of them `.gz` through streaming {@link gunzip} with the
 * decompressed-size and ratio limits; other names are sniffed (XML → XES, else CSV). Progress (`onBytes`) counts
 * bytes as stored. The file name goes into every issue.
 *
 * @example
 * // In the browser the source is a chosen file: blobImportSource(input.files[0]).
 * const csv = "ärende;steg;start;slut\nR1;Triage;2025-03-03 08:00;2025-03-03 08:20\n";
 * const { log, quality } = await importSource(blobImportSource(new Blob([csv]), "logg.csv"), { tz: "Europe/Stockholm" });
 * [quality.rowsIn, quality.accepted, log.flowIds.length] // → [1, 1, 1]
 */
export async function importSource(source: ImportSource, options: StreamImportOptions = {}): Promise<ImportResult> {
  const file = options.file ?? source.name;
  const { format, gzip } = formatOfName(source.name, file);
  const size = source.sizeBytes;
  const opts: StreamImportOptions & { file: string } = { ...options, file, ...(size !== undefined ? { sizeBytes: size } : {}) };
  if (!gzip && format === "xlsx") {
    const ra = source.randomAccess ? await source.randomAccess() : await collectStream(chunksOf(source.stream()));
    return importXlsx(ra, opts);
  }
  const bytes = sourceBytes(source, gzip, opts);
  // Progress is reported by gunzip in bytes of the file; the decompressed size is not known up front.
  let inner = opts;
  if (gzip) {
    const { onBytes: _drop, sizeBytes: _unknown, ...rest } = opts;
    inner = rest;
  }
  if (format === "xlsx") return importXlsx(await collectStream(bytes), inner);
  if (format === "xes") return importXesStream(bytes, inner);
  if (format === "csv") return importCsvStream(bytes, inner);
  const { head, all } = await peekBytes(bytes, 512);
  return looksLikeXml(head) ? importXesStream(all, inner) : importCsvStream(all, inner);
}

/**
 * The bytes of a source as its reader wants them: gunzipped (with the decompression limits, progress in bytes of the
 * file) when the name ends in `.gz`, else as stored.
 */
export function sourceBytes(
  source: ImportSource,
  gzip: boolean,
  options: StreamImportOptions & { file: string },
): AsyncIterable<Uint8Array> {
  const bytes = chunksOf(source.stream());
  if (!gzip) return bytes;
  const onBytes = options.onBytes;
  return gunzip(bytes, {
    file: options.file,
    ...(options.maxDecompressedBytes !== undefined ? { maxDecompressedBytes: options.maxDecompressedBytes } : {}),
    ...(options.maxCompressionRatio !== undefined ? { maxCompressionRatio: options.maxCompressionRatio } : {}),
    ...(onBytes !== undefined ? { onBytes: (n: number) => onBytes(n, source.sizeBytes) } : {}),
  });
}

/**
 * An {@link ImportSource} over a browser `File` (or any `Blob` with a name): streamed for CSV/XES, read by slices
 * for `.xlsx` — nothing beyond what the reader asks for is loaded.
 *
 * @example
 * // In the browser: blobImportSource(input.files[0]); the name then comes from the file.
 * const source = blobImportSource(new Blob(["ärende;steg;start;slut\n"]), "logg.csv");
 * [source.name, source.sizeBytes] // → ["logg.csv", 24]
 */
export function blobImportSource(blob: Blob, name: string = (blob as Blob & { name?: string }).name ?? "fil"): ImportSource {
  return { name, sizeBytes: blob.size, stream: () => blob.stream(), randomAccess: () => blobSource(blob) };
}
