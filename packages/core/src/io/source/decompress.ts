import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";
import { checkDecompression, type DecompressionLimits } from "./decompression-limits.js";
import type { ByteSource } from "./record.js";

/** Input is handed to the inflater in slices this size: what one slice can expand to bounds what is buffered. */
const SLICE_BYTES = 64 * 1024;

/** What {@link decompress} needs besides the bytes. */
export interface DecompressContext {
  limits: DecompressionLimits;
  /** Names the source in messages. */
  what: string;
  file?: string;
  /** Called with the compressed bytes read so far. */
  onBytes?: (bytesRead: number) => void;
}

/**
 * Inflates a gzip or raw-deflate byte source chunk by chunk with the platform's `DecompressionStream` (native
 * zlib in Node ≥ 20 and in browsers; measured ≈ 1.3–1.7× faster than fflate's pure-JS inflate here), checking
 * the limits on every output chunk. Input goes in 64 KiB slices, one at a time, so at most one slice's
 * expansion (≤ 66 MB) is buffered when a bomb is stopped.
 *
 * @throws FlodesError `TOO_LARGE` past a limit; `UNREADABLE` when the data are not valid gzip/deflate.
 */
export async function* decompress(source: ByteSource, format: "gzip" | "deflate-raw", ctx: DecompressContext): AsyncGenerator<Uint8Array> {
  const ds = new DecompressionStream(format);
  const writer = ds.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array<ArrayBuffer>>;
  const reader = ds.readable.getReader();
  let inBytes = 0;
  let outBytes = 0;
  let sourceError = undefined as { e: unknown } | undefined;
  let finished = false;
  const feeding = (async () => {
    const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as
      | AsyncIterator<Uint8Array>
      | Iterator<Uint8Array>;
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await it.next();
        } catch (e) {
          sourceError = { e };
          await reader.cancel(e).catch(() => undefined);
          return;
        }
        if (next.done || finished) break;
        const chunk = next.value;
        for (let i = 0; i < chunk.length; i += SLICE_BYTES) {
          if (finished) return;
          const piece = chunk.subarray(i, Math.min(chunk.length, i + SLICE_BYTES));
          inBytes += piece.length;
          ctx.onBytes?.(inBytes);
          // One slice in flight: a write settles once its output is out, so `inBytes` is what the output came from.
          try {
            await writer.write(piece as Uint8Array<ArrayBuffer>);
          } catch {
            return; // the inflater failed or was stopped: the reading side reports why
          }
        }
      }
      if (!finished) await writer.close().catch(() => undefined);
    } finally {
      if (finished) await it.return?.();
    }
  })();
  try {
    for (;;) {
      let r: ReadableStreamReadResult<Uint8Array>;
      try {
        r = await reader.read();
      } catch (e) {
        if (sourceError) throw sourceError.e;
        throw new FlodesError(
          importMessage.corruptCompressed(ctx.what, (e as Error).message),
          ctx.file !== undefined ? { file: ctx.file } : {},
        );
      }
      if (sourceError) throw sourceError.e;
      if (r.done) break;
      outBytes += r.value.length;
      checkDecompression(outBytes, inBytes, ctx.limits, ctx.what, ctx.file);
      yield r.value;
    }
    await feeding;
    const failed = sourceError as { e: unknown } | undefined; // set by the feeding task
    if (failed) throw failed.e;
  } finally {
    if (!finished) {
      finished = true;
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
    }
  }
}
