// Node-only (node:fs, node:zlib): exported from "@flodes/core/node", never from the isomorphic index.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { importMessage } from "../messages/import.js";
import type { Process } from "../model/process.js";
import { importCsv, importCsvStream, type StreamImportOptions } from "./import-csv.js";
import { memoryGuard } from "./memory-guard.js";
import { ImportError } from "./import-error.js";
import type { ImportOptions, ImportResult } from "./import-types.js";
import { importXes } from "./import-xes.js";
import { importXlsx } from "./import-xlsx.js";
import { parseProcessModel } from "./process-model.js";
import { readTextFile, throwFirstError } from "./read-text-file.js";

async function readBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new ImportError("UNREADABLE", importMessage.unreadable((e as Error).message), { file });
  }
}

/**
 * Imports an event log file, dispatching on the extension: `.csv`/`.tsv`/`.txt` → {@link importCsv},
 * `.xes` → {@link importXes}, `.xes.gz` (and `.csv.gz`) → gunzip first. Other extensions are sniffed (XML → XES,
 * else CSV); `.xlsx` → {@link importXlsx} (first sheet); the old binary `.xls` is refused with advice to save as
 * .xlsx or CSV. The file name goes into every issue.
 *
 * @example
 * const { observations, quality } = await importFile("data/remisser.csv", { tz: "Europe/Stockholm" });
 */
export async function importFile(path: string, options: StreamImportOptions = {}): Promise<ImportResult> {
  const file = options.file ?? path;
  const opts: StreamImportOptions & { file: string } = { ...options, file };
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return importCsvFile(path, opts);
  let bytes = await readBytes(path, file);
  let name = lower;
  if (lower.endsWith(".gz")) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new ImportError("UNREADABLE", importMessage.unreadable((e as Error).message), { file });
    }
    name = lower.slice(0, -3);
  }
  if (name.endsWith(".xlsx")) return importXlsx(bytes, opts);
  if (name.endsWith(".xls")) {
    throw new ImportError("UNREADABLE", importMessage.unsupportedFormat(name.slice(name.lastIndexOf("."))), { file });
  }
  if (name.endsWith(".xes") || name.endsWith(".xml")) return importXes(bytes, opts);
  if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) return importCsv(bytes, opts);
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart();
  return head.startsWith("<?xml") || head.startsWith("<log") ? importXes(bytes, opts) : importCsv(bytes, opts);
}

/** Streams a CSV file from disk into the log builder, with progress by bytes and a memory guard. */
async function importCsvFile(path: string, options: StreamImportOptions & { file: string }): Promise<ImportResult> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new ImportError("UNREADABLE", importMessage.unreadable((e as Error).message), { file: options.file });
  }
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  const guard = memoryGuard(options.file);
  try {
    return await importCsvStream(stream, {
      ...options,
      sizeBytes: size,
      onChunk: () => {
        guard();
        options.onChunk?.();
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code !== undefined) throw new ImportError("UNREADABLE", importMessage.unreadable(err.message), { file: options.file });
    throw e;
  } finally {
    stream.destroy();
  }
}

/**
 * Loads a process model from `.json` (the Process shape) or `.csv` (`steg;kategori;slöseri;roll;timkostnad`,
 * optional `namn`, `standardtid_min`, `%ka`). Throws {@link ImportError} naming file, row and column on the
 * first invalid row or field; use {@link parseProcessModel} to get all issues instead.
 *
 * @example
 * const process = await loadProcessModel("data/modell-remiss.csv");
 */
export async function loadProcessModel(path: string): Promise<Process> {
  const { text, format } = await readTextFile(path);
  const { process, issues } = parseProcessModel(text, { format, file: path });
  throwFirstError(path, issues);
  return process;
}
