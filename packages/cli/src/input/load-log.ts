import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { FlodesError, type ImportResult, importFile } from "@flodes/core/node";
import { flagOption, type ParsedArgs, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Io } from "../io.js";
import { MSG } from "../messages.js";
import { createProgress, type Progress } from "../progress.js";
import { importOptionsFrom } from "./import-options.js";
import { loadModel, type ProcessModel } from "./load-model.js";
import { scrubPersonnummer } from "./scrub.js";

export { scrubPersonnummer } from "./scrub.js";

/** A log read from disk, with the model it was read against. */
export interface LoadedLog {
  /** The path as the user wrote it (used in messages). */
  file: string;
  result: ImportResult;
  /** The process model(s) from `--model`, when given. */
  model?: ProcessModel;
  /** Progress reporter of this run, to report the analysis step and close the line. */
  progress: Progress;
}

async function requireFile(io: Io, file: string): Promise<string> {
  const path = resolve(io.cwd ?? process.cwd(), file);
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new CliError("input", MSG.isDirectory(file));
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError("input", MSG.fileNotFound(file));
    throw new CliError("input", MSG.unreadable(file, scrubPersonnummer(String((e as Error).message))));
  }
  return path;
}

function whereText(e: FlodesError): string {
  const parts: string[] = [];
  if (e.row !== undefined) parts.push(`rad/row ${e.row}`);
  else if (e.rows !== undefined && e.rows.length > 0) parts.push(`rad/row ${e.rows.join(", ")}`);
  if (e.column !== undefined) parts.push(`"${e.column}"`);
  else if (e.columns !== undefined && e.columns.length > 0) parts.push(e.columns.map((c) => `"${c}"`).join(", "));
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** Turns an import failure into an {@link CliError} that names the file and never echoes a personnummer. */
export function importFailure(file: string, e: unknown): CliError {
  if (e instanceof FlodesError) {
    if (e.code === "PERSONNUMMER") {
      // Core's text names rows and columns, never a value; the hint adds the flags that get past it.
      return new CliError("input", {
        code: e.code,
        sv: `${file}: ${e.sv} ${MSG.personnummerHint.sv}`,
        en: `${file}: ${e.en} ${MSG.personnummerHint.en}`,
      });
    }
    const where = whereText(e);
    return new CliError("input", {
      code: e.code,
      sv: scrubPersonnummer(`${file}${where}: ${e.sv}`),
      en: scrubPersonnummer(`${file}${where}: ${e.en}`),
    });
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CliError("input", MSG.unreadable(file, scrubPersonnummer(detail)));
}

/**
 * Reads the log named by the first positional argument with the shared import flags and `--model`.
 * Throws {@link CliError} for a missing or extra argument and {@link CliError} (naming the file) when
 * the log or model cannot be read, including when the log holds personnummer and `--pseudonymise` is off.
 *
 * @example
 * const { result, model } = await loadLog(parseArgs(["log.csv", "--model", "m.json"], specs), io);
 */
export async function loadLog(args: ParsedArgs, io: Io): Promise<LoadedLog> {
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw new CliError("usage", MSG.missingFile);
  if (extra.length > 0) throw new CliError("usage", MSG.tooManyFiles(extra.join(" ")));
  const options = importOptionsFrom(args, io);

  const modelFile = stringOption(args, "model");
  let model: ProcessModel | undefined;
  if (modelFile !== undefined) model = await loadModel(await requireFile(io, modelFile), modelFile);

  const path = await requireFile(io, file);
  const progress = createProgress(io, { force: flagOption(args, "progress") });
  try {
    let byBytes = false;
    const result = await importFile(path, {
      ...options,
      file,
      ...(model !== undefined ? { model } : {}),
      onBytes: (done, total) => {
        byBytes = true;
        progress.bytes(done, total);
      },
      onProgress: (done, total) => {
        if (!byBytes) progress.rows(done, total);
      },
    });
    return { file, result, progress, ...(model !== undefined ? { model } : {}) };
  } catch (e) {
    progress.done();
    throw importFailure(file, e);
  }
}
