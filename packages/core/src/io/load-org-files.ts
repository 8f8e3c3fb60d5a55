// Node-only (node:fs): exported from "@flodes/core/node", never from the isomorphic index.
import { readFile } from "node:fs/promises";
import type { Goal, Unit } from "../model/org.js";
import { decodeText } from "./decode-text.js";
import { ImportError } from "./import-error.js";
import { importMessage } from "../messages/import.js";
import { parseGoals, parseUnits, type OrgFileOptions } from "./org-files.js";
import type { QualityIssue } from "./quality.js";

async function readText(path: string): Promise<{ text: string; format: "json" | "csv" }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ImportError("UNREADABLE", importMessage.unreadable((e as Error).message), { file: path });
  }
  const { text } = decodeText(bytes, "auto");
  const json = path.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text);
  return { text, format: json ? "json" : "csv" };
}

function throwFirst(path: string, issues: readonly QualityIssue[]): void {
  const first = issues.find((i) => i.severity === "error");
  if (first) {
    throw new ImportError(first.code, { message: first.message, messageEn: first.messageEn }, {
      file: path,
      row: first.row,
      ...(first.column !== null ? { column: first.column } : {}),
    });
  }
}

/**
 * Loads a units file (`.json` or `.csv`, see {@link parseUnits}). Throws {@link ImportError} naming file, row and
 * column on the first invalid row.
 * @example
 * const units = await loadUnits("data/pilot/enheter.csv");
 */
export async function loadUnits(path: string): Promise<Unit[]> {
  const { text, format } = await readText(path);
  const opts: OrgFileOptions = { format, file: path };
  const { units, issues } = parseUnits(text, opts);
  throwFirst(path, issues);
  return units;
}

/**
 * Loads a goals (målbild) file (`.json` or `.csv`, see {@link parseGoals}). Throws {@link ImportError} naming file,
 * row and column on the first invalid row.
 * @example
 * const goals = await loadGoals("data/pilot/mal.csv");
 */
export async function loadGoals(path: string): Promise<Goal[]> {
  const { text, format } = await readText(path);
  const { goals, issues } = parseGoals(text, { format, file: path });
  throwFirst(path, issues);
  return goals;
}
