import { decompress } from "./decompress.js";
import { decompressionLimits } from "./decompression-limits.js";
import type { ByteProgress, ByteSource } from "./record.js";

/** Options of {@link gunzip}. */
export interface GunzipOptions {
  /** Most bytes the source may expand to. __Default:__ {@link DEFAULT_MAX_DECOMPRESSED_BYTES} (8 GB). */
  maxDecompressedBytes?: number;
  /** Most decompressed bytes per compressed byte (checked past 64 MiB). __Default:__ {@link DEFAULT_MAX_COMPRESSION_RATIO} (200). */
  maxCompressionRatio?: number;
  /** File name for messages. __Default:__ none. */
  file?: string;
  /** Progress in compressed bytes read. __Default:__ none. */
  onBytes?: ByteProgress;
}

/**
 * Streaming gunzip of a byte source (isomorphic: the platform's `DecompressionStream`), stopped with a clear
 * Swedish/English {@link FlodesError} `TOO_LARGE` naming the limit and how to raise it as soon as the output
 * passes `maxDecompressedBytes` or expands more than `maxCompressionRatio` times (a gzip bomb). Concatenated
 * gzip members are read as one stream.
 *
 * @example
 * import { gzipSync } from "node:zlib";
 * const chunks: Uint8Array[] = [];
 * for await (const chunk of gunzip([gzipSync("ärende;steg\n")], { file: "logg.csv.gz" })) chunks.push(chunk);
 * new TextDecoder().decode(chunks[0]) // → "ärende;steg\n"
 */
export function gunzip(source: ByteSource, options: GunzipOptions = {}): AsyncGenerator<Uint8Array> {
  const onBytes = options.onBytes;
  return decompress(source, "gzip", {
    limits: decompressionLimits(options),
    what: options.file ?? "gzip",
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(onBytes !== undefined ? { onBytes: (n: number) => onBytes(n, undefined) } : {}),
  });
}
