import type { Category } from "./category.js";

/**
 * One observed interval: a flow was in a step from `startMs` to `endMs` (UTC epoch ms).
 * An instant event has `startMs === endMs`.
 */
export interface Observation {
  flow: string;
  step: string;
  startMs: number;
  endMs: number;
  resource?: string;
  role?: string;
  unit?: string;
  /** Process (flow type) the observation's flow runs through, when the log holds several. */
  process?: string;
  /** Overrides the step's category for this observation (e.g. a repeat that is waste). */
  category?: Category;
  /** True when the start was derived from a standard duration (assumption flagged in output). */
  assumedStart?: boolean;
  /** 1-based source row (header = row 1) for traceability. */
  row?: number;
  /** Extra attributes from the source (link keys, case attributes). */
  attrs?: Record<string, string>;
}

/** One case (ärende/patient/remiss) running through a process. */
export interface Flow {
  id: string;
  process?: string;
  unit?: string;
  observations: Observation[];
}
