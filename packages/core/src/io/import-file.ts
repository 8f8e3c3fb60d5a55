// Node-only (node:fs): exported from "@flodes/core/node", never from the isomorphic index.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { FlodesError } from "../messages/flodes-error.js";
import { importMessage } from "../messages/import.js";
import type { Process } from "../model/process.js";
import type { StreamImportOptions } from "./import-csv.js";
import { formatOfName, importSource } from "./import-source.js";
import type { ImportResult } from "./import-types.js";
import { memoryGuard } from "./memory-guard.js";
import { parseProcessModel } from "./process-model.js";
import { readTextFile, throwFirstError } from "./read-text-file.js";
import { type FileSource, fileSource } from "./source/file-source.js";

/**
 * Imports an event log file, streaming it from disk through {@link importSource} (the dispatcher the browser uses
 * too): `.csv`/`.tsv`/`.txt` → `importCsvStream`, `.xes`/`.xml` → `importXesStream`, `.xlsx` → `importXlsx`
 * (first sheet, read by offset), and any of them `.gz` through streaming `gunzip` with the decompressed-size and
 * ratio limits (`maxDecompressedBytes`, `maxCompressionRatio`). Other extensions are sniffed (XML → XES, else CSV);
 * the old binary `.xls` is refused with advice to save as .xlsx or CSV. Progress (`onBytes`) counts bytes of the
 * file as stored; a memory guard stops with FlodesError `TOO_LARGE` before V8 would abort. The file name goes into
 * every issue.
 *
 * @example
 * const { log, quality } = await importFile("examples/syntetisk-remissflode.csv", { tz: "Europe/Stockholm" });
 * [quality.rowsIn, quality.accepted, log.flowIds.length] // → [229, 229, 30]
 */
export async function importFile(path: string, options: StreamImportOptions = {}): Promise<ImportResult> {
  const file = options.file ?? path;
  formatOfName(path, file); // refuses .xls before touching the disk
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
  const streams: ReturnType<typeof createReadStream>[] = [];
  let handle: FileSource | undefined;
  try {
    return await importSource(
      {
        name: path,
        sizeBytes: size,
        stream: () => {
          const s = createReadStream(path, { highWaterMark: 1 << 20 });
          streams.push(s);
          return s;
        },
        randomAccess: async () => {
          try {
            handle = await fileSource(path);
          } catch (e) {
            throw new FlodesError(importMessage.unreadable((e as Error).message), { file });
          }
          return handle;
        },
      },
      opts,
    );
  } catch (e) {
    if (e instanceof FlodesError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code !== undefined) throw new FlodesError(importMessage.unreadable(err.message), { file });
    throw e;
  } finally {
    for (const s of streams) s.destroy();
    await handle?.close();
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
