/** Items split at one instant. */
export interface DateSplit<T> {
  /** Items dated strictly before the split instant. */
  before: T[];
  /** Items dated at or after it. */
  after: T[];
  /** Items without a finite date (kept apart, never guessed). */
  undated: T[];
}

/**
 * Splits items at an instant, e.g. flows at an improvement's start: date < `dateMs` → before, else after.
 *
 * @param items e.g. per-flow metrics
 * @param dateMs the split instant (UTC epoch ms)
 * @param dateOf the date of an item, e.g. `(f) => f.startMs` (a flow belongs to the period of its start)
 * @example
 * const { before, after } = splitByDate(analysis.flows, Date.parse("2025-03-24T00:00:00+01:00"), (f) => f.startMs);
 * before.length + after.length === analysis.flows.length // → true
 */
export function splitByDate<T>(items: Iterable<T>, dateMs: number, dateOf: (d: T) => number | null | undefined): DateSplit<T> {
  const out: DateSplit<T> = { before: [], after: [], undated: [] };
  for (const d of items) {
    const t = dateOf(d);
    if (typeof t !== "number" || !Number.isFinite(t)) out.undated.push(d);
    else if (t < dateMs) out.before.push(d);
    else out.after.push(d);
  }
  return out;
}

/** A named time period [startMs, endMs). */
export interface Period {
  name: string;
  startMs: number;
  endMs: number;
}

/** The items of one period. */
export interface PeriodGroup<T> extends Period {
  items: T[];
}

/**
 * Groups items into named periods [startMs, endMs). An item in several overlapping periods goes to each;
 * items in none are left out (count them with `items.length − Σ groups`).
 *
 * @example
 * const [march, april] = splitByPeriod(analysis.flows, [
 *   { name: "Mars", startMs: Date.UTC(2025, 2, 1), endMs: Date.UTC(2025, 3, 1) },
 *   { name: "April", startMs: Date.UTC(2025, 3, 1), endMs: Date.UTC(2025, 4, 1) },
 * ], (f) => f.startMs);
 * march.name // → "Mars"
 * march.items.length + april.items.length // → 30
 */
export function splitByPeriod<T>(
  items: Iterable<T>,
  periods: readonly Period[],
  dateOf: (d: T) => number | null | undefined,
): PeriodGroup<T>[] {
  const groups = periods.map((p) => ({ ...p, items: [] as T[] }));
  for (const d of items) {
    const t = dateOf(d);
    if (typeof t !== "number" || !Number.isFinite(t)) continue;
    for (const g of groups) if (t >= g.startMs && t < g.endMs) g.items.push(d);
  }
  return groups;
}

/**
 * Groups items by a key (e.g. unit or process), keeping the order in which keys first appear.
 * Items whose key is null/undefined are left out.
 *
 * @example
 * const byGroup = splitByGroup([{ unit: "a" }, { unit: "b" }, { unit: "a" }, { unit: undefined }], (x) => x.unit);
 * [...byGroup.keys()] // → ["a", "b"]
 * byGroup.get("a").length // → 2
 */
export function splitByGroup<T>(items: Iterable<T>, keyOf: (d: T) => string | null | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const d of items) {
    const k = keyOf(d);
    if (k == null) continue;
    const list = out.get(k);
    if (list) list.push(d);
    else out.set(k, [d]);
  }
  return out;
}
