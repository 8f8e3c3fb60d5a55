// Shared by the data loaders: reads the synthetic pilot data (data/pilot/) with @flodes/core, and the pilot's one
// baseline period (installningar.json). Every page attributes a flow to its completion month (local month of its
// last end), as the monthly report and the roll-up do, so the same period and units give the same figures.
// Loaders run with tsx at build time from notebooks/src/data; paths are resolved from this file.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  completionMonth,
  distribution,
  type EventLog,
  type FlowMetrics,
  monthsOf,
  type Observation,
  type Process,
  parseBaselinePeriod,
  parseProcessModels,
  parseUnits,
  periodBounds,
  periodLabel,
  type QualityIssue,
  type QualityReport,
  quantile,
  type Unit,
} from "@flodes/core";
import { importFile } from "@flodes/core/node";
import type { SitePeriod } from "@flodes/viz/pages";

// The pages' shared figures live in @flodes/viz/pages (the browser's worker computes them too).
export { type Headline, headline, type SitePeriod, wasteTimesByFlow } from "@flodes/viz/pages";

/** Folder of the synthetic pilot data. __Default value:__ `<repo>/data/pilot` (override: FLODES_PILOT_DIR). */
export const PILOT_DIR = process.env.FLODES_PILOT_DIR ?? fileURLToPath(new URL("../../../../data/pilot/", import.meta.url));

/** The time zone all wall-clock times of the pilot data are in. */
export const TZ = "Europe/Stockholm";

/**
 * Reads one pilot file and parses it with core's parser; any error the parser reports stops the build with the file,
 * row and column, in Swedish and English (a loader that went on would put wrong figures on a page).
 */
export async function readPilotFile<T extends { issues: readonly QualityIssue[] }>(
  name: string,
  parse: (text: string, file: string) => T,
): Promise<T> {
  const parsed = parse(await readFile(join(PILOT_DIR, name), "utf-8"), name);
  const errors = parsed.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    const where = (i: QualityIssue) => `${name}${i.row > 0 ? `, rad/row ${i.row}` : ""}${i.column ? `, kolumn/column "${i.column}"` : ""}`;
    throw new Error(errors.map((i) => `${where(i)}: ${i.message} / ${i.messageEn}`).join("\n"));
  }
  return parsed;
}

/** The pilot's units (enheter.csv): the hierarchy enhet → verksamhetsområde → förvaltning → region. */
export const UNITS: readonly Unit[] = (await readPilotFile("enheter.csv", (text, file) => parseUnits(text, { file }))).units;

/** Unit names by id. */
export const UNIT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(UNITS.map((u) => [u.id, u.name]));

/**
 * The pilot's settings (installningar.json, written by the generator): the baseline period site, goals and report
 * share, and the six pilot units in the pilot's order — checked field by field, since the file is edited by hand too.
 */
const SETTINGS = await readPilotFile("installningar.json", (text, file) => parseSettings(text, file));

function parseSettings(text: string, file: string): { baslinje: string; pilotenheter: string[]; issues: QualityIssue[] } {
  const issues: QualityIssue[] = [];
  const bad = (code: QualityIssue["code"], column: string, sv: string, en: string) =>
    issues.push({ file, row: 0, column, code, severity: "error", message: sv, messageEn: en });
  let d: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) d = parsed as Record<string, unknown>;
    else bad("BAD_VALUE", "", "filen är inget JSON-objekt", "the file is not a JSON object");
  } catch (e) {
    bad("BAD_VALUE", "", `filen är inte giltig JSON (${(e as Error).message})`, `the file is not valid JSON (${(e as Error).message})`);
  }
  const baslinje = typeof d.baslinje === "string" ? d.baslinje : "";
  if (baslinje === "")
    bad(
      "MISSING_VALUE",
      "baslinje",
      'saknar baslinjeperiod (t.ex. "2025-01..2025-06")',
      'missing baseline period (e.g. "2025-01..2025-06")',
    );
  const pilot = Array.isArray(d.pilotenheter) ? d.pilotenheter : [];
  if (pilot.length === 0) bad("MISSING_VALUE", "pilotenheter", "saknar listan över pilotenheter", "missing the list of pilot units");
  pilot.forEach((id, i) => {
    if (typeof id !== "string" || !UNIT_NAMES[id])
      bad(
        "UNKNOWN_UNIT",
        `pilotenheter[${i}]`,
        `okänd enhet ${JSON.stringify(id)} (finns inte i enheter.csv)`,
        `unknown unit ${JSON.stringify(id)} (not in enheter.csv)`,
      );
  });
  return { baslinje, pilotenheter: pilot as string[], issues };
}

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
export const PILOT_UNIT_IDS: readonly string[] = SETTINGS.pilotenheter;

export interface Pilot {
  processes: Process[];
  units: Unit[];
  unitNames: Readonly<Record<string, string>>;
  observations: Observation[];
  /** The same log, columnar (what the newer analyses take). */
  log: EventLog;
  quality: QualityReport;
}

/** Reads processes, units and the event log (once per loader run). */
export async function loadPilot(): Promise<Pilot> {
  const { processes } = await readPilotFile("processer.json", (text, file) => parseProcessModels(text, { format: "json", file }));
  const { log, observations, quality } = await importFile(join(PILOT_DIR, "syntetisk-handelser.csv"), {
    tz: TZ,
    model: processes,
    file: "syntetisk-handelser.csv",
  });
  return { processes, units: [...UNITS], unitNames: UNIT_NAMES, observations, log, quality };
}

/**
 * What the per-period pages (Flöde, Slöseri) take besides the log: the pilot's processes, periods, unit names, pilot
 * units and zone.
 */
export async function loadPilotPage() {
  const { processes, log } = await loadPilot();
  return { log, options: { processes, periods: PERIODS, unitNames: UNIT_NAMES, primaryUnits: PILOT_UNIT_IDS, tz: TZ } };
}

/** Writes a loader's JSON to stdout, marked synthetic and with its source files. */
export function writePageJson(source: string, page: object, replacer?: (key: string, value: unknown) => unknown): void {
  process.stdout.write(JSON.stringify({ synthetic: true, source, ...page }, replacer));
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
      const p25Ms =
        quantile(
          fs.map((f) => f.leadTimeMs),
          0.25,
        ) ?? undefined;
      return { unit, periodStart: `${month}-01`, medianMs: d.median ?? 0, p85Ms: d.p85 ?? 0, p25Ms, n: d.n };
    });
}
