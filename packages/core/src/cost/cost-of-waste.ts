import type { LogInput } from "../log/as-event-log.js";
import type { TimeBasis } from "../model/time-basis.js";
import { type CostItem, type CostOptions, costItems } from "./cost-items.js";
import { type PeriodSpec, periodOf } from "./periods.js";

/** Time and cost of waste (and of necessary non-value-adding work, shown apart) for one group of flows. */
export interface CostBreakdown {
  /** Flows contributing at least one item. */
  flows: number;
  /** Person-time in NVA observations. */
  nvaWorkMs: number;
  /** NVA person-time × hourly cost of its role, in SEK (unrounded); uncosted time adds nothing. */
  nvaWorkCostSek: number;
  /** NVA time with no hourly cost known (neither the role table nor the step has one). */
  uncostedNvaWorkMs: number;
  /** Person-time in NNVA observations (necessary, not waste; shown apart). */
  nnvaMs: number;
  nnvaCostSek: number;
  uncostedNnvaMs: number;
  /** Waiting between steps (Σ waits before observations). */
  waitMs: number;
  /** Waiting × cost of waiting per hour; null when no wait in the group had a waiting cost. */
  waitCostSek: number | null;
  /** Cost of waste = nvaWorkCostSek + (waitCostSek ?? 0). NNVA is not included. */
  wasteCostSek: number;
}

/** Options of {@link costOfWaste}. */
export interface CostOfWasteOptions extends CostOptions {
  /**
   * Periods for `byPeriod`: "month", "isoWeek" (local time in `tz`) or custom ranges. A flow belongs to the
   * period of its start (min start), so a flow crossing a month boundary is counted whole in its first month.
   * __Default value:__ `"month"`
   */
  period?: PeriodSpec;
  /** Zone for month and week boundaries. __Default value:__ `"Europe/Stockholm"` */
  tz?: string;
}

/** Cost of waste of a log, in total and per step, unit and period. */
export interface CostOfWasteReport {
  basis: TimeBasis;
  totals: CostBreakdown;
  /** Per step; waits count at the step waited for. Sorted by wasteCostSek descending. */
  byStep: (CostBreakdown & { step: string })[];
  /** Per unit (null = unknown unit). Sorted by wasteCostSek descending. */
  byUnit: (CostBreakdown & { unit: string | null })[];
  /** Per period, in time order; flows outside every custom range are left out. */
  byPeriod: (CostBreakdown & { period: string; startMs: number; endMs: number })[];
}

class Acc {
  readonly flowSet = new Set<string>();
  nvaWorkMs = 0;
  nvaWorkCostSek = 0;
  uncostedNvaWorkMs = 0;
  nnvaMs = 0;
  nnvaCostSek = 0;
  uncostedNnvaMs = 0;
  waitMs = 0;
  waitCostSek: number | null = null;

  add(it: CostItem): void {
    this.flowSet.add(it.flow);
    if (it.kind === "wait") {
      this.waitMs += it.ms;
      if (it.costSek !== null) this.waitCostSek = (this.waitCostSek ?? 0) + it.costSek;
    } else if (it.kind === "nvaWork") {
      this.nvaWorkMs += it.ms;
      if (it.costSek === null) this.uncostedNvaWorkMs += it.ms;
      else this.nvaWorkCostSek += it.costSek;
    } else {
      this.nnvaMs += it.ms;
      if (it.costSek === null) this.uncostedNnvaMs += it.ms;
      else this.nnvaCostSek += it.costSek;
    }
  }

  done(): CostBreakdown {
    const { nvaWorkMs, nvaWorkCostSek, uncostedNvaWorkMs, nnvaMs, nnvaCostSek, uncostedNnvaMs, waitMs, waitCostSek } = this;
    return {
      flows: this.flowSet.size,
      nvaWorkMs,
      nvaWorkCostSek,
      uncostedNvaWorkMs,
      nnvaMs,
      nnvaCostSek,
      uncostedNnvaMs,
      waitMs,
      waitCostSek,
      wasteCostSek: nvaWorkCostSek + (waitCostSek ?? 0),
    };
  }
}

function group<K>(items: readonly CostItem[], key: (it: CostItem) => K | undefined): Map<K, Acc> {
  const m = new Map<K, Acc>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    let acc = m.get(k);
    if (!acc) m.set(k, (acc = new Acc()));
    acc.add(it);
  }
  return m;
}

/**
 * Cost of waste per design.md: NVA work (person-time) × the hourly cost of its role, plus waiting between steps
 * × an optional cost of waiting per hour; NNVA work costed and shown apart. In SEK, unrounded (round only when
 * displaying, e.g. with `formatSek` of @flodes/viz). With `calendar`, all times are working time. See
 * {@link costItems} for how a log is split and how roles and rates are found.
 * @example
 * // 30 min NVA by a Sjuksköterska at 600 kr/h:
 * const r = costOfWaste(
 *   [{ flow: "F1", step: "Extra kontroll", startMs: 0, endMs: 1_800_000, role: "Sjuksköterska", category: "NVA" }],
 *   { hourlyCostByRole: { Sjuksköterska: 600 } },
 * );
 * r.totals.wasteCostSek // → 300
 */
export function costOfWaste(log: LogInput, options: CostOfWasteOptions = {}): CostOfWasteReport {
  const { basis, items } = costItems(log, options);
  const total = new Acc();
  for (const it of items) total.add(it);
  const desc = <T extends CostBreakdown>(a: T, b: T) =>
    b.wasteCostSek - a.wasteCostSek || b.nvaWorkMs + b.waitMs - (a.nvaWorkMs + a.waitMs);
  const byStep = [...group(items, (it) => it.step)]
    .map(([step, acc]) => ({ step, ...acc.done() }))
    .sort((a, b) => desc(a, b) || a.step.localeCompare(b.step, "sv"));
  const byUnit = [...group(items, (it) => it.unit)]
    .map(([unit, acc]) => ({ unit, ...acc.done() }))
    .sort((a, b) => desc(a, b) || String(a.unit).localeCompare(String(b.unit), "sv"));
  const of = periodOf(options.period ?? "month", options.tz);
  const periods = new Map<string, { startMs: number; endMs: number }>();
  const byPeriodAcc = group(items, (it) => {
    const p = of(it.flowStartMs);
    if (p === null) return undefined;
    periods.set(p.period, { startMs: p.startMs, endMs: p.endMs });
    return p.period;
  });
  const byPeriod = [...byPeriodAcc]
    .map(([period, acc]) => ({ period, ...periods.get(period)!, ...acc.done() }))
    .sort((a, b) => a.startMs - b.startMs || a.period.localeCompare(b.period));
  return { basis, totals: total.done(), byStep, byUnit, byPeriod };
}
