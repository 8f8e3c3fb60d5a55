// Node-only (node:fs): used by the file loaders of the Node entry.
import { readFile } from "node:fs/promises";
import { FlodesError } from "../messages/flodes-error.js";
import { importMessage } from "../messages/import.js";
import type { QualityIssue } from "../model/quality.js";
import { decodeText } from "./decode-text.js";

/**
 * Reads a small text file (process model, units, goals) with encoding detection and tells JSON from CSV by
 * extension or first character. Throws {@link FlodesError} UNREADABLE naming the file.
 * @example
 * const { text, format } = await readTextFile("data/pilot/enheter.csv"); // format "csv"
 */
export async function readTextFile(path: string): Promise<{ text: string; format: "json" | "csv" }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new FlodesError(importMessage.unreadable((e as Error).message), { file: path });
  }
  const { text } = decodeText(bytes, "auto");
  const json = path.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text);
  return { text, format: json ? "json" : "csv" };
}

/**
 * Throws the first error among `issues` as an {@link FlodesError} naming file, row and column; loaders that must
 * not go on with a half-valid file use it.
 * @example
 * throwFirstError("mal.csv", parseGoals(text).issues);
 */
export function throwFirstError(path: string, issues: readonly QualityIssue[]): void {
  const first = issues.find((i) => i.severity === "error");
  if (first) {
    throw new FlodesError(
      { code: first.code, sv: first.message, en: first.messageEn },
      {
        file: path,
        row: first.row,
        ...(first.column !== null ? { column: first.column } : {}),
      },
    );
  }
}
