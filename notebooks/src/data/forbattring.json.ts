// Förbättring: per improved process (data/pilot/forbattringar.json) and measure, a before/after comparison
// with uncertainty and run/XmR charts of weekly and monthly medians, phases split at the improvement start.
// Everything is computed here with @flodes/core; the page only lays it out. Synthetic data.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  analyze,
  compareGroups,
  periodBounds,
  runChart,
  splitByDate,
  timeBuckets,
  xmrChart,
  type FlowMetrics,
} from "@flodes/core";
import { groupBy, loadPilot, PILOT_DIR, TZ, wasteTimesByFlow } from "./lib/pilot.js";

interface Improvement {
  unit: string;
  /** Ideas and planned improvements have no process or start date yet (see Förbättringsportfölj). */
  process?: string;
  from?: string;
  outcome: string;
  description: string;
}

/** Local midnight of an ISO date in Stockholm as a UTC instant. */
function localMidnightMs(isoDate: string): number {
  const guess = Date.parse(`${isoDate}T00:00:00Z`);
  const name = new Intl.DateTimeFormat("en-US", { timeZone: TZ, timeZoneName: "longOffset" })
    .formatToParts(guess)
    .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  const offsetMs = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  return guess - offsetMs;
}

const { processes, units, observations, log } = await loadPilot();
const waste = wasteTimesByFlow(log);
/** Per flow: NVA work ÷ worked time (the staff view of waste; a group's share is its median over flows here). */
const nvaWorkShareOf = (f: FlowMetrics) => {
  const w = waste.get(f.flow);
  return w && w.touchTimeMs > 0 ? w.nvaTouchMs / w.touchTimeMs : null;
};

const MEASURES = [
  { id: "leadTime", label: "Ledtid", unit: "ms", value: (f: FlowMetrics) => f.leadTimeMs },
  { id: "wait", label: "Väntetid", unit: "ms", value: (f: FlowMetrics) => f.waitMs },
  { id: "flowEfficiency", label: "Flödeseffektivitet", unit: "share", value: (f: FlowMetrics) => f.flowEfficiency },
  { id: "nvaWorkShare", label: "Slöseri som andel av arbetad tid", unit: "share", value: nvaWorkShareOf },
] as const;

const GRAINS = [
  { id: "week", label: "Vecka", title: "Median per vecka" },
  { id: "month", label: "Månad", title: "Median per månad" },
] as const;

const improvements = JSON.parse(await readFile(join(PILOT_DIR, "forbattringar.json"), "utf-8")) as Improvement[];
const nameOfUnit = new Map(units.map((u) => [u.id, u.name]));
const byProcess = groupBy(observations, (o) => o.process);
// Flows that started in 2025: the comparison is an intervention study, split at the change date by arrival.
const { fromMs: yearStart, toMs: yearEnd } = periodBounds({ from: "2025-01", to: "2025-12" }, TZ);

const rows = [];
for (const imp of improvements) {
  if (imp.process === undefined || imp.from === undefined) continue;
  const proc = processes.find((p) => p.id === imp.process);
  const obs = byProcess.get(imp.process) ?? [];
  if (!proc || obs.length === 0) continue;
  const startMs = localMidnightMs(imp.from);
  const flows = analyze(obs, { model: proc }).flows.filter((f) => f.startMs >= yearStart && f.startMs < yearEnd);
  const { before, after } = splitByDate(flows, startMs, (f) => f.startMs);

  const measures = MEASURES.map((m) => {
    const comparison = compareGroups(before.map(m.value), after.map(m.value), { measure: m.id, unit: m.unit });
    // Keep the chart data small: round the raw values the before/after chart draws.
    if (comparison.ok) {
      const round = (xs: number[]) => xs.map((x) => (m.unit === "ms" ? Math.round(x) : Math.round(x * 1e4) / 1e4));
      comparison.before.values = round(comparison.before.values);
      comparison.after.values = round(comparison.after.values);
    }
    const charts = GRAINS.map((g) => {
      const buckets = timeBuckets(flows, { period: g.id, dateOf: (f) => f.startMs, valueOf: m.value, timeZone: TZ });
      // The first period that starts on or after the improvement start opens the "Efter" phase; a period the
      // change started in the middle of stays in "Före" (it is mostly before).
      const split = buckets.findIndex((b) => b.startMs >= startMs);
      const options = {
        x: buckets.map((b) => b.key),
        phaseStarts: split > 0 ? [split] : [],
        phaseNames: ["Före", "Efter"],
      };
      const values = buckets.map((b) => b.median);
      // Frozen baseline: the "Före" periods set the centre (and limits), extended over the whole year, so a
      // lasting shift after the change shows as a long run / points outside the baseline limits.
      const frozen = split >= 2 ? { x: options.x, freeze: split, phaseNames: ["Baslinje förlängd"] } : null;
      return {
        grain: g.id,
        n: buckets.map((b) => b.n),
        run: runChart(values, options),
        xmr: xmrChart(values, { ...options, lowerBound: 0 }),
        runFrozen: frozen ? runChart(values, frozen) : null,
        xmrFrozen: frozen ? xmrChart(values, { ...frozen, lowerBound: 0 }) : null,
      };
    });
    return { id: m.id, label: m.label, unit: m.unit, comparison, charts };
  });

  rows.push({
    process: imp.process,
    processName: proc.name,
    unit: imp.unit,
    unitName: nameOfUnit.get(imp.unit) ?? imp.unit,
    from: imp.from,
    outcome: imp.outcome,
    description: imp.description,
    flows: { before: before.length, after: after.length },
    measures,
  });
}

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv, data/pilot/forbattringar.json",
    grains: GRAINS,
    improvements: rows,
  }, (_key, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v)),
);
