import { textPair } from "../messages/msg.js";
import { type QueueMsg, queueMessage } from "../messages/queue.js";
import type { EventLog } from "../model/event-log.js";
import { isoWeekday } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";
import { flowStates, unitGroup } from "./flow-state.js";
import { kaplanMeier, kaplanMeierQuantile } from "./kaplan-meier.js";
import {
  type ClosingsAtConfidence,
  FORECAST_CONFIDENCES,
  forecastClosings,
  forecastWeeksToFinish,
  type MonteCarloOptions,
} from "./monte-carlo.js";
import type { QueueOptions } from "./options.js";
import { isoWeekKey } from "./periods.js";

/** Options of {@link queueForecast}. */
export interface QueueForecastOptions extends QueueOptions, MonteCarloOptions {
  /** Per unit, or all flows together. __Default:__ `"unit"`. */
  by?: "unit" | "total";
  /** Complete ISO weeks before the as-of week whose closings form the history. __Default:__ 26. */
  historyWeeks?: number;
  /** Horizon of "how many close in the next N weeks". __Default:__ 4. */
  horizonWeeks?: number;
}

/** When today's queue is done, at one confidence level. */
export interface QueueDoneAt {
  confidence: number;
  /** Complete weeks after the as-of week; null when not within the cap (or no closings in the history). */
  weeks: number | null;
  /** ISO week by whose end the queue is done ("2026-W13"); null as `weeks`. */
  doneByWeek: string | null;
  /** The ISO week after it ("före v. 14"); null as `weeks`. */
  beforeWeek: string | null;
}

/** Forecasts for one unit (or all flows). */
export interface QueueForecast {
  /** Unit id (null: flows without a unit); absent for `by: "total"`. */
  unit?: string | null;
  /** Open flows at as-of: today's queue. */
  queue: number;
  /** The weekly closings the simulation draws from, oldest first. */
  history: { week: string; closed: number }[];
  whenDone: QueueDoneAt[];
  closeNext: { weeks: number; levels: ClosingsAtConfidence[] };
  /** How long a new flow takes (first start → closing) from the Kaplan–Meier curve, open flows censored. */
  newFlow: { confidence: number; ms: number | null }[];
  /** Swedish sentences (with English): when done, how many close, how long a new flow takes. */
  texts: QueueMsg[];
}

const DAY_MS = 86_400_000;

/**
 * Monte Carlo forecasts from each unit's own weekly throughput (10 000 seeded runs by default): when today's queue
 * (open flows at as-of) is worked off and how many flows close in the next N weeks, at 50, 85 and 95 %
 * ({@link forecastWeeksToFinish}, {@link forecastClosings}); and how long a new flow will take, from the
 * Kaplan–Meier curve with open flows censored. The history is the closings of the `historyWeeks` complete ISO weeks
 * before the week holding as-of; forecast weeks start with the week after it.
 *
 * @param log the event log
 * @param options history, horizon, runs, seed, as-of, end steps; see {@link QueueForecastOptions}
 * @example
 * const [f] = queueForecast(pilotLog, { by: "total" });
 * f.texts[0].message // → "Med 50 % säkerhet är dagens kö…"
 */
export function queueForecast(log: EventLog, options: QueueForecastOptions = {}): QueueForecast[] {
  const states = flowStates(log, options);
  const zone = new LocalZone(states.tz);
  const historyWeeks = options.historyWeeks ?? 26;
  const horizonWeeks = options.horizonWeeks ?? 4;
  const asOfDay = zone.dayOf(states.asOfMs);
  const asOfMonday = asOfDay - isoWeekday(asOfDay);
  const firstMonday = asOfMonday - 7 * historyWeeks;
  const weekKeys = Array.from({ length: historyWeeks }, (_, k) => isoWeekKey(firstMonday + 7 * k));
  const groups = new Map<string, { unit?: string | null; queue: number; closed: number[]; time: number[]; done: boolean[] }>();
  // All flows together is one group even when there are none.
  if (options.by === "total") groups.set("", { queue: 0, closed: new Array<number>(historyWeeks).fill(0), time: [], done: [] });
  for (let f = 0; f < log.flowIds.length; f++) {
    if (states.present[f] !== 1) continue;
    const g = unitGroup(groups, options.by, states.unit[f], () => ({
      queue: 0,
      closed: new Array<number>(historyWeeks).fill(0),
      time: [] as number[],
      done: [] as boolean[],
    }));
    const c = states.closeMs[f];
    if (Number.isNaN(c)) {
      g.queue++;
      g.time.push(states.asOfMs - states.startMs[f]);
      g.done.push(false);
      continue;
    }
    g.time.push(c - states.startMs[f]);
    g.done.push(true);
    const w = Math.floor((zone.dayOf(c) - firstMonday) / 7);
    if (w >= 0 && w < historyWeeks) g.closed[w]++;
  }
  const confidences = options.confidences ?? FORECAST_CONFIDENCES;
  const mc: MonteCarloOptions = { ...options, confidences };
  const last = "\uffff";
  return [...groups.values()]
    .sort((a, b) => (a.unit ?? last).localeCompare(b.unit ?? last))
    .map((g) => {
      const anyClosing = g.closed.some((x) => x > 0);
      const weeksToFinish = g.queue === 0 || !anyClosing ? null : forecastWeeksToFinish(g.closed, g.queue, mc);
      const whenDone: QueueDoneAt[] = confidences.map((confidence, i) => {
        const weeks = g.queue === 0 ? 0 : (weeksToFinish?.[i].weeks ?? null);
        return {
          confidence,
          weeks,
          doneByWeek: weeks === null ? null : isoWeekKey(asOfMonday + 7 * weeks),
          beforeWeek: weeks === null ? null : isoWeekKey(asOfMonday + 7 * (weeks + 1)),
        };
      });
      const closeNext = { weeks: horizonWeeks, levels: historyWeeks > 0 ? forecastClosings(g.closed, horizonWeeks, mc) : [] };
      const km = kaplanMeier(g.time, g.done);
      const newFlow = confidences.map((confidence) => ({ confidence, ms: kaplanMeierQuantile(km, confidence) }));
      const texts: QueueMsg[] = [
        ...whenDone.map((d) => queueMessage.whenDone(d.confidence, g.queue, d.beforeWeek, anyClosing)),
        ...closeNext.levels.map((l) => queueMessage.closeNext(l.confidence, l.atLeast, horizonWeeks)),
        ...newFlow.map((n) => queueMessage.newFlow(n.confidence, n.ms === null ? null : n.ms / DAY_MS)),
      ].map(textPair);
      const forecast: QueueForecast = {
        queue: g.queue,
        history: weekKeys.map((week, k) => ({ week, closed: g.closed[k] })),
        whenDone,
        closeNext,
        newFlow,
        texts,
      };
      return g.unit !== undefined ? { unit: g.unit, ...forecast } : forecast;
    });
}
