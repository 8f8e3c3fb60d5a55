/**
 * A source read by offset (a zip archive's central directory sits at its end): a browser `File`/`Blob`, a Node
 * file handle (`fileSource` in `@flodes/core/node`) or bytes in memory.
 */
export interface RandomAccessSource {
  /** Size in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/**
 * A {@link RandomAccessSource} over a `Blob` or `File` (browser, and Node ≥ 20's `Blob`): each read slices the
 * blob, so nothing beyond the bytes asked for is loaded.
 *
 * @example
 * // In a browser: blobSource(input.files[0]). Any Blob reads the same way:
 * const src = blobSource(new Blob(["abcdef"]));
 * src.size // → 6
 * new TextDecoder().decode(await src.read(2, 3)) // → "cde"
 */
export function blobSource(blob: Blob): RandomAccessSource {
  return {
    size: blob.size,
    async read(offset, length) {
      return new Uint8Array(await blob.slice(offset, Math.min(blob.size, offset + length)).arrayBuffer());
    },
  };
}

/**
 * A {@link RandomAccessSource} over bytes in memory (tests, or a file already read).
 *
 * @example
 * bytesSource(new Uint8Array([1, 2, 3])).read(1, 5) // resolves to Uint8Array [2, 3]
 */
export function bytesSource(bytes: Uint8Array): RandomAccessSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}
