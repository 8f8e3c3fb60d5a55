import { flowIndexOf } from "../log/flow-index.js";
import type { Distribution } from "../metrics/types.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { EventLog } from "../model/event-log.js";
import type { TimeBasis } from "../model/time-basis.js";
import { distribution } from "../stats/distribution.js";
import { type FlowStates, flowStates } from "./flow-state.js";
import { kaplanMeier, kaplanMeierQuantile, kaplanMeierQuantileCi } from "./kaplan-meier.js";
import type { QueueOptions } from "./options.js";
import { stepMask } from "./step-match.js";

/** How far a flow got from the from-step to the to-step. */
export type StepIntervalStatus = "reached" | "waiting" | "endedWithout";

/** Per flow code: when it first reached the from-step and the to-step after it. */
export interface StepIntervalColumns {
  /** Start of the first from-step observation; NaN when the flow never reached it by as-of. */
  readonly fromMs: Float64Array;
  /** Start of the first to-step observation starting at or after `fromMs`; NaN when none by as-of. */
  readonly toMs: Float64Array;
}

/**
 * For each flow, the start of its first observation of a from-step and of the first to-step observation that starts
 * at or after it (a different observation), among observations started by as-of.
 * @example
 * const { fromMs, toMs } = stepIntervalColumns(flowStates(log), stepMask(log, ["Remiss inkommer"]), stepMask(log, ["Besök"]));
 */
export function stepIntervalColumns(states: FlowStates, fromMask: Uint8Array, toMask: Uint8Array): StepIntervalColumns {
  const { log, asOfMs } = states;
  const { order, offsets } = flowIndexOf(log);
  const F = log.flowIds.length;
  const fromMs = new Float64Array(F).fill(Number.NaN);
  const toMs = new Float64Array(F).fill(Number.NaN);
  for (let f = 0; f < F; f++) {
    let k = offsets[f];
    const b = offsets[f + 1];
    for (; k < b; k++) {
      const i = order[k];
      if (log.start[i] > asOfMs) break;
      if (fromMask[log.step[i]] === 1) {
        fromMs[f] = log.start[i];
        break;
      }
    }
    // Observations are ordered by start, so every later one starts at or after the from-step.
    for (k++; k < b; k++) {
      const i = order[k];
      if (log.start[i] > asOfMs) break;
      if (toMask[log.step[i]] === 1) {
        toMs[f] = log.start[i];
        break;
      }
    }
  }
  return { fromMs, toMs };
}

/** Options of {@link timeBetweenSteps}. */
export interface StepIntervalOptions extends QueueOptions {
  /** Measure in working time with this calendar. __Default:__ calendar time. */
  calendar?: WorkingCalendar;
  /** Only flows of these units. __Default:__ all. */
  units?: readonly string[];
}

/** The time between two steps of one flow. */
export interface StepIntervalFlow {
  flow: string;
  process: string | null;
  unit: string | null;
  /** When the flow first reached the from-step. */
  fromMs: number;
  /** When it then first reached the to-step; null while waiting or when it ended without it. */
  toMs: number | null;
  /** to − from when reached; as-of − from so far when waiting or (until its closing) when it ended without it. */
  durationMs: number;
  status: StepIntervalStatus;
}

/** Time between two named steps over all flows. */
export interface StepIntervalSummary {
  from: string[];
  to: string[];
  asOfMs: number;
  basis: TimeBasis;
  flows: StepIntervalFlow[];
  /** Flows that reached the to-step: the time it took. */
  reached: Distribution;
  /** Flows still waiting for the to-step at as-of: how long they have waited so far. */
  waiting: Distribution;
  /** Flows that closed without reaching the to-step (left out of both distributions). */
  endedWithout: number;
  /** Kaplan–Meier time to the to-step with waiting flows censored; quantiles null when not reached. */
  kaplanMeier: { median: number | null; p85: number | null; p95: number | null; medianCi: { lower: number | null; upper: number | null } };
}

/**
 * Time between two named steps as a measure of its own (e.g. Remiss inkommer → Besök, Beslut → Åtgärd): per flow, the
 * start of its first from-step to the start of the first to-step after it. Flows that reached the to-step give a
 * duration; open flows still waiting for it give the time waited so far (the same as a right-censored observation,
 * used in the Kaplan–Meier estimate); flows that closed without it are counted apart. Steps match by id or name in
 * every process; give several names for processes that name the step differently.
 *
 * @param log the event log
 * @param from name(s) of the step the clock starts at
 * @param to name(s) of the step the clock stops at
 * @param options as-of, end steps, calendar, units; see {@link StepIntervalOptions}
 * @example
 * const r = timeBetweenSteps(log, "Remiss inkommer", ["Besök", "Första besök"]);
 * r.reached.median // ms from referral to first visit, flows that had the visit
 * r.waiting.n      // open flows still waiting for a visit
 */
export function timeBetweenSteps(
  log: EventLog,
  from: string | readonly string[],
  to: string | readonly string[],
  options: StepIntervalOptions = {},
): StepIntervalSummary {
  const fromNames = typeof from === "string" ? [from] : [...from];
  const toNames = typeof to === "string" ? [to] : [...to];
  const states = flowStates(log, options);
  const cols = stepIntervalColumns(states, stepMask(log, fromNames), stepMask(log, toNames));
  const measure = options.calendar ? (a: number, b: number) => options.calendar!.workingMs(a, b) : (a: number, b: number) => b - a;
  const wantUnit = options.units ? new Set(options.units) : null;
  const flows: StepIntervalFlow[] = [];
  for (let f = 0; f < log.flowIds.length; f++) {
    const a = cols.fromMs[f];
    if (Number.isNaN(a)) continue;
    const unit = states.unit[f];
    if (wantUnit && !wantUnit.has(unit ?? "")) continue;
    const b = cols.toMs[f];
    const p = log.flowProcess[f];
    const closed = !Number.isNaN(states.closeMs[f]);
    const status: StepIntervalStatus = !Number.isNaN(b) ? "reached" : closed ? "endedWithout" : "waiting";
    const until = status === "reached" ? b : status === "waiting" ? states.asOfMs : Math.max(a, states.closeMs[f]);
    flows.push({
      flow: log.flowIds[f],
      process: p >= 0 ? log.processIds[p] : null,
      unit,
      fromMs: a,
      toMs: status === "reached" ? b : null,
      durationMs: measure(a, until),
      status,
    });
  }
  const counted = flows.filter((x) => x.status !== "endedWithout");
  const km = kaplanMeier(
    counted.map((x) => x.durationMs),
    counted.map((x) => x.status === "reached"),
  );
  return {
    from: fromNames,
    to: toNames,
    asOfMs: states.asOfMs,
    basis: options.calendar ? (options.calendar.basis ?? "working") : "calendar",
    flows,
    reached: distribution(
      flows.filter((x) => x.status === "reached"),
      (x) => x.durationMs,
    ),
    waiting: distribution(
      flows.filter((x) => x.status === "waiting"),
      (x) => x.durationMs,
    ),
    endedWithout: flows.length - counted.length,
    kaplanMeier: {
      median: kaplanMeierQuantile(km, 0.5),
      p85: kaplanMeierQuantile(km, 0.85),
      p95: kaplanMeierQuantile(km, 0.95),
      medianCi: kaplanMeierQuantileCi(km, 0.5),
    },
  };
}
