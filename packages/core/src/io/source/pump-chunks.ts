import type { ByteProgress, ByteSource } from "./record.js";

/** Iterates a web ReadableStream (whose async iteration not every browser has) or any (async) iterable. */
export async function* chunksOf(source: ByteSource | ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (typeof (source as ReadableStream<Uint8Array>).getReader === "function") {
    const r = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await r.read();
        if (done) return;
        if (value) yield value;
      }
    } finally {
      r.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<Uint8Array>) yield chunk;
}

/** What {@link pumpChunks} reports to. */
export interface PumpOptions {
  /** Size of the source in bytes, when known (passed on to `onBytes`). */
  sizeBytes?: number;
  /** Progress by bytes read. */
  onBytes?: ByteProgress;
  /** Called after each chunk; may throw to stop (e.g. a memory guard). */
  onChunk?: () => void;
}

/**
 * Hands every chunk of a source to a streaming reader's `push`, reporting progress by bytes and calling
 * `onChunk` after each: the loop every streaming import runs.
 *
 * @example
 * await pumpChunks(file.stream(), { sizeBytes: file.size, onBytes }, (c) => reader.push(c));
 */
export async function pumpChunks(
  source: ByteSource | ReadableStream<Uint8Array>,
  options: PumpOptions,
  push: (chunk: Uint8Array) => void,
): Promise<void> {
  let bytes = 0;
  for await (const chunk of chunksOf(source)) {
    push(chunk);
    bytes += chunk.length;
    options.onBytes?.(bytes, options.sizeBytes);
    options.onChunk?.();
  }
}
