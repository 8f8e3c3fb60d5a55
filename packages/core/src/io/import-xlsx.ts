import { LogBuilder } from "./builder/log-builder.js";
import type { StreamImportOptions } from "./import-csv.js";
import type { ImportResult } from "./import-types.js";
import { IssueSink } from "./issue-sink.js";
import { blobSource, bytesSource, type RandomAccessSource } from "./source/random-access.js";
import { readXlsx } from "./xlsx/read-xlsx.js";

/**
 * Imports the first sheet of an Excel workbook (.xlsx) as an event log, with the same column mapping, time
 * parsing (incl. Excel serial dates in the given zone), personnummer checks and quality report as CSV. The
 * sheet is streamed (never held whole) and zip bombs are stopped while inflating (FlodesError `TOO_LARGE`).
 * Isomorphic: give bytes, a browser `File`/`Blob`, or a {@link RandomAccessSource} (`fileSource` in Node).
 *
 * @example
 * // In a browser: importXlsx(input.files[0], { file: "matning.xlsx" }). A workbook that is not one is refused:
 * const e = await importXlsx(new TextEncoder().encode("inte en arbetsbok")).catch((error: FlodesError) => error);
 * e.code // → "UNREADABLE"
 */
export async function importXlsx(input: Uint8Array | Blob | RandomAccessSource, options: StreamImportOptions = {}): Promise<ImportResult> {
  const source =
    input instanceof Uint8Array
      ? bytesSource(input)
      : typeof Blob !== "undefined" && input instanceof Blob
        ? blobSource(input)
        : (input as RandomAccessSource);
  const issues = new IssueSink(options.file, options.maxIssuesPerCode ?? 1000);
  const builder = new LogBuilder(issues, options);
  const { encoding } = await readXlsx(source, builder, issues, {
    ...(options.maxDecompressedBytes !== undefined ? { maxDecompressedBytes: options.maxDecompressedBytes } : {}),
    ...(options.maxCompressionRatio !== undefined ? { maxCompressionRatio: options.maxCompressionRatio } : {}),
    ...(options.onBytes !== undefined ? { onBytes: options.onBytes } : {}),
    ...(options.onChunk !== undefined ? { onChunk: options.onChunk } : {}),
  });
  return builder.finish({ encoding });
}
