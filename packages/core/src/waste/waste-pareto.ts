import { type CostItem, type CostOptions, costItems } from "../cost/cost-items.js";
import type { LogInput } from "../log/as-event-log.js";
import { WASTE_TYPE_LABEL_SV, type WasteTypeOrUnclassified } from "../model/waste-type-of.js";

const HOUR_MS = 3_600_000;

/** What a Pareto is sorted by. */
export type ParetoMeasure = "hours" | "sek";

/** One bar of a waste Pareto. */
export interface WasteParetoRow {
  /** Unit the row belongs to; null for all units together. */
  unit: string | null;
  wasteType: WasteTypeOrUnclassified;
  /** Swedish label, e.g. "Väntan". */
  label: string;
  /** Hours of waste (NVA person-time, or waiting), unrounded. */
  hours: number;
  /** Cost in SEK, unrounded (waiting counts only where a waiting cost is known). */
  costSek: number;
  /** Share of the measure's total (0–1); 0 when the total is 0. */
  share: number;
  /** Running sum of `share` in sorted order; the last row is 1 (when the total is > 0). */
  cumulativeShare: number;
}

/** Options of {@link wastePareto}. */
export interface WasteParetoOptions extends CostOptions {
  /** Sort and accumulate by hours or by SEK. __Default value:__ `"hours"` */
  measure?: ParetoMeasure;
  /** Only flows of this unit. __Default value:__ all units together (rows get `unit: null`). */
  unit?: string;
}

/**
 * Pareto rows from cost items (see {@link wastePareto}); NNVA items are not waste and are left out.
 * @example
 * const rows = paretoFromItems(costItems(observations, { model }).items, "hours");
 * rows[0].hours >= rows[rows.length - 1].hours // → true — largest first
 */
export function paretoFromItems(
  items: readonly CostItem[],
  measure: ParetoMeasure = "hours",
  unit: string | null = null,
): WasteParetoRow[] {
  const acc = new Map<WasteTypeOrUnclassified, { ms: number; costSek: number }>();
  for (const it of items) {
    if (it.wasteType === null) continue;
    let a = acc.get(it.wasteType);
    if (!a) acc.set(it.wasteType, (a = { ms: 0, costSek: 0 }));
    a.ms += it.ms;
    a.costSek += it.costSek ?? 0;
  }
  const rows = [...acc].map(([wasteType, a]) => ({
    wasteType,
    label: WASTE_TYPE_LABEL_SV[wasteType],
    hours: a.ms / HOUR_MS,
    costSek: a.costSek,
  }));
  const key = measure === "sek" ? (r: { hours: number; costSek: number }) => r.costSek : (r: { hours: number; costSek: number }) => r.hours;
  const other =
    measure === "sek" ? (r: { hours: number; costSek: number }) => r.hours : (r: { hours: number; costSek: number }) => r.costSek;
  rows.sort((a, b) => key(b) - key(a) || other(b) - other(a) || a.label.localeCompare(b.label, "sv"));
  const total = rows.reduce((s, r) => s + key(r), 0);
  let running = 0;
  return rows.map((r) => {
    running += key(r);
    return { unit, ...r, share: total > 0 ? key(r) / total : 0, cumulativeShare: total > 0 ? running / total : 0 };
  });
}

/**
 * Pareto of waste by type: for each waste type its hours and cost in SEK, sorted descending by `measure`, with
 * each type's share and the cumulative share. NVA work gets its type from the observation (`slöseri` /
 * `wasteType` attribute) or the step's `wasteType`, else "Ej klassat"; waiting between steps is "Väntan".
 * @example
 * const rows = wastePareto(observations, { model, measure: "sek", waitingCostPerHourSek: 100 });
 * rows[0].label // the costliest waste type, e.g. "Väntan"
 */
export function wastePareto(log: LogInput, options: WasteParetoOptions = {}): WasteParetoRow[] {
  let { items } = costItems(log, options);
  if (options.unit !== undefined) items = items.filter((it) => it.unit === options.unit);
  return paretoFromItems(items, options.measure ?? "hours", options.unit ?? null);
}

/**
 * {@link wastePareto} for every unit at once (one pass over the log): one group of rows per unit, units sorted
 * by name, flows without a unit under `unit: null`.
 * @example wasteParetoByUnit(observations, { model }).map((g) => g.unit)
 */
export function wasteParetoByUnit(
  log: LogInput,
  options: Omit<WasteParetoOptions, "unit"> = {},
): { unit: string | null; rows: WasteParetoRow[] }[] {
  const { items } = costItems(log, options);
  const byUnit = new Map<string | null, CostItem[]>();
  for (const it of items) {
    const list = byUnit.get(it.unit);
    if (list) list.push(it);
    else byUnit.set(it.unit, [it]);
  }
  return [...byUnit]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, "sv")))
    .map(([unit, list]) => ({ unit, rows: paretoFromItems(list, options.measure ?? "hours", unit) }));
}
