import type { Category } from "../model/category.js";
import type { TimeBasis } from "../model/time-basis.js";
import type { Distribution } from "../stats/distribution.js";

/** Per-flow metrics as defined in design.md ("Metric definitions (per flow)"). */
export interface FlowMetrics {
  flow: string;
  /** Process of the flow (EventLog input), when known. */
  process?: string;
  /** Unit of the flow (EventLog input), when known. */
  unit?: string;
  startMs: number;
  endMs: number;
  /** ledtid = max(end) − min(start). */
  leadTimeMs: number;
  /** |∪ VA intervals|. */
  vaMs: number;
  /** |∪ NNVA \ ∪ VA|. */
  nnvaMs: number;
  /** |∪ NVA \ (∪ VA ∪ ∪ NNVA)|. */
  nvaWorkMs: number;
  /** leadTimeMs − |∪ all intervals|. */
  waitMs: number;
  /** nvaWorkMs + waitMs. Invariant: vaMs + nnvaMs + nvaMs = leadTimeMs. */
  nvaMs: number;
  /** Σ durations, overlaps counted twice. */
  touchTimeMs: number;
  /** vaMs / leadTimeMs, null when leadTimeMs = 0. */
  flowEfficiency: number | null;
  observations: number;
  /** Σ over steps of (occurrences − 1). */
  reworkCount: number;
  /** Time (Σ durations) spent in repeat occurrences. */
  reworkMs: number;
  /** Observations whose start was derived from a standard duration. */
  assumedStarts: number;
  basis: TimeBasis;
}

/** The wait before one observation, attributed to the handoff `from → to`. */
export interface Handoff {
  flow: string;
  /** Step whose end the wait starts from (handoff source); null for the first observation. */
  from: string | null;
  to: string;
  /** Position of the `to` observation in the flow's sorted order (0-based). */
  index: number;
  waitMs: number;
}

export type { Distribution };

/** Per-step summary. */
export interface StepSummary {
  step: string;
  /** Process the step belongs to (steps are keyed by process and step); null when unknown. */
  process: string | null;
  category: Category;
  /** Number of observations of the step. */
  n: number;
  /** Number of flows visiting the step at least once. */
  flows: number;
  /** flows / all flows. */
  shareOfFlows: number;
  durationMs: Distribution;
  waitBeforeMs: Distribution;
  /** Share of visiting flows where the step occurs more than once. */
  reworkRate: number;
  basis: TimeBasis;
}

/** Per-edge summary of waits between steps (from → to). */
export interface HandoffSummary {
  /** Process of the step handed to; null when unknown. */
  process: string | null;
  from: string | null;
  to: string;
  n: number;
  waitMs: Distribution;
  totalWaitMs: number;
}

/** Per-process (whole log) summary. */
export interface ProcessSummary {
  flows: number;
  observations: number;
  leadTimeMs: Distribution;
  waitMs: Distribution;
  flowEfficiency: {
    /** Σ va / Σ lead over flows with lead > 0. */
    aggregate: number | null;
    /** Median of per-flow flow efficiencies (flows with lead > 0). */
    median: number | null;
  };
  totals: { leadTimeMs: number; vaMs: number; nnvaMs: number; nvaWorkMs: number; waitMs: number; nvaMs: number; touchTimeMs: number };
  /** Σ nva / Σ lead. */
  nvaShare: number | null;
  reworkRate: number;
  basis: TimeBasis;
}

/** Everything the kernel computes for one log, as returned by `analyze`. */
export interface Analysis {
  basis: TimeBasis;
  flows: FlowMetrics[];
  steps: StepSummary[];
  handoffs: HandoffSummary[];
  summary: ProcessSummary;
  /**
   * True when some observation had no category (no override, step not in the model or no model given)
   * and was taken as NNVA (unknown) — without a model, every step.
   */
  categoriesAssumed: boolean;
  /** Number of observations whose category was taken as NNVA for want of one. */
  assumedCategoryObservations?: number;
}
