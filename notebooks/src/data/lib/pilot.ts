// Shared by the data loaders: reads the synthetic pilot data (data/pilot/) with @flodes/core, and the pilot's one
// baseline period (installningar.json). Every page attributes a flow to its completion month (local month of its
// last end), as the monthly report and the roll-up do, so the same period and units give the same figures.
// Loaders run with tsx at build time from notebooks/src/data; paths are resolved from this file.
import { fileURLToPath } from "node:url";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { importFile } from "@flodes/core/node";
import {
  completionMonth,
  distribution,
  flowWasteTimes,
  monthsOf,
  parseBaselinePeriod,
  periodBounds,
  periodLabel,
  quantile,
  wasteShares,
  type EventLog,
  type FlowMetrics,
  type FlowWasteTimes,
  type Observation,
  type Process,
  type QualityReport,
  type Unit,
} from "@flodes/core";

/** Folder of the synthetic pilot data. __Default value:__ `<repo>/data/pilot` (override: FLODES_PILOT_DIR). */
export const PILOT_DIR = process.env.FLODES_PILOT_DIR ?? fileURLToPath(new URL("../../../../data/pilot/", import.meta.url));

/** The time zone all wall-clock times of the pilot data are in. */
export const TZ = "Europe/Stockholm";

/** The pilot's settings: the baseline period site, goals and report share. */
const SETTINGS = JSON.parse(await readFile(join(PILOT_DIR, "installningar.json"), "utf-8")) as { baslinje: string; arbetstid: string };

/** The baseline period (pilot: 2025-01..2025-06). */
export const BASELINE = parseBaselinePeriod(SETTINGS.baslinje);

/** A period of completion months the pages offer. */
export interface SitePeriod {
  id: "alla" | "baslinje" | "efter";
  label: string;
  months: string[];
}

const YEAR = { from: "2025-01", to: "2025-12" };
const AFTER = { from: "2025-07", to: "2025-12" };

/** The pages' periods: the whole of 2025, the baseline and the months after it — by completion month. */
export const PERIODS: readonly SitePeriod[] = [
  { id: "alla", label: `Hela 2025`, months: monthsOf(YEAR) },
  { id: "baslinje", label: `Baslinje (${periodLabel(BASELINE)})`, months: monthsOf(BASELINE) },
  { id: "efter", label: `Efter (${periodLabel(AFTER)})`, months: monthsOf(AFTER) },
];

/** The pilot year 2025 as instants (local time), for analyses that split by date rather than by month. */
export const YEAR_2025 = periodBounds(YEAR, TZ);

/** Period choices for the pages' radio buttons (id, label). */
export const PERIOD_CHOICES = PERIODS.map(({ id, label }) => ({ id, label }));

/** The six pilot units, in the order of the pilot; the upstream diagnostics units are not pilot units. */
export const PILOT_UNIT_IDS = [
  "narsjukvard-umea",
  "narsjukvard-skelleftea",
  "narsjukvard-sodra-lappland",
  "lansjukvardsomrade-1",
  "lansjukvardsomrade-2",
  "tandvard",
] as const;

export interface Pilot {
  processes: Process[];
  units: Unit[];
  observations: Observation[];
  /** The same log, columnar (what the newer analyses take). */
  log: EventLog;
  quality: QualityReport;
}

/** Reads processes, units and the event log (once per loader run). */
export async function loadPilot(): Promise<Pilot> {
  const processes = JSON.parse(await readFile(join(PILOT_DIR, "processer.json"), "utf-8")) as Process[];
  const units = JSON.parse(await readFile(join(PILOT_DIR, "enheter.json"), "utf-8")) as Unit[];
  const { log, observations, quality } = await importFile(join(PILOT_DIR, "syntetisk-handelser.csv"), {
    tz: TZ,
    model: processes,
    file: "syntetisk-handelser.csv",
  });
  return { processes, units, observations, log, quality };
}

/** Observations grouped by a key (unit or process id), keeping input order. */
export function groupBy(observations: readonly Observation[], key: (o: Observation) => string | undefined): Map<string, Observation[]> {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const k = key(o);
    if (k === undefined) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(o);
  }
  return groups;
}

/** Completion month of every flow ("YYYY-MM", local time of its last end), from observations or flow metrics. */
export function completionMonths(rows: readonly { flow: string; endMs: number }[]): Map<string, string> {
  const end = new Map<string, number>();
  for (const o of rows) end.set(o.flow, Math.max(end.get(o.flow) ?? -Infinity, o.endMs));
  return new Map([...end].map(([flow, ms]) => [flow, completionMonth(ms, TZ)]));
}

/** A filter keeping the observations of flows completed in the period. */
export function inPeriod(months: ReadonlyMap<string, string>, period: SitePeriod): (o: Observation) => boolean {
  const set = new Set(period.months);
  return (o) => set.has(months.get(o.flow) ?? "");
}

/** Per-flow waste times (both waste shares' sums and worked time by category), keyed by flow id. */
export function wasteTimesByFlow(log: EventLog): Map<string, FlowWasteTimes> {
  return new Map(flowWasteTimes(log).map((w) => [w.flow, w]));
}

/** The headline figures of a set of flows: count, lead time, flow efficiency and both waste shares, worked time by category. */
export function headline(flows: readonly FlowMetrics[], waste: ReadonlyMap<string, FlowWasteTimes>) {
  const ws = flows.map((f) => waste.get(f.flow)).filter((w): w is FlowWasteTimes => w !== undefined);
  const shares = wasteShares(ws);
  let va = 0;
  let lead = 0;
  for (const f of flows) {
    va += f.vaMs;
    lead += f.leadTimeMs;
  }
  const eff = flows.filter((f) => f.leadTimeMs > 0).map((f) => f.vaMs / f.leadTimeMs);
  return {
    flows: flows.length,
    leadTimeMs: distribution(flows.map((f) => f.leadTimeMs)),
    waitMs: distribution(flows.map((f) => f.waitMs)),
    flowEfficiency: { aggregate: lead > 0 ? va / lead : null, median: quantile(eff, 0.5) },
    waitShare: shares.waitShare,
    nvaWorkShare: shares.nvaWorkShare,
    worked: {
      vaTouchMs: ws.reduce((a, w) => a + w.vaTouchMs, 0),
      nnvaTouchMs: ws.reduce((a, w) => a + w.nnvaTouchMs, 0),
      nvaTouchMs: shares.nvaTouchMs,
    },
  };
}

export type Headline = ReturnType<typeof headline>;

/** Median, p25 and p85 lead time of flows per completion month (months of 2025 only), for `leadTimeTrendSpec`. */
export function monthlyLeadTime(unit: string, flows: readonly FlowMetrics[]) {
  const byMonth = new Map<string, FlowMetrics[]>();
  for (const f of flows) {
    const m = completionMonth(f.endMs, TZ);
    if (!m.startsWith("2025-")) continue;
    let g = byMonth.get(m);
    if (!g) byMonth.set(m, (g = []));
    g.push(f);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, fs]) => {
      const d = distribution(fs, (f) => f.leadTimeMs);
      const p25Ms = quantile(fs.map((f) => f.leadTimeMs), 0.25) ?? undefined;
      return { unit, periodStart: `${month}-01`, medianMs: d.median ?? 0, p85Ms: d.p85 ?? 0, p25Ms, n: d.n };
    });
}
