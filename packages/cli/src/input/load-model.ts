import { readFile } from "node:fs/promises";
import { FlodesError, loadProcessModel, type Process, parseProcessModel } from "@flodes/core/node";
import { CliError } from "../cli-error.js";
import { MSG } from "../messages.js";
import { scrubPersonnummer } from "./scrub.js";

/** One process, or several (a JSON array of `Process`, as in data/pilot/processer.json). */
export type ProcessModel = Process | readonly Process[];

function modelError(file: string, e: unknown): CliError {
  const sv = e instanceof FlodesError ? e.sv : e instanceof Error ? e.message : String(e);
  const en = e instanceof FlodesError ? e.en : sv;
  const where = e instanceof FlodesError && e.row !== undefined && e.row > 0 ? ` (rad/row ${e.row})` : "";
  return new CliError("input", {
    code: e instanceof FlodesError ? e.code : "badModel",
    sv: MSG.badModel(file, scrubPersonnummer(sv)).sv + where,
    en: MSG.badModel(file, scrubPersonnummer(en)).en + where,
  });
}

/**
 * Loads `--model`: a `.json` Process, a JSON array of Processes, or a `.csv` model
 * (`steg;kategori;slöseri;roll;timkostnad`). Throws {@link CliError} naming `file` on the first problem.
 *
 * @example
 * const model = await loadModel("/abs/remiss-modell.csv", "examples/remiss-modell.csv");
 */
export async function loadModel(path: string, file: string): Promise<ProcessModel> {
  let text: string;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  } catch (e) {
    throw modelError(file, e);
  }
  if (text.trimStart().startsWith("[")) {
    let items: unknown;
    try {
      items = JSON.parse(text);
    } catch (e) {
      throw modelError(file, e);
    }
    const processes: Process[] = [];
    for (const item of items as unknown[]) {
      try {
        const { process, issues } = parseProcessModel(JSON.stringify(item), { format: "json", file });
        const first = issues.find((i) => i.severity === "error");
        if (first !== undefined) throw new FlodesError({ code: first.code, sv: first.message, en: first.messageEn });
        processes.push(process);
      } catch (e) {
        throw modelError(file, e);
      }
    }
    return processes;
  }
  try {
    return await loadProcessModel(path);
  } catch (e) {
    throw modelError(file, e);
  }
}
