// Shared by the data loaders: reads the synthetic pilot data (data/pilot/) with @flodes/core.
// Loaders run with tsx at build time from notebooks/src/data; paths are resolved from this file.
import { fileURLToPath } from "node:url";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { importFile } from "@flodes/core/node";
import { distribution, quantile, type EventLog, type FlowMetrics, type Observation, type Process, type QualityReport, type Unit } from "@flodes/core";

/** Folder of the synthetic pilot data. __Default value:__ `<repo>/data/pilot` (override: FLODES_PILOT_DIR). */
export const PILOT_DIR = process.env.FLODES_PILOT_DIR ?? fileURLToPath(new URL("../../../../data/pilot/", import.meta.url));

/** The time zone all wall-clock times of the pilot data are in. */
export const TZ = "Europe/Stockholm";

/** Baseline and improvement half-years; a flow belongs to the period of its first start. */
export const PERIODS = [
  { id: "fore", label: "Före (jan–jun 2025)", fromMs: Date.parse("2025-01-01T00:00:00+01:00"), toMs: Date.parse("2025-07-01T00:00:00+02:00") },
  { id: "efter", label: "Efter (jul–dec 2025)", fromMs: Date.parse("2025-07-01T00:00:00+02:00"), toMs: Date.parse("2026-01-01T00:00:00+01:00") },
] as const;

export type PeriodId = (typeof PERIODS)[number]["id"];

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

/** The period a flow belongs to (by its first start), or null outside both half-years. */
export function periodOf(flow: Pick<FlowMetrics, "startMs">): PeriodId | null {
  const p = PERIODS.find((x) => flow.startMs >= x.fromMs && flow.startMs < x.toMs);
  return p ? p.id : null;
}

const monthFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: TZ, year: "numeric", month: "2-digit" });

/** First day of the flow's start month in Stockholm, as `YYYY-MM-01`. */
export function monthOf(ms: number): string {
  const parts = monthFormat.formatToParts(ms);
  const y = parts.find((p) => p.type === "year")?.value;
  const m = parts.find((p) => p.type === "month")?.value;
  return `${y}-${m}-01`;
}

/** Median, p25 and p85 lead time of flows per start month (months of 2025 only). */
export function monthlyLeadTime(unit: string, flows: readonly FlowMetrics[]) {
  const byMonth = new Map<string, FlowMetrics[]>();
  for (const f of flows) {
    const m = monthOf(f.startMs);
    if (!m.startsWith("2025-")) continue;
    let g = byMonth.get(m);
    if (!g) byMonth.set(m, (g = []));
    g.push(f);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([periodStart, fs]) => {
      const d = distribution(fs, (f) => f.leadTimeMs);
      const p25Ms = quantile(fs.map((f) => f.leadTimeMs), 0.25) ?? undefined;
      return { unit, periodStart, medianMs: d.median ?? 0, p85Ms: d.p85 ?? 0, p25Ms, n: d.n };
    });
}
