// Node-only (node:fs): exported from "@flodes/core/node", never from the isomorphic index.
import { readTextFile, throwFirstError } from "../io/read-text-file.js";
import { type BacklogAllocation, parseBacklogAllocations } from "./backlog-allocations.js";
import { type CareGuaranteeRule, parseCareGuaranteeRules } from "./care-guarantee-rules.js";

/**
 * Loads care-guarantee rules (`.csv` or `.json`, see {@link parseCareGuaranteeRules}). Throws {@link FlodesError}
 * naming file, row and column on the first invalid row.
 * @example
 * const rules = await loadCareGuaranteeRules("data/pilot/vardgaranti.csv");
 */
export async function loadCareGuaranteeRules(path: string): Promise<CareGuaranteeRule[]> {
  const { text, format } = await readTextFile(path);
  const { rules, issues } = parseCareGuaranteeRules(text, { format, file: path });
  throwFirstError(path, issues);
  return rules;
}

/**
 * Loads allocations for postponed care (`.csv` or `.json`, see {@link parseBacklogAllocations}). Throws
 * {@link FlodesError} naming file, row and column on the first invalid row.
 * @example
 * const allocations = await loadBacklogAllocations("data/pilot/forskjuten-vard.csv");
 */
export async function loadBacklogAllocations(path: string): Promise<BacklogAllocation[]> {
  const { text, format } = await readTextFile(path);
  const { allocations, issues } = parseBacklogAllocations(text, { format, file: path });
  throwFirstError(path, issues);
  return allocations;
}
