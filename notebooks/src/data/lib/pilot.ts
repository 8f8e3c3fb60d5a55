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
  monthsOf,
  parseBaselinePeriod,
  periodBounds,
  periodLabel,
  quantile,
  type EventLog,
  type FlowMetrics,
  type Observation,
  type Process,
  type QualityReport,
  type Unit,
} from "@flodes/core";
import { completionMonths as completionMonthsIn, type SitePeriod } from "@flodes/viz/pages";

// The pages' shared figures live in @flodes/viz/pages (the browser's worker computes them too).
export { headline, wasteTimesByFlow, type Headline, type SitePeriod } from "@flodes/viz/pages";

/** Folder of the synthetic pilot data. __Default value:__ `<repo>/data/pilot` (override: FLODES_PILOT_DIR). */
export const PILOT_DIR = process.env.FLODES_PILOT_DIR ?? fileURLToPath(new URL("../../../../data/pilot/", import.meta.url));

/** The time zone all wall-clock times of the pilot data are in. */
export const TZ = "Europe/Stockholm";

/** The pilot's settings: the baseline period site, goals and report share. */
const SETTINGS = JSON.parse(await readFile(join(PILOT_DIR, "installningar.json"), "utf-8")) as { baslinje: string; arbetstid: string };

/** The baseline period (pilot: 2025-01..2025-06). */
export const BASELINE = parseBaselinePeriod(SETTINGS.baslinje);

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

/** Completion month of every flow ("YYYY-MM", local time of its last end), from observations or flow metrics. */
export function completionMonths(rows: readonly { flow: string; endMs: number }[]): Map<string, string> {
  return completionMonthsIn(rows, TZ);
}

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
