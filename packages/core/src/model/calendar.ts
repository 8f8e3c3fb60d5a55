import type { TimeBasis } from "./time-basis.js";

/**
 * Measures time between two instants. The metrics kernel measures every interval through this, so a
 * working-time calendar (opening hours, Swedish holidays, Europe/Stockholm with DST) gives the working-time
 * variant of every metric. It must be additive: for a ≤ b ≤ c, workingMs(a, c) = workingMs(a, b) + workingMs(b, c).
 */
export interface WorkingCalendar {
  /** How results measured with this calendar are labelled. __Default:__ "working". */
  readonly basis?: TimeBasis;
  /** Working milliseconds in [startMs, endMs) (UTC epoch ms); 0 when endMs ≤ startMs. */
  workingMs(startMs: number, endMs: number): number;
}
