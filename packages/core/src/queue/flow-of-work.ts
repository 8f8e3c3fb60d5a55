import type { EventLog } from "../model/event-log.js";
import { type FlowStates, flowStates, processSlot, stageTransitions } from "./flow-state.js";
import type { QueueOptions } from "./options.js";
import { periodSeries, type QueuePeriod } from "./periods.js";

/** What flow of work is counted per: all flows, unit, process, or step (stage) of a process. */
export type FlowOfWorkGroup = "total" | "unit" | "process" | "step";

/** Options of {@link flowOfWork}. */
export interface FlowOfWorkOptions extends QueueOptions {
  /** Period length. __Default:__ `"day"`. */
  period?: QueuePeriod;
  /** Grouping. __Default:__ `"unit"`. */
  by?: FlowOfWorkGroup;
  /** First period to return (earlier periods still count towards WIP). __Default:__ each group's first arrival. */
  fromMs?: number;
}

/** Arrivals, departures and work in progress of one group in one period. */
export interface FlowOfWorkRow {
  /** "2026-03-31", "2026-W14" or "2026-03". */
  period: string;
  startMs: number;
  endMs: number;
  /** Unit id (null: flows without a unit); absent unless grouped by unit. */
  unit?: string | null;
  /** Process id (null: flows without a process); present when grouped by process or step. */
  process?: string | null;
  /** Step id of the stage; present when grouped by step. */
  step?: string;
  /** Flows that arrived (first start), or for a step entered the stage, in the period. */
  arrivals: number;
  /** Flows that closed in the period, or for a step left the stage (moved on or closed). */
  departures: number;
  /** Flows in progress at the end of the period (or at as-of for the period holding it). */
  wip: number;
}

interface Group {
  unit?: string | null;
  process?: string | null;
  step?: string;
  stage?: number;
  arrivals: Int32Array;
  departures: Int32Array;
  first: number;
}

/**
 * Flow of work per period: arrivals, departures (closings) and WIP at the end of each local day, ISO week or month,
 * per unit, process or step, up to as-of. WIP at the end of a period = all arrivals so far − all departures so far;
 * for a step, the flows whose furthest stage is that step and that have not closed (the bands of a cumulative flow
 * diagram). Throughput per week is `departures` with `period: "week"`.
 *
 * @param log the event log
 * @param options period, grouping, as-of, end steps; see {@link FlowOfWorkOptions}
 * @example
 * const rows = flowOfWork(pilotLog, { period: "week", by: "unit" });
 * rows.every((r) => r.wip >= 0) // → true
 */
export function flowOfWork(log: EventLog, options: FlowOfWorkOptions = {}): FlowOfWorkRow[] {
  const states = flowStates(log, options);
  const by = options.by ?? "unit";
  const { startMs, closeMs, present } = states;
  let first = Infinity;
  for (let f = 0; f < present.length; f++) if (present[f] === 1 && startMs[f] < first) first = startMs[f];
  const series = periodSeries(first, states.asOfMs, options.period ?? "day", states.tz);
  const B = series.buckets.length;
  const groups = new Map<string, Group>();
  const group = (key: string, make: () => Omit<Group, "arrivals" | "departures" | "first">): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...make(), arrivals: new Int32Array(B), departures: new Int32Array(B), first: B }));
    return g;
  };
  const count = (g: Group, arriveMs: number, departMs: number): void => {
    const a = series.indexOf(arriveMs);
    g.arrivals[a]++;
    if (a < g.first) g.first = a;
    if (!Number.isNaN(departMs)) g.departures[series.indexOf(departMs)]++;
  };
  for (let f = 0; f < present.length; f++) {
    if (present[f] !== 1) continue;
    if (by === "step") {
      countStages(states, f, group, count);
      continue;
    }
    const g =
      by === "total"
        ? group("", () => ({}))
        : by === "unit"
          ? group(`u${states.unit[f] ?? "\u0000"}`, () => ({ unit: states.unit[f] }))
          : group(`p${log.flowProcess[f]}`, () => ({ process: processId(log, f) }));
    count(g, startMs[f], closeMs[f]);
  }
  const from = options.fromMs === undefined ? -1 : Math.max(0, series.indexOf(options.fromMs));
  const rows: FlowOfWorkRow[] = [];
  const last = "\uffff";
  const sorted = [...groups.values()].sort(
    (a, b) =>
      (a.unit ?? last).localeCompare(b.unit ?? last) ||
      (a.process ?? last).localeCompare(b.process ?? last) ||
      (a.stage ?? 0) - (b.stage ?? 0),
  );
  for (const g of sorted) {
    let wip = 0;
    for (let b = 0; b < B; b++) {
      wip += g.arrivals[b] - g.departures[b];
      if (b < Math.max(g.first, from)) continue;
      const { key, startMs: s, endMs: e } = series.buckets[b];
      const row: FlowOfWorkRow = { period: key, startMs: s, endMs: e, arrivals: g.arrivals[b], departures: g.departures[b], wip };
      if (g.unit !== undefined) row.unit = g.unit;
      if (g.process !== undefined) row.process = g.process;
      if (g.step !== undefined) row.step = g.step;
      rows.push(row);
    }
  }
  return rows;
}

function processId(log: EventLog, f: number): string | null {
  const p = log.flowProcess[f];
  return p >= 0 ? log.processIds[p] : null;
}

/** Counts a flow's entries into and exits out of each stage it passed. */
function countStages(
  states: FlowStates,
  f: number,
  group: (key: string, make: () => Omit<Group, "arrivals" | "departures" | "first">) => Group,
  count: (g: Group, arriveMs: number, departMs: number) => void,
): void {
  const { log } = states;
  const slot = processSlot(log, f);
  const steps = states.stages.stepsOfProcess[slot];
  const moves = stageTransitions(states, f);
  moves.forEach(([stage, atMs], j) => {
    const leftMs = j + 1 < moves.length ? moves[j + 1][1] : states.closeMs[f];
    const s = steps[stage];
    const g = group(`s${slot}\u0000${stage}`, () => ({ process: processId(log, f), step: log.stepIds[s], stage }));
    count(g, atMs, leftMs);
  });
}
