import type { EventLog } from "../model/event-log.js";
import { quantile } from "../stats/quantile.js";
import { flowStates, processSlot, stageTransitions } from "./flow-state.js";
import type { QueueOptions } from "./options.js";

/** Options of {@link agingWip}. */
export interface AgingWipOptions extends QueueOptions {
  /** Only closed flows that closed at or after this instant set the percentiles. __Default:__ every closed flow. */
  closedFromMs?: number;
  /** Only flows of these units. __Default:__ all. */
  units?: readonly string[];
}

/** Where an open flow's age lies against the closed flows' percentiles at its stage. */
export type AgingBand = "under50" | "50-85" | "85-95" | "over95";

/** One stage of a process: how old closed flows were when they left it, and how many open flows are in it now. */
export interface AgingStage {
  process: string | null;
  step: string;
  /** Stage index in the process (`stageOrder`). */
  order: number;
  /** Closed flows that passed the stage (set the percentiles). */
  closedFlows: number;
  /** 50th, 85th and 95th percentile (R type 7) of age (ms since first start) when leaving the stage; null without closed flows. */
  p50Ms: number | null;
  p85Ms: number | null;
  p95Ms: number | null;
  /** Open flows at the stage now. */
  open: number;
}

/** One open flow on the aging chart. */
export interface AgingFlow {
  flow: string;
  process: string | null;
  unit: string | null;
  /** The stage it has reached (its furthest step in process order). */
  step: string;
  order: number;
  /** The step it last started (may be an earlier one, e.g. a repeat). */
  currentStep: string;
  /** as-of − first start. */
  ageMs: number;
  /** as-of − last activity (0 while a step is running). */
  waitingMs: number;
  /** Null when the stage has no closed flows to compare with. */
  band: AgingBand | null;
}

/**
 * Aging work in progress (as in ActionableAgile): every open flow at its stage (the furthest step reached, in process
 * order) with its age, against how old the closed flows were when they left that stage — the 50th, 85th and 95th
 * percentiles. An open flow older than the 85th percentile at its stage is already slower than 85 % of the finished
 * flows were at that point: the ones to act on first.
 *
 * @param log the event log
 * @param options as-of, end steps, units, the closed flows to compare with; see {@link AgingWipOptions}
 * @example
 * const { stages, flows } = agingWip(log);
 * flows.filter((f) => f.band === "over95") // open flows older than 95 % of finished ones at the same stage
 */
export function agingWip(log: EventLog, options: AgingWipOptions = {}): { asOfMs: number; stages: AgingStage[]; flows: AgingFlow[] } {
  const states = flowStates(log, options);
  const { stages } = states;
  const wantUnit = options.units ? new Set(options.units) : null;
  const P = log.processIds.length;
  // ages[slot][stage]: ages of closed flows leaving the stage.
  const ages = stages.stepsOfProcess.map((steps) => steps.map((): number[] => []));
  const openAt = stages.stepsOfProcess.map((steps) => new Int32Array(steps.length));
  const open: { f: number; slot: number; stage: number }[] = [];
  for (let f = 0; f < log.flowIds.length; f++) {
    if (states.present[f] !== 1) continue;
    if (wantUnit && !wantUnit.has(states.unit[f] ?? "")) continue;
    const slot = processSlot(log, f);
    const close = states.closeMs[f];
    if (Number.isNaN(close)) {
      open.push({ f, slot, stage: states.stage[f] });
      openAt[slot][states.stage[f]]++;
      continue;
    }
    if (options.closedFromMs !== undefined && close < options.closedFromMs) continue;
    const moves = stageTransitions(states, f);
    moves.forEach(([stage], j) => {
      const left = j + 1 < moves.length ? moves[j + 1][1] : close;
      ages[slot][stage].push(left - states.startMs[f]);
    });
  }
  const stageRows: AgingStage[] = [];
  const pct = stages.stepsOfProcess.map((steps, slot) =>
    steps.map((s, k) => {
      const xs = ages[slot][k];
      const row: AgingStage = {
        process: slot < P ? log.processIds[slot] : null,
        step: log.stepIds[s],
        order: k,
        closedFlows: xs.length,
        p50Ms: quantile(xs, 0.5),
        p85Ms: quantile(xs, 0.85),
        p95Ms: quantile(xs, 0.95),
        open: openAt[slot][k],
      };
      if (xs.length > 0 || row.open > 0) stageRows.push(row);
      return row;
    }),
  );
  const flows: AgingFlow[] = open.map(({ f, slot, stage }) => {
    const ageMs = states.asOfMs - states.startMs[f];
    const st = pct[slot][stage];
    const band: AgingBand | null =
      st.p50Ms === null || st.p85Ms === null || st.p95Ms === null
        ? null
        : ageMs <= st.p50Ms
          ? "under50"
          : ageMs <= st.p85Ms
            ? "50-85"
            : ageMs <= st.p95Ms
              ? "85-95"
              : "over95";
    const p = log.flowProcess[f];
    return {
      flow: log.flowIds[f],
      process: p >= 0 ? log.processIds[p] : null,
      unit: states.unit[f],
      step: st.step,
      order: stage,
      currentStep: log.stepIds[states.currentStep[f]],
      ageMs,
      waitingMs: Math.max(0, states.asOfMs - states.lastEndMs[f]),
      band,
    };
  });
  flows.sort((a, b) => b.ageMs - a.ageMs);
  return { asOfMs: states.asOfMs, stages: stageRows, flows };
}
