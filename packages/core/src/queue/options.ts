import { FlodesError } from "../messages/flodes-error.js";
import { queueMessage } from "../messages/queue.js";
import type { EventLog } from "../model/event-log.js";
import { parseIsoDate } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";

/** Options every queue analysis takes. */
export interface QueueOptions {
  /**
   * The analysis instant (UTC epoch ms): observations that start after it are left out, as if the log had been
   * extracted then; an observation running across it is still in progress. See {@link asOfFromDate} for a date.
   * __Default:__ the log's last event (its latest end).
   */
  asOfMs?: number;
  /**
   * End steps (ids or names, trimmed and case-insensitive) for every process: a flow that has reached one is
   * closed. __Default:__ each process model's `endSteps` and steps marked `end`, else its last step.
   */
  endSteps?: readonly string[];
  /** IANA zone of days, weeks and months. __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
}

/** Zone used when none is given. */
export const QUEUE_DEFAULT_TZ = "Europe/Stockholm";

/**
 * The last instant of a local date ("YYYY-MM-DD" in `tz`): an as-of date includes every event of that day.
 * @throws QueueError "badAsOf" when the text is not a valid date
 * @example asOfFromDate("2026-03-31") // Date.parse("2026-04-01T00:00:00+02:00") − 1
 */
export function asOfFromDate(date: string, tz: string = QUEUE_DEFAULT_TZ): number {
  const day = parseIsoDate(date.trim());
  if (day === null) throw new FlodesError(queueMessage.badAsOf(date));
  return new LocalZone(tz).toUtc(day + 1, 0, "first") - 1;
}

/**
 * The as-of instant of an analysis: the option when given, else the log's latest end (−Infinity for an empty log).
 * @example resolveAsOf(log, {}) // max of log.end
 */
export function resolveAsOf(log: EventLog, options: QueueOptions): number {
  if (options.asOfMs !== undefined) {
    if (!Number.isFinite(options.asOfMs)) throw new FlodesError(queueMessage.badAsOf(String(options.asOfMs)));
    return options.asOfMs;
  }
  let max = -Infinity;
  for (let i = 0; i < log.length; i++) if (log.end[i] > max) max = log.end[i];
  return max;
}
