import type { WorkingCalendar } from "../model/calendar.js";
import type { EventLog } from "../model/event-log.js";
import { DEFAULT_SEED } from "../stats/random.js";
import { isoDateOfDay } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";
import { type AgingBand, type AgingStage, agingWip } from "./aging-wip.js";
import { type BacklogUnit, backlog } from "./backlog.js";
import type { BacklogAllocation } from "./backlog-allocations.js";
import { type CareGuaranteeMonth, type CareGuaranteeNow, careGuarantee } from "./care-guarantee.js";
import { type CareGuaranteeRule, SWEDISH_CARE_GUARANTEE } from "./care-guarantee-rules.js";
import { type CensoredLeadTime, censoredLeadTime } from "./censored-lead-time.js";
import { type CumulativeFlowRow, cumulativeFlow } from "./cumulative-flow.js";
import type { EndStepSource } from "./end-steps.js";
import { flowOfWork } from "./flow-of-work.js";
import { flowStates } from "./flow-state.js";
import { type LittlesLawCheck, littlesLaw } from "./littles-law.js";
import type { MonteCarloOptions } from "./monte-carlo.js";
import type { QueueOptions } from "./options.js";
import { type QueueForecast, queueForecast } from "./queue-forecast.js";

/** Options of {@link queueReport}. */
export interface QueueReportOptions extends QueueOptions, MonteCarloOptions {
  /** Care-guarantee rules. __Default:__ {@link SWEDISH_CARE_GUARANTEE}. */
  rules?: readonly CareGuaranteeRule[];
  /** Allocations for postponed care. __Default:__ none. */
  allocations?: readonly BacklogAllocation[];
  /** Calendar deciding working days for rules counted in working days. __Default:__ Monday–Friday, Swedish holidays closed. */
  workingDays?: WorkingCalendar;
  /** Weeks of throughput history for the forecasts. __Default:__ 26. */
  historyWeeks?: number;
  /** Horizon of "how many close in the next N weeks". __Default:__ 4. */
  horizonWeeks?: number;
  /** Window of the Little's law check. __Default:__ 26 weeks. */
  windowWeeks?: number;
}

/** An open flow at as-of (the `open` list of `flodes queue`). */
export interface OpenFlow {
  flow: string;
  process: string | null;
  unit: string | null;
  /** First start. */
  startMs: number;
  /** as-of − first start. */
  ageMs: number;
  /** Step last started. */
  currentStep: string;
  /** Time since the last activity ended (0 while a step is running). */
  waitingSinceMs: number;
  /** Furthest step reached (process order), the aging chart's column. */
  stage: string;
  /** Age against the closed flows' 50/85/95 % at that stage; null without closed flows to compare. */
  band: AgingBand | null;
}

/** Everything `flodes queue` prints (JSON), as documented in docs/metrics.md. */
export interface QueueReport {
  /** Local date of as-of ("2026-03-31"). */
  asOf: string;
  asOfMs: number;
  tz: string;
  endSteps: { process: string | null; source: EndStepSource; steps: string[] }[];
  flows: { closed: number; open: number };
  open: OpenFlow[];
  wip: { date: string; unit: string | null; arrivals: number; departures: number; wip: number }[];
  throughput: { week: string; unit: string | null; closed: number; arrived: number }[];
  leadTime: CensoredLeadTime;
  leadTimeByUnit: CensoredLeadTime[];
  littlesLaw: LittlesLawCheck[];
  aging: AgingStage[];
  careGuaranteeRules: CareGuaranteeRule[];
  careGuarantee: CareGuaranteeMonth[];
  careGuaranteeNow: CareGuaranteeNow[];
  forecast: { runs: number; seed: number; historyWeeks: number; horizonWeeks: number; total: QueueForecast; units: QueueForecast[] };
  backlog: BacklogUnit[];
  cfd: CumulativeFlowRow[];
}

/**
 * The whole queue and access analysis of a log at as-of, as `flodes queue` prints it: open and closed flows, the
 * open flows with age, current step and waiting time, daily WIP and weekly throughput per unit, lead time with and
 * without the open flows (Kaplan–Meier), Little's law per unit, aging WIP, care-guarantee compliance, Monte Carlo
 * forecasts, backlog against allocations and a weekly cumulative flow diagram per process.
 *
 * @param log the event log
 * @param options as-of, end steps, rules, allocations, forecast settings; see {@link QueueReportOptions}
 * @example
 * const r = queueReport(pilotLog, { asOfMs: asOfFromDate("2026-03-31"), rules });
 * r.flows.closed + r.flows.open === pilotLog.flowIds.length // → true
 */
