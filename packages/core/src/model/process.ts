import type { Category } from "./category.js";
import type { WasteType } from "./waste.js";

/** One step (processteg) of a process. */
export interface Step {
  /** Identifier as it appears in event logs (matched case-insensitively after trimming). */
  id: string;
  /** Display name (Swedish); defaults to `id`. */
  name: string;
  category: Category;
  /** Waste type when the step is (partly) waste. */
  wasteType?: WasteType;
  /** Role performing the step, e.g. "Sjuksköterska". */
  role?: string;
  /** Hourly cost of the role in SEK. */
  hourlyCostSek?: number;
  /**
   * Standard duration in ms for logs with one timestamp per event: the event at `t` is assumed to
   * cover `[t − standardDurationMs, t]`, and the assumption is flagged in the output.
   */
  standardDurationMs?: number;
  /** Estimated %C&A (0–1) of the handoff into this step, when a team estimates it by hand. */
  pctCompleteAccurate?: number;
  /**
   * Reaching this step closes the flow (an end step, slutsteg), as if the step were listed in
   * {@link Process.endSteps}. Queue analyses count a flow as open until it reaches an end step.
   */
  end?: boolean;
}

/**
 * A step of this process waits on the output of another process (e.g. a clinic's decision waits on a
 * lab answer). Flows are linked by `linkColumn` (an attribute shared by both flows) or explicit links.
 */
export interface ProcessDependency {
  /** Step of this (downstream) process that waits. */
  step: string;
  /** The upstream process it waits on. */
  upstreamProcess: string;
  /** The upstream step whose end releases the wait (default: the upstream flow's end). */
  upstreamStep?: string;
  /** Attribute column holding the link key in both logs. */
  linkColumn?: string;
}

/** A process (a flow type, e.g. "Remiss till besked") owned by a unit. */
export interface Process {
  id: string;
  name: string;
  /** Owning unit id. */
  unit?: string;
  /** Ordered steps (the intended order). */
  steps: Step[];
  dependencies?: ProcessDependency[];
  /** Optional cost of waiting per hour in SEK (e.g. a bed-day divided by 24); used for cost of waste. */
  waitingCostPerHourSek?: number;
  /**
   * End steps (slutsteg), by step id or name: a flow of this process is closed when it has reached one of them,
   * otherwise it is open (waiting) at the analysis date. Steps with `end: true` are end steps too.
   */
  endSteps?: string[];
}
