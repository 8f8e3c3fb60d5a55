import {
  analyze,
  type ComparisonResult,
  compareGroups,
  type EventLog,
  type FlowMetrics,
  openFlowMask,
  type Process,
  type RunChartResult,
  runChart,
  selectFlows,
  splitByDate,
  timeBuckets,
  type XmrResult,
  xmrChart,
} from "@flodes/core";
import { wasteTimesByFlow } from "./headline.js";
import { logProcesses } from "./log-processes.js";

/** A change to compare before and after: a process and the date it started. */
export interface PageImprovement {
  /** Process id (`""` for the flows of a log without processes). */
  process: string;
  /** Unit id. __Default:__ the process's. */
  unit?: string;
  /** Start date of the change, "YYYY-MM-DD" (local midnight in `tz`). */
  from: string;
  /** What the team expected ("förbättring", "oförändrat", "försämring"). __Default:__ none. */
  outcome?: string;
  description: string;
}

/** Options of {@link forbattringPage}. */
export interface ForbattringPageOptions {
  /** The changes to compare. */
  improvements: readonly PageImprovement[];
  /** Process models. __Default:__ none (processes are read off the log). */
  processes?: readonly Process[];
  /** Unit names by id. __Default:__ the ids. */
  unitNames?: Readonly<Record<string, string>>;
  /** Only flows that started in [fromMs, toMs) are compared. __Default:__ every flow. */
  window?: { fromMs: number; toMs: number };
  /** IANA zone of dates, weeks and months. __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
}

/** One measure of one change: before/after with uncertainty, and run and XmR charts per week and month. */
export interface ForbattringMeasure {
  id: string;
  label: string;
  unit: "ms" | "share";
  comparison: ComparisonResult;
  charts: {
    grain: "week" | "month";
    n: number[];
    run: RunChartResult;
    xmr: XmrResult;
    runFrozen: RunChartResult | null;
    xmrFrozen: XmrResult | null;
  }[];
}

/** One change on the Förbättring page. */
export interface ForbattringRow {
  process: string;
  processName: string;
  unit: string | undefined;
  unitName: string | undefined;
  from: string;
  outcome: string | undefined;
  description: string;
  flows: { before: number; after: number };
  measures: ForbattringMeasure[];
}

/** What the Förbättring page shows. */
export interface ForbattringPageData {
  grains: readonly { id: "week" | "month"; label: string; title: string }[];
  improvements: ForbattringRow[];
}

const GRAINS = [
  { id: "week", label: "Vecka", title: "Median per vecka" },
  { id: "month", label: "Månad", title: "Median per månad" },
] as const;

/**
 * Local midnight of an ISO date in `tz` as a UTC instant.
 *
 * @example localMidnightMs("2025-07-01", "Europe/Stockholm") // Date.parse("2025-07-01T00:00:00+02:00")
 */
export function localMidnightMs(isoDate: string, tz: string): number {
  const guess = Date.parse(`${isoDate}T00:00:00Z`);
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "longOffset" })
      .formatToParts(guess)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  const offsetMs = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  return guess - offsetMs;
}

/**
 * The Förbättring page's data: per change (a process and its start date) and measure (lead time, wait, flow
 * efficiency, waste share of worked time) a before/after comparison with uncertainty of the flows that *started*
 * before and after the date, and run and XmR charts of weekly and monthly medians split into phases at the date,
 * with a frozen baseline when there are at least two periods before. The same function serves the pilot (data
 * loader) and a user's own file and date (the browser's worker). Changes whose process has no flows are left out.
 *
 * @param log the event log
 * @param options the changes, models, unit names, window
 * @example
 * const data = forbattringPage(log, { improvements: [{ process: "", from: "2025-07-01", description: "Ny rutin" }] });
 * data.improvements[0].measures[0].comparison // lead time before vs after 1 July
 */
