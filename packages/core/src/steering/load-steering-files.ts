// Node-only (node:fs): exported from "@flodes/core/node", never from the isomorphic index.

import { readTextFile } from "../io/read-text-file.js";
import { parseContextFigures, parseGoalTree, parseImprovements, parseStaffing, type SteeringParse } from "./steering-files.js";
import type { ContextFigure, Improvement, PlanGoal, StaffingRow } from "./types.js";

/**
 * Reads a steering file from disk (`.json` or `.csv`, encoding detected) with its parser. Unlike the units and goals
 * loaders it does not stop at the first bad row: the result holds every issue (naming file, row and column) and the
 * row accounting, so a caller can list them all. Throws `FlodesError` only when the file cannot be read at all or a
 * required column is missing.
 *
 * @example
 * const { items, issues } = await loadSteeringFile("data/pilot/bemanning.csv", parseStaffing);
 */
export async function loadSteeringFile<T>(
  path: string,
  parse: (text: string, options: { format: "json" | "csv"; file: string }) => SteeringParse<T>,
  file = path,
): Promise<SteeringParse<T>> {
  const { text, format } = await readTextFile(path);
  return parse(text, { format, file });
}

/**
 * Loads a staffing file (see `parseStaffing`).
 * @example const { items: staffing } = await loadStaffing("data/pilot/bemanning.csv");
 */
export const loadStaffing = (path: string, file?: string): Promise<SteeringParse<StaffingRow>> =>
  loadSteeringFile(path, parseStaffing, file);

/**
 * Loads an improvement portfolio file (see `parseImprovements`).
 * @example const { items: improvements } = await loadImprovements("data/pilot/forbattringar.csv");
 */
export const loadImprovements = (path: string, file?: string): Promise<SteeringParse<Improvement>> =>
  loadSteeringFile(path, parseImprovements, file);

/**
 * Loads a goal hierarchy file (see `parseGoalTree`).
 * @example const { items: goals } = await loadGoalTree("data/pilot/malhierarki.csv");
 */
export const loadGoalTree = (path: string, file?: string): Promise<SteeringParse<PlanGoal>> => loadSteeringFile(path, parseGoalTree, file);

/**
 * Loads a file of context figures (see `parseContextFigures`).
 * @example const { items: context } = await loadContextFigures("data/pilot/kontext.csv");
 */
export const loadContextFigures = (path: string, file?: string): Promise<SteeringParse<ContextFigure>> =>
  loadSteeringFile(path, parseContextFigures, file);
