import { FlodesError } from "../messages/flodes-error.js";
// Node-only (node:fs): exported from "@flodes/core/node", never from the isomorphic index.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { importMessage } from "../messages/import.js";
import type { Process } from "../model/process.js";
import { importCsvStream, type StreamImportOptions } from "./import-csv.js";
import { memoryGuard } from "./memory-guard.js";
import type { ImportResult } from "./import-types.js";
import { importXesStream } from "./import-xes.js";
import { importXlsx } from "./import-xlsx.js";
import { concatBytes } from "./source/concat-bytes.js";
import { fileSource, type FileSource } from "./source/file-source.js";
import { gunzip } from "./source/gunzip.js";
import { parseProcessModel } from "./process-model.js";
import { readTextFile, throwFirstError } from "./read-text-file.js";

/** The first bytes of a stream, and the stream again from its start. */
async function peek(source: AsyncIterable<Uint8Array>, n: number): Promise<{ head: Uint8Array; all: AsyncGenerator<Uint8Array> }> {
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

/** True when the bytes look like XML (after a BOM and white space), i.e. XES rather than CSV. */
function looksLikeXml(head: Uint8Array): boolean {
  // A UTF-16 byte-order mark says how to read the start (Excel's "Unicode text" is UTF-16 TSV, not XML).
  const enc = head[0] === 0xff && head[1] === 0xfe ? "utf-16le" : head[0] === 0xfe && head[1] === 0xff ? "utf-16be" : "utf-8";
  const text = new TextDecoder(enc).decode(head.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart();
  return text.startsWith("<?xml") || text.startsWith("<log");
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of source) parts.push(c);
  return concatBytes(parts);
}

/**
 * Imports an event log file, streaming it from disk: `.csv`/`.tsv`/`.txt` → {@link importCsvStream}, `.xes`/`.xml`
 * → {@link importXesStream}, `.xlsx` → {@link importXlsx} (first sheet, read by offset), and any of them `.gz`
 * through streaming {@link gunzip} with the decompressed-size and ratio limits (`maxDecompressedBytes`,
 * `maxCompressionRatio`). Other extensions are sniffed (XML → XES, else CSV); the old binary `.xls` is refused
 * with advice to save as .xlsx or CSV. Progress (`onBytes`) counts bytes of the file as stored; a memory guard
 * stops with FlodesError `TOO_LARGE` before V8 would abort. The file name goes into every issue.
 *
 * @example
 * const { log, quality } = await importFile("examples/syntetisk-remissflode.csv", { tz: "Europe/Stockholm" });
 * [quality.rowsIn, quality.accepted, log.flowIds.length] // → [229, 229, 30]
 */
export async function importFile(path: string, options: StreamImportOptions = {}): Promise<ImportResult> {
  const file = options.file ?? path;
  const lower = path.toLowerCase();
  const gz = lower.endsWith(".gz");
  const name = gz ? lower.slice(0, -3) : lower;
  if (name.endsWith(".xls")) throw new FlodesError(importMessage.unsupportedFormat(name.slice(name.lastIndexOf("."))), { file });
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new FlodesError(importMessage.unreadable((e as Error).message), { file });
  }
  const guard = memoryGuard(file);
  const opts: StreamImportOptions & { file: string } = {
    ...options,
    file,
    onChunk: () => {
      guard();
      options.onChunk?.();
    },
  };
  if (!gz && name.endsWith(".xlsx")) {
    let src: FileSource;
    try {
      src = await fileSource(path);
    } catch (e) {
      throw new FlodesError(importMessage.unreadable((e as Error).message), { file });
    }
    try {
      return await importXlsx(src, { ...opts, sizeBytes: size });
    } finally {
      await src.close();
    }
  }
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    let bytes: AsyncIterable<Uint8Array> = stream;
    let inner: StreamImportOptions & { file: string } = { ...opts, sizeBytes: size };
    if (gz) {
      const onBytes = options.onBytes;
      bytes = gunzip(stream, {
        file,
        ...(options.maxDecompressedBytes !== undefined ? { maxDecompressedBytes: options.maxDecompressedBytes } : {}),
        ...(options.maxCompressionRatio !== undefined ? { maxCompressionRatio: options.maxCompressionRatio } : {}),
        ...(onBytes !== undefined ? { onBytes: (n: number) => onBytes(n, size) } : {}),
      });
      // Progress is reported by gunzip in bytes of the file; the decompressed size is not known up front.
      const { onBytes: _drop, sizeBytes: _unknown, ...rest } = inner;
      inner = rest;
    }
    if (name.endsWith(".xlsx")) return await importXlsx(await collect(bytes), inner);
    if (name.endsWith(".xes") || name.endsWith(".xml")) return await importXesStream(bytes, inner);
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) return await importCsvStream(bytes, inner);
    const { head, all } = await peek(bytes, 512);
    return looksLikeXml(head) ? await importXesStream(all, inner) : await importCsvStream(all, inner);
  } catch (e) {
    if (e instanceof FlodesError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code !== undefined) throw new FlodesError(importMessage.unreadable(err.message), { file });
    throw e;
  } finally {
    stream.destroy();
  }
}

/**
 * Loads a process model from `.json` (the Process shape) or `.csv` (`steg;kategori;slöseri;roll;timkostnad`,
 * optional `namn`, `standardtid_min`, `%ka`). Throws {@link FlodesError} naming file, row and column on the
 * first invalid row or field; use {@link parseProcessModel} to get all issues instead.
 *
 * @example
 * const process = await loadProcessModel("examples/remiss-modell.csv");
 * process.steps.find((s) => s.id === "Läkarbesök")?.category // → "VA"
 */
export async function loadProcessModel(path: string): Promise<Process> {
  const { text, format } = await readTextFile(path);
  const { process, issues } = parseProcessModel(text, { format, file: path });
  throwFirstError(path, issues);
  return process;
}