export function forbattringPage(log: EventLog, options: ForbattringPageOptions): ForbattringPageData {
  const tz = options.tz ?? "Europe/Stockholm";
  const names = options.unitNames ?? {};
  const waste = wasteTimesByFlow(log);
  /** Per flow: NVA work ÷ worked time (the staff view of waste; a group's share is its median over flows here). */
  const nvaWorkShareOf = (f: FlowMetrics) => {
    const w = waste.get(f.flow);
    return w && w.touchTimeMs > 0 ? w.nvaTouchMs / w.touchTimeMs : null;
  };
  const measures = [
    { id: "leadTime", label: "Ledtid", unit: "ms", value: (f: FlowMetrics) => f.leadTimeMs },
    { id: "wait", label: "Väntetid", unit: "ms", value: (f: FlowMetrics) => f.waitMs },
    { id: "flowEfficiency", label: "Flödeseffektivitet", unit: "share", value: (f: FlowMetrics) => f.flowEfficiency },
    { id: "nvaWorkShare", label: "Slöseri som andel av arbetad tid", unit: "share", value: nvaWorkShareOf },
  ] as const;
  const processes = logProcesses(log, options.processes);
  const window = options.window ?? { fromMs: -Infinity, toMs: Infinity };
  const flowsByCode = new Map<number, FlowMetrics[]>();
  const open = openFlowMask(log);

  const rows: ForbattringRow[] = [];
  for (const imp of options.improvements) {
    const lp = processes.find((p) => p.process.id === imp.process);
    if (!lp) continue;
    let all = flowsByCode.get(lp.code);
    // Completed flows only: a flow still open after the change has a time so far, not a lead time (openFlowMask).
    if (!all) flowsByCode.set(lp.code, (all = analyze(selectFlows(log, (f) => log.flowProcess[f] === lp.code && open[f] === 0)).flows));
    const startMs = localMidnightMs(imp.from, tz);
    const flows = all.filter((f) => f.startMs >= window.fromMs && f.startMs < window.toMs);
    const { before, after } = splitByDate(flows, startMs, (f) => f.startMs);

    const ms = measures.map((m): ForbattringMeasure => {
      const comparison = compareGroups(before.map(m.value), after.map(m.value), { measure: m.id, unit: m.unit });
      // Keep the chart data small: round the raw values the before/after chart draws.
      if (comparison.ok) {
        const round = (xs: number[]) => xs.map((x) => (m.unit === "ms" ? Math.round(x) : Math.round(x * 1e4) / 1e4));
        comparison.before.values = round(comparison.before.values);
        comparison.after.values = round(comparison.after.values);
      }
      const charts = GRAINS.map((g) => {
        const buckets = timeBuckets(flows, { period: g.id, dateOf: (f) => f.startMs, valueOf: m.value, timeZone: tz });
        // The first period that starts on or after the change opens the "Efter" phase; a period the change started
        // in the middle of stays in "Före" (it is mostly before).
        const split = buckets.findIndex((b) => b.startMs >= startMs);
        const phased = { x: buckets.map((b) => b.key), phaseStarts: split > 0 ? [split] : [], phaseNames: ["Före", "Efter"] };
        const values = buckets.map((b) => b.median);
        // Frozen baseline: the "Före" periods set the centre (and limits), extended over the whole span, so a lasting
        // shift after the change shows as a long run / points outside the baseline limits.
        const frozen = split >= 2 ? { x: phased.x, freeze: split, phaseNames: ["Baslinje förlängd"] } : null;
        return {
          grain: g.id,
          n: buckets.map((b) => b.n),
          run: runChart(values, phased),
          xmr: xmrChart(values, { ...phased, lowerBound: 0 }),
          runFrozen: frozen ? runChart(values, frozen) : null,
          xmrFrozen: frozen ? xmrChart(values, { ...frozen, lowerBound: 0 }) : null,
        };
      });
      return { id: m.id, label: m.label, unit: m.unit, comparison, charts };
    });

    const unit = imp.unit ?? lp.process.unit;
    rows.push({
      process: imp.process,
      processName: lp.process.name,
      unit,
      unitName: unit === undefined ? undefined : (names[unit] ?? unit),
      from: imp.from,
      outcome: imp.outcome,
      description: imp.description,
      flows: { before: before.length, after: after.length },
      measures: ms,
    });
  }
  return { grains: GRAINS, improvements: rows };
}