export function queueReport(log: EventLog, options: QueueReportOptions = {}): QueueReport {
  const states = flowStates(log, options);
  const base: QueueOptions = {
    asOfMs: states.asOfMs,
    tz: states.tz,
    ...(options.endSteps !== undefined ? { endSteps: options.endSteps } : {}),
  };
  const aging = agingWip(log, base);
  const bandOf = new Map(aging.flows.map((a) => [a.flow, a]));
  const open: OpenFlow[] = [];
  for (let f = 0; f < log.flowIds.length; f++) {
    if (states.present[f] !== 1 || !Number.isNaN(states.closeMs[f])) continue;
    const p = log.flowProcess[f];
    const a = bandOf.get(log.flowIds[f]);
    open.push({
      flow: log.flowIds[f],
      process: p >= 0 ? log.processIds[p] : null,
      unit: states.unit[f],
      startMs: states.startMs[f],
      ageMs: states.asOfMs - states.startMs[f],
      currentStep: log.stepIds[states.currentStep[f]],
      waitingSinceMs: Math.max(0, states.asOfMs - states.lastEndMs[f]),
      stage: a?.step ?? log.stepIds[states.currentStep[f]],
      band: a?.band ?? null,
    });
  }
  open.sort((x, y) => y.ageMs - x.ageMs || (x.flow < y.flow ? -1 : 1));
  const daily = flowOfWork(log, { ...base, period: "day", by: "unit" });
  const weekly = flowOfWork(log, { ...base, period: "week", by: "unit" });
  const rules = options.rules ?? SWEDISH_CARE_GUARANTEE;
  const cg = careGuarantee(log, rules, { ...base, ...(options.workingDays ? { workingDays: options.workingDays } : {}) });
  const mc = {
    ...base,
    ...(options.runs !== undefined ? { runs: options.runs } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.maxWeeks !== undefined ? { maxWeeks: options.maxWeeks } : {}),
    historyWeeks: options.historyWeeks ?? 26,
    horizonWeeks: options.horizonWeeks ?? 4,
  };
  const endSteps: QueueReport["endSteps"] = log.processIds.map((process, p) => ({
    process,
    source: states.endSteps.source[p],
    steps: states.endSteps.steps[p],
  }));
  if (log.flowProcess.some((p) => p < 0)) {
    const steps = log.stepIds.filter((_, s) => log.stepProcess[s] < 0 && states.endSteps.mask[s] === 1);
    endSteps.push({ process: null, source: states.endSteps.sourceWithoutProcess, steps });
  }
  return {
    asOf: isoDateOfDay(new LocalZone(states.tz).dayOf(states.asOfMs)),
    asOfMs: states.asOfMs,
    tz: states.tz,
    endSteps,
    flows: { closed: states.closed, open: states.open },
    open,
    wip: daily.map((r) => ({ date: r.period, unit: r.unit ?? null, arrivals: r.arrivals, departures: r.departures, wip: r.wip })),
    throughput: weekly.map((r) => ({ week: r.period, unit: r.unit ?? null, closed: r.departures, arrived: r.arrivals })),
    leadTime: censoredLeadTime(log, { ...base, by: "total" })[0]!,
    leadTimeByUnit: censoredLeadTime(log, { ...base, by: "unit" }),
    littlesLaw: littlesLaw(log, { ...base, windowWeeks: options.windowWeeks ?? 26 }),
    aging: aging.stages,
    careGuaranteeRules: cg.rules,
    careGuarantee: cg.months,
    careGuaranteeNow: cg.now,
    forecast: {
      runs: options.runs ?? 10_000,
      seed: options.seed ?? DEFAULT_SEED,
      historyWeeks: mc.historyWeeks,
      horizonWeeks: mc.horizonWeeks,
      total: queueForecast(log, { ...mc, by: "total" })[0]!,
      units: queueForecast(log, { ...mc, by: "unit" }),
    },
    backlog: backlog(log, { ...base, ...(options.allocations ? { allocations: options.allocations } : {}) }),
    cfd: cumulativeFlow(log, { ...base, period: "week" }),
  };
}
