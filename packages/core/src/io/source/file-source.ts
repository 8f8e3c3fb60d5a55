// Node-only (node:fs): exported from "@flodes/core/node", never from the isomorphic index.
import { open } from "node:fs/promises";
import type { RandomAccessSource } from "./random-access.js";

/** A {@link RandomAccessSource} over an open file; `close()` when done. */
export interface FileSource extends RandomAccessSource {
  close(): Promise<void>;
}

/**
 * Opens a file for reads by offset (Node). Reads go straight to the file handle: only the bytes asked for are
 * held.
 *
 * @example
 * const src = await fileSource("examples/syntetisk-remissflode.csv");
 * try {
 *   src.size > 0 // → true
 * } finally {
 *   await src.close();
 * }
 */
export async function fileSource(path: string): Promise<FileSource> {
  const fh = await open(path, "r");
  const { size } = await fh.stat();
  return {
    size,
    async read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = new Uint8Array(n);
      let got = 0;
      while (got < n) {
        const { bytesRead } = await fh.read(buf, got, n - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === n ? buf : buf.subarray(0, got);
    },
    close: () => fh.close(),
  };
}
