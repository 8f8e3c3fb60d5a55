import {
  agingWip,
  type BacklogAllocation,
  type CareGuaranteeRule,
  censoredLeadTime,
  cumulativeFlow,
  type EventLog,
  type Process,
  queueReport,
  type SurvivalPoint,
  timeBetweenSteps,
} from "@flodes/core";
import { logProcesses } from "./log-processes.js";

const DAY_MS = 86_400_000;

/** A pair of steps whose time apart the page shows ("Remiss inkommer → första besök"). */
export interface StepPair {
  id: string;
  label: string;
  /** Steps that start the interval (any of them). */
  from: readonly string[];
  /** Steps that end it (any of them). */
  to: readonly string[];
}

/** Options of {@link tillganglighetPage}. */
export interface TillganglighetPageOptions {
  /** Process models (their end steps close a flow). __Default:__ none. */
  processes?: readonly Process[];
  /** Unit names by id. __Default:__ the ids. */
  unitNames?: Readonly<Record<string, string>>;
  /** The units the page offers, in order. __Default:__ every unit of the log, flows without a unit as `""`. */
  units?: readonly string[];
  /** End steps for every process (ids or names). __Default:__ from the models (see `resolveEndSteps`). */
  endSteps?: readonly string[];
  /** The analysis instant. __Default:__ the log's last event. */
  asOfMs?: number;
  /** Care-guarantee rules. __Default:__ the Swedish 0-3-90-90 (`SWEDISH_CARE_GUARANTEE`). */
  rules?: readonly CareGuaranteeRule[];
  /** Allocations for postponed care. __Default:__ none. */
  allocations?: readonly BacklogAllocation[];
  /** Pairs of steps to time. __Default:__ none. */
  pairs?: readonly StepPair[];
  /** First day of the WIP chart and first month of the backlog chart ("YYYY-MM-DD"). __Default:__ the whole log. */
  fromDate?: string;
  /** IANA zone. __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
}

/** Name of the unit of flows without one, when no flow of the log has a unit. */
export const NO_UNIT_NAME = "Alla ärenden";

const round = (x: number | null, d = 3) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
const days = (ms: number | null) => (ms === null ? null : round(ms / DAY_MS, 2));

/** Survival curves thinned to at most ~150 points each (the step shape survives; the page needs no more). */
function thin(points: readonly SurvivalPoint[]): SurvivalPoint[] {
  const step = Math.max(1, Math.ceil(points.length / 150));
  return points
    .filter((_, i) => i % step === 0 || i === points.length - 1)
    .map((p) => ({
      timeMs: p.timeMs,
      survival: round(p.survival, 4)!,
      ...(p.lower !== undefined ? { lower: round(p.lower, 4)!, upper: round(p.upper ?? p.survival, 4)! } : {}),
    }));
}

/** `unit: null` (flows without a unit) as `""`, so the page can select it like any unit. */
function keyed<T extends { unit?: string | null }>(rows: readonly T[]): (T & { unit: string })[] {
  return rows.map((r) => ({ ...r, unit: r.unit ?? "" }));
}

/**
 * The Tillgänglighet och köer page's data at the analysis date: open and closed flows, WIP and throughput, the
 * cumulative flow per process, aging WIP, lead time with open flows (Kaplan–Meier), Little's law, care-guarantee
 * compliance, Monte Carlo forecasts, backlog against allocations and the time between pairs of steps — for the
 * units asked for. Flows without a unit appear as unit `""`. The same function serves the pilot (data loader) and a
 * user's own file (the browser's worker).
 *
 * @param log the event log
 * @param options units, end steps, rules, allocations, pairs, as-of
 * @example
 * const data = tillganglighetPage(log, { endSteps: ["Avslut"] });
 * data.flows // { closed: 812, open: 61 }
 */
export function tillganglighetPage(log: EventLog, options: TillganglighetPageOptions = {}) {
  const tz = options.tz ?? "Europe/Stockholm";
  const hasUnits = log.unitIds.length > 0;
  const unitIds = options.units ?? [...log.unitIds, ...(log.flowUnit.some((u) => u < 0) ? [""] : [])];
  const shown = new Set<string>(unitIds);
  const isShown = (u: string | null | undefined) => u !== undefined && shown.has(u ?? "");
  const nameOf: Record<string, string> = {};
  for (const id of unitIds) nameOf[id] = id === "" ? (hasUnits ? "Okänd enhet" : NO_UNIT_NAME) : (options.unitNames?.[id] ?? id);
  for (const [id, name] of Object.entries(options.unitNames ?? {})) nameOf[id] ??= name;
  const endSteps = options.endSteps !== undefined ? { endSteps: options.endSteps } : {};

  const report = queueReport(log, {
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
    ...(options.allocations !== undefined ? { allocations: options.allocations } : {}),
    ...(options.asOfMs !== undefined ? { asOfMs: options.asOfMs } : {}),
    ...endSteps,
    tz,
  });
  const base = { asOfMs: report.asOfMs, tz, ...endSteps };

  const leadTimes = censoredLeadTime(log, { ...base, curves: true })
    .filter((l) => isShown(l.unit))
    .map((l) => ({
      ...l,
      unit: l.unit ?? "",
      curves: { closedOnly: thin(l.curves!.closedOnly), kaplanMeier: thin(l.curves!.kaplanMeier) },
    }));

  const processes = logProcesses(log, options.processes).filter(({ process: p, code }) => {
    if (p.unit !== undefined) return shown.has(p.unit);
    // A process without a unit is shown when any of its flows is in a shown unit.
    for (let f = 0; f < log.flowIds.length; f++)
      if (log.flowProcess[f] === code && shown.has(log.flowUnit[f]! >= 0 ? log.unitIds[log.flowUnit[f]!]! : "")) return true;
    return false;
  });
  const processIds = new Set(processes.map(({ process }) => process.id));
  const aging = agingWip(log, base);
  const cfd = cumulativeFlow(log, {
    ...base,
    period: "week",
    ...(processes.every((p) => p.code >= 0) ? { processes: [...processIds] } : {}),
  });

  const betweenSteps = (options.pairs ?? []).flatMap((pair) =>
    unitIds.flatMap((unit) => {
      const r = timeBetweenSteps(log, pair.from, pair.to, { ...base, units: [unit] });
      if (r.flows.length === 0) return [];
      return [
        {
          pair: pair.id,
          label: pair.label,
          unit,
          reached: r.reached.n,
          reachedMedianDays: days(r.reached.median),
          reachedP85Days: days(r.reached.p85),
          waiting: r.waiting.n,
          waitingMedianDays: days(r.waiting.median),
          waitingMaxDays: days(r.waiting.max),
          kaplanMeierMedianDays: days(r.kaplanMeier.median),
        },
      ];
    }),
  );

  const from = options.fromDate ?? "";
  const wip = keyed(report.wip).filter((w) => shown.has(w.unit) && w.date >= from);
  // The open count four weeks back: the daily WIP series' value 28 days before its last day (or its first day).
  const openByUnit = unitIds.map((id) => {
    const open = report.open.filter((o) => (o.unit ?? "") === id).length;
    const series = wip.filter((w) => w.unit === id);
    const fourWeeksAgo = series[Math.max(0, series.length - 29)]?.wip ?? 0;
    return { unit: id, open, changeFourWeeks: open - fourWeeksAgo };
  });
  return {
    asOf: report.asOf,
    asOfMs: report.asOfMs,
    units: unitIds.map((id) => ({ id, name: nameOf[id] ?? id })),
    unitNames: nameOf,
    processes: processes.map(({ process: p, code }) => ({
      id: p.id,
      name: p.name,
      unit: p.unit ?? (unitIds.length === 1 ? unitIds[0]! : ""),
      endSteps: options.endSteps
        ? [...options.endSteps]
        : (p.endSteps ?? report.endSteps.find((e) => (e.process ?? "") === p.id)?.steps ?? []),
      open: report.open.filter((o) => (code >= 0 ? o.process === p.id : o.process === null)).length,
    })),
    flows: report.flows,
    /** Open cases per unit at the analysis date, and the change over the last four weeks (+ more, − fewer). */
    openByUnit,
    wip,
    throughput: keyed(report.throughput).filter((w) => shown.has(w.unit)),
    fromMonth: from.slice(0, 7),
    // Week, process, stage and count are all the chart needs (endMs is the next row's startMs).
    cfd: cfd
      .filter((r) => processIds.has(r.process ?? ""))
      .map((r) => ({
        period: r.period,
        startMs: r.startMs,
        process: r.process ?? "",
        step: r.step,
        order: r.order,
        cumulative: r.cumulative,
      })),
    aging: {
      stages: aging.stages.filter((s) => processIds.has(s.process ?? "")).map((s) => ({ ...s, process: s.process ?? "" })),
      flows: keyed(aging.flows)
        .filter((f) => shown.has(f.unit))
        .map((f) => ({ ...f, process: f.process ?? "" })),
    },
    leadTimes,
    littlesLaw: keyed(report.littlesLaw).filter((l) => shown.has(l.unit)),
    rules: report.careGuaranteeRules,
    careGuarantee: keyed(report.careGuarantee).filter((g) => shown.has(g.unit)),
    careGuaranteeNow: keyed(report.careGuaranteeNow).filter((g) => shown.has(g.unit)),
    forecast: { ...report.forecast, units: keyed(report.forecast.units).filter((f) => shown.has(f.unit)) },
    backlog: keyed(report.backlog).filter((b) => shown.has(b.unit)),
    betweenSteps,
  };
}

/** What the Tillgänglighet och köer page shows. */
export type TillganglighetPageData = ReturnType<typeof tillganglighetPage>;
