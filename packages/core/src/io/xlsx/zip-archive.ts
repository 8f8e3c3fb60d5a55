import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";
import { concatBytes } from "../source/concat-bytes.js";
import { decompress } from "../source/decompress.js";
import { checkDecompression, type DecompressionLimits } from "../source/decompression-limits.js";
import type { RandomAccessSource } from "../source/random-access.js";

/** One file of a zip archive, from the central directory. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as declared (checked again while inflating: a bomb may lie). */
  size: number;
  localOffset: number;
  encrypted: boolean;
}

/** Thrown for archive problems; the xlsx reader turns it into a clear FlodesError. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A central directory larger than this is not an office document (xlsx ones are a few kB). */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
const READ_BYTES = 1024 * 1024;

const u16 = (b: Uint8Array, p: number): number => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number): number => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, p: number): number => u32(b, p) + u32(b, p + 4) * 2 ** 32;

/**
 * Reads a zip archive's central directory (ZIP64 included) by offset, without reading the entries: an entry is
 * only inflated when asked for, so the order of parts in the archive does not matter.
 *
 * @throws ZipFormatError when the source is not a zip archive.
 */
export async function readZipDirectory(src: RandomAccessSource): Promise<Map<string, ZipEntry>> {
  const tailLen = Math.min(src.size, 22 + 65_535 + 20);
  const tail = await src.read(src.size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("not a ZIP archive (no end of central directory)");
  let count = u16(tail, eocd + 10);
  let dirSize = u32(tail, eocd + 12);
  let dirOffset = u32(tail, eocd + 16);
  if ((count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) && eocd >= 20 && u32(tail, eocd - 20) === EOCD64_LOCATOR) {
    const at = u64(tail, eocd - 20 + 8);
    const rec = await src.read(at, 56);
    if (u32(rec, 0) !== EOCD64) throw new ZipFormatError("broken ZIP64 end of central directory");
    count = u64(rec, 32);
    dirSize = u64(rec, 40);
    dirOffset = u64(rec, 48);
  }
  if (dirSize > MAX_DIRECTORY_BYTES || dirOffset + dirSize > src.size) throw new ZipFormatError("broken ZIP central directory");
  const dir = await src.read(dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder("utf-8");
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || u32(dir, p) !== CENTRAL) throw new ZipFormatError("broken ZIP central directory");
    const flags = u16(dir, p + 8);
    const method = u16(dir, p + 10);
    let compressedSize = u32(dir, p + 20);
    let size = u32(dir, p + 24);
    const nameLen = u16(dir, p + 28);
    const extraLen = u16(dir, p + 30);
    const commentLen = u16(dir, p + 32);
    let localOffset = u32(dir, p + 42);
    const name = utf8.decode(dir.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extended information: the 64-bit values of the fields that hold 0xFFFFFFFF, in this order.
    for (let x = p + 46 + nameLen, xe = x + extraLen; x + 4 <= xe; ) {
      const id = u16(dir, x);
      const len = u16(dir, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = u64(dir, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(dir, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(dir, q);
      }
      x += 4 + len;
    }
    entries.set(name.replace(/^\//, "").toLowerCase(), { name, method, compressedSize, size, localOffset, encrypted: (flags & 1) !== 0 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * The bytes of one entry, inflated chunk by chunk under `limits` (declared size checked first, real size and
 * ratio while inflating).
 *
 * @throws FlodesError `TOO_LARGE` past a limit; ZipFormatError for an unsupported or broken entry.
 */
export async function* zipEntryBytes(
  src: RandomAccessSource,
  entry: ZipEntry,
  limits: DecompressionLimits,
  what: string,
  file?: string,
  onRead?: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  if (entry.encrypted) throw new ZipFormatError(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`unsupported ZIP compression method ${entry.method}`);
  if (entry.size > limits.maxBytes) {
    throw new FlodesError(importMessage.decompressedTooLarge(limits.maxBytes, what), file !== undefined ? { file } : {});
  }
  const local = await src.read(entry.localOffset, 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL) throw new ZipFormatError(`broken ZIP entry ${entry.name}`);
  const start = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  const end = start + entry.compressedSize;
  if (end > src.size) throw new ZipFormatError(`ZIP entry ${entry.name} runs past the end of the file`);
  async function* compressed(): AsyncGenerator<Uint8Array> {
    for (let at = start; at < end; ) {
      const b = await src.read(at, Math.min(READ_BYTES, end - at));
      if (b.length === 0) throw new ZipFormatError(`ZIP entry ${entry.name} is cut short`);
      at += b.length;
      onRead?.(b.length);
      yield b;
    }
  }
  if (entry.method === 0) {
    let out = 0;
    for await (const b of compressed()) {
      out += b.length;
      checkDecompression(out, out, limits, what, file);
      yield b;
    }
    return;
  }
  yield* decompress(compressed(), "deflate-raw", { limits, what, ...(file !== undefined ? { file } : {}) });
}

/** An entry read whole (small parts: workbook, relationships), decoded as UTF-8. */
export async function zipEntryText(
  src: RandomAccessSource,
  entry: ZipEntry,
  limits: DecompressionLimits,
  what: string,
  file?: string,
): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const b of zipEntryBytes(src, entry, limits, what, file)) parts.push(b);
  return new TextDecoder("utf-8").decode(concatBytes(parts));
}
