import type { ProcessSummary } from "@flodes/core";

/**
 * One unit's process summary, the input of the per-unit charts. `summary` is what `analyze` returns as
 * `Analysis.summary` for the unit's flows; only the fields named here are read, so a hand-made object works too.
 * @example
 * const rows: UnitSummary[] = units.map((u) => ({ unit: u.name, summary: analyze(u.flows).summary }));
 */
export interface UnitSummary {
  /** Display name of the unit, e.g. "Närsjukvård Umeå". */
  unit: string;
  summary: Pick<ProcessSummary, "flows" | "totals" | "flowEfficiency">;
}

/** One period of one unit's lead time, the input of `leadTimeTrendSpec` (computed in a data loader). */
export interface LeadTimeTrendRow {
  unit: string;
  /** First day of the period (month or week), ISO date `YYYY-MM-DD`, read as a calendar date. */
  periodStart: string;
  medianMs: number;
  p85Ms: number;
  /** Optional 25th percentile; with `band: true` the band runs from p25 to p85. */
  p25Ms?: number;
  /** Number of flows in the period. */
  n: number;
}
