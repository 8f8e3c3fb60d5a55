import { type Analysis, analyze, type EventLog, type Process, quantile, rolledPca, selectFlows } from "@flodes/core";
import { completedFlowMonths, type Headline, headline, wasteTimesByFlow } from "./headline.js";
import { logProcesses } from "./log-processes.js";
import type { SitePeriod } from "./site-periods.js";

/** Options of {@link flodePage}. */
export interface FlodePageOptions {
  /** Process models. __Default:__ none (processes are read off the log). */
  processes?: readonly Process[];
  /** The periods to offer (completion months). */
  periods: readonly SitePeriod[];
  /** Unit names by id. __Default:__ the ids. */
  unitNames?: Readonly<Record<string, string>>;
  /** Units listed first (the pilot's); others follow. __Default:__ every unit is primary. */
  primaryUnits?: readonly string[];
  /** IANA zone of the months. __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
}

/** One period of one process on the Flöde page. */
export interface FlodePeriod {
  id: string;
  label: string;
  summary: Analysis["summary"] & Headline;
  /** The value stream's summary box: medians of lead, process and VA time, flow efficiency, rolled %C&A. */
  figures: {
    leadTimeMs: number | null;
    processTimeMs: number | null;
    vaTimeMs: number | null;
    flowEfficiency: number | null;
    rolledPca: number | null;
  };
  steps: Analysis["steps"];
  handoffs: Analysis["handoffs"];
  leadTimesMs: number[];
}

/** One process (flow type) on the Flöde page. */
export interface FlodeProcess {
  id: string;
  name: string;
  /** Unit id, `""` when the process has none (a log without units, or a process across units). */
  unitId: string;
  unit: string;
  /** True for the primary (pilot) units, listed first. */
  pilot: boolean;
  /** Step ids in process order. */
  order: string[];
  periods: FlodePeriod[];
}

/** What the Flöde page shows. */
export interface FlodePageData {
  periods: { id: string; label: string }[];
  processes: FlodeProcess[];
}

/**
 * The Flöde page's data: per process (flow type) and period (by completion month) the step and handoff summaries,
 * the headline figures, the value stream's summary box (ledtid, processtid, VA-tid, flödeseffektivitet, rullad
 * %C&A) and the per-flow lead times — so the page only picks rows for the selected unit → process → period. The same
 * function serves the pilot (data loader) and a user's own file (the browser's worker). Processes with no completed
 * flow in the first period are left out.
 *
 * @param log the event log
 * @param options periods, models and unit names
 * @example
 * const data = flodePage(log, { periods: logPeriods(log) });
 * data.processes[0].periods[0].summary.leadTimeMs.median
 */
export function flodePage(log: EventLog, options: FlodePageOptions): FlodePageData {
  const tz = options.tz ?? "Europe/Stockholm";
  const names = options.unitNames ?? {};
  const primary = options.primaryUnits ? new Set(options.primaryUnits) : null;
  const waste = wasteTimesByFlow(log);
  const months = completedFlowMonths(log, analyze(log).flows, tz);
  const median = (xs: number[]) => quantile(xs, 0.5);
  const processes: FlodeProcess[] = [];
  for (const { process: p, code } of logProcesses(log, options.processes)) {
    const periods = options.periods.map((period): FlodePeriod => {
      const set = new Set(period.months);
      const sub = selectFlows(log, (f) => log.flowProcess[f] === code && set.has(months.get(log.flowIds[f]!) ?? ""));
      const a = analyze(sub);
      const pca = a.flows.length > 0 ? (rolledPca(sub, p).rolled.find((r) => r.source === "data")?.pct ?? null) : null;
      return {
        id: period.id,
        label: period.label,
        summary: { ...a.summary, ...headline(a.flows, waste) },
        figures: {
          leadTimeMs: median(a.flows.map((f) => f.leadTimeMs)),
          processTimeMs: median(a.flows.map((f) => f.touchTimeMs)),
          vaTimeMs: median(a.flows.map((f) => f.vaMs)),
          flowEfficiency: a.summary.flowEfficiency.aggregate,
          rolledPca: pca,
        },
        steps: a.steps,
        handoffs: a.handoffs,
        leadTimesMs: a.flows.map((f) => f.leadTimeMs),
      };
    });
    if (periods.length === 0 || periods[0]!.summary.flows === 0) continue;
    processes.push({
      id: p.id,
      name: p.name,
      unitId: p.unit ?? "",
      unit: p.unit === undefined ? "Alla enheter" : (names[p.unit] ?? p.unit),
      pilot: primary === null || primary.has(p.unit ?? ""),
      order: p.steps.map((s) => s.id),
      periods,
    });
  }
  return { periods: options.periods.map(({ id, label }) => ({ id, label })), processes };
}
