// Node-only (node:fs): exported from "@flodes/core/node", never from the isomorphic index.
import type { Goal, Unit } from "../model/org.js";
import { type OrgFileOptions, parseGoals, parseUnits } from "./org-files.js";
import { readTextFile, throwFirstError } from "./read-text-file.js";

/**
 * Loads a units file (`.json` or `.csv`, see {@link parseUnits}). Throws {@link FlodesError} naming file, row and
 * column on the first invalid row.
 * @example
 * const units = await loadUnits("data/pilot/enheter.csv");
 */
export async function loadUnits(path: string): Promise<Unit[]> {
  const { text, format } = await readTextFile(path);
  const opts: OrgFileOptions = { format, file: path };
  const { units, issues } = parseUnits(text, opts);
  throwFirstError(path, issues);
  return units;
}

/**
 * Loads a goals (målbild) file (`.json` or `.csv`, see {@link parseGoals}). Throws {@link FlodesError} naming file,
 * row and column on the first invalid row.
 * @example
 * const goals = await loadGoals("data/pilot/mal.csv");
 */
export async function loadGoals(path: string): Promise<Goal[]> {
  const { text, format } = await readTextFile(path);
  const { goals, issues } = parseGoals(text, { format, file: path });
  throwFirstError(path, issues);
  return goals;
}
