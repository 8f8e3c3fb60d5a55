import { flowIndexOf } from "../../log/flow-index.js";
import { CATEGORY_BY_CODE } from "../../model/category.js";
import type { EventLog } from "../../model/event-log.js";

/** One column of the exported table of a log. */
export interface ExportColumn {
  name: string;
  type: "string" | "timestamp" | "int32";
  /** Value of observation `i` (null when missing): a string, or UTC epoch ms, or an integer. */
  value(i: number): string | number | null;
}

/** The fixed columns of every export, in order; attribute columns follow. */
export const EXPORT_COLUMNS = ["flow", "step", "process", "unit", "role", "resource", "start", "end", "category", "row"] as const;

const coded =
  (codes: Int32Array, ids: readonly string[]) =>
  (i: number): string | null =>
    codes[i] >= 0 ? ids[codes[i]] : null;

/**
 * The columns every tabular export writes (CSV, Arrow, Parquet): flow, step, process (of the flow), unit, role,
 * resource, start and end (UTC epoch ms), category (null where it was assumed for want of a model), source row
 * (null when unknown), then the log's attribute columns under their own names (prefixed `attr.` should one
 * share a fixed column's name).
 *
 * @example
 * exportColumns(log).map((c) => c.name) // → ["flow", "step", "process", …, "row", "länk"]
 */
export function exportColumns(log: EventLog): ExportColumn[] {
  const ac = log.assumedCategory;
  const cols: ExportColumn[] = [
    { name: "flow", type: "string", value: (i) => log.flowIds[log.flow[i]] },
    { name: "step", type: "string", value: (i) => log.stepIds[log.step[i]] },
    {
      name: "process",
      type: "string",
      value: (i) => (log.flowProcess[log.flow[i]] >= 0 ? log.processIds[log.flowProcess[log.flow[i]]] : null),
    },
    { name: "unit", type: "string", value: coded(log.unit, log.unitIds) },
    { name: "role", type: "string", value: coded(log.role, log.roleIds) },
    { name: "resource", type: "string", value: coded(log.resource, log.resourceIds) },
    { name: "start", type: "timestamp", value: (i) => log.start[i] },
    { name: "end", type: "timestamp", value: (i) => log.end[i] },
    {
      name: "category",
      type: "string",
      value: (i) => (ac !== undefined && ac[i] !== 0 ? null : (CATEGORY_BY_CODE[log.category[i]] ?? null)),
    },
    { name: "row", type: "int32", value: (i) => (log.row[i] > 0 ? log.row[i] : null) },
  ];
  const taken = new Set<string>(EXPORT_COLUMNS);
  for (const a of log.attributes) {
    let name = a.name;
    while (taken.has(name)) name = `attr.${name}`;
    taken.add(name);
    cols.push({ name, type: "string", value: (i) => (a.codes[i] >= 0 ? a.values[a.codes[i]] : null) });
  }
  return cols;
}

/**
 * The order observations are exported in: flow by flow (in order of first appearance), each flow's
 * observations by start, then end, then input order — the shared flow index.
 */
export function exportOrder(log: EventLog): Int32Array {
  return flowIndexOf(log).order;
}
