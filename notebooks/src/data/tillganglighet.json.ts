// Tillgänglighet och köer: the queue analysis of the synthetic pilot data at the extract (the log's last event),
// computed with @flodes/core so the page only lays out charts and sentences. Units are the six pilot units.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { importFile, loadBacklogAllocations, loadCareGuaranteeRules } from "@flodes/core/node";
import {
  agingWip,
  censoredLeadTime,
  cumulativeFlow,
  queueReport,
  timeBetweenSteps,
  type Process,
  type SurvivalPoint,
  type Unit,
} from "@flodes/core";
import { PILOT_DIR, PILOT_UNIT_IDS, TZ } from "./lib/pilot.js";

const DAY_MS = 86_400_000;
const processes = JSON.parse(await readFile(join(PILOT_DIR, "processer.json"), "utf-8")) as Process[];
const units = JSON.parse(await readFile(join(PILOT_DIR, "enheter.json"), "utf-8")) as Unit[];
const rules = await loadCareGuaranteeRules(join(PILOT_DIR, "vardgaranti.csv"));
const allocations = await loadBacklogAllocations(join(PILOT_DIR, "forskjuten-vard.csv"));
const { log } = await importFile(join(PILOT_DIR, "syntetisk-handelser.csv"), { tz: TZ, model: processes, file: "syntetisk-handelser.csv" });

const pilot = new Set<string>(PILOT_UNIT_IDS);
const isPilot = (u: string | null | undefined) => u !== null && u !== undefined && pilot.has(u);
const nameOf = Object.fromEntries(units.map((u) => [u.id, u.name]));
const round = (x: number | null, d = 3) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
const days = (ms: number | null) => (ms === null ? null : round(ms / DAY_MS, 2));

const report = queueReport(log, { rules, allocations, tz: TZ });
const base = { asOfMs: report.asOfMs, tz: TZ };

// Survival curves thinned to at most ~150 points each (the step shape survives; the page needs no more).
function thin(points: readonly SurvivalPoint[]): SurvivalPoint[] {
  const step = Math.max(1, Math.ceil(points.length / 150));
  return points
    .filter((_, i) => i % step === 0 || i === points.length - 1)
    .map((p) => ({ timeMs: p.timeMs, survival: round(p.survival, 4)!, ...(p.lower !== undefined ? { lower: round(p.lower, 4)!, upper: round(p.upper ?? p.survival, 4)! } : {}) }));
}
const leadTimes = censoredLeadTime(log, { ...base, curves: true })
  .filter((l) => isPilot(l.unit))
  .map((l) => ({ ...l, curves: { closedOnly: thin(l.curves!.closedOnly), kaplanMeier: thin(l.curves!.kaplanMeier) } }));

const pilotProcesses = processes.filter((p) => isPilot(p.unit));
const aging = agingWip(log, base);
const cfd = cumulativeFlow(log, { ...base, period: "week", processes: pilotProcesses.map((p) => p.id) });

// Time between named steps, per unit: referral → first visit, decision → treatment.
const PAIRS = [
  { id: "remiss-besok", label: "Remiss inkommer → första besök", from: ["Remiss inkommer", "Egenremiss inkommer"], to: ["Besök", "Första besök", "Bedömningssamtal"] },
  { id: "beslut-atgard", label: "Beslut → åtgärd eller behandling", from: ["Beslut", "Behandlingsplan"], to: ["Åtgärd", "Behandlingsstart", "Behandling"] },
  { id: "kontakt-besok", label: "Kontakt via 1177 → besök", from: ["Kontakt via 1177"], to: ["Besök"] },
];
const betweenSteps = PAIRS.flatMap((pair) =>
  PILOT_UNIT_IDS.flatMap((unit) => {
    const r = timeBetweenSteps(log, pair.from, pair.to, { ...base, units: [unit] });
    if (r.flows.length === 0) return [];
    return [{
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
    }];
  }),
);

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv, processer.json (endSteps), vardgaranti.csv, forskjuten-vard.csv",
    asOf: report.asOf,
    asOfMs: report.asOfMs,
    units: PILOT_UNIT_IDS.map((id) => ({ id, name: nameOf[id] ?? id })),
    unitNames: nameOf,
    processes: pilotProcesses.map((p) => ({ id: p.id, name: p.name, unit: p.unit, endSteps: p.endSteps ?? [], open: report.open.filter((o) => o.process === p.id).length })),
    flows: report.flows,
    openByUnit: PILOT_UNIT_IDS.map((id) => ({ unit: id, open: report.open.filter((o) => o.unit === id).length })),
    wip: report.wip.filter((w) => isPilot(w.unit) && w.date >= "2025-01-01"),
    throughput: report.throughput.filter((w) => isPilot(w.unit)),
    // Week, process, stage and count are all the chart needs (endMs is the next row's startMs).
    cfd: cfd.map((r) => ({ period: r.period, startMs: r.startMs, process: r.process, step: r.step, order: r.order, cumulative: r.cumulative })),
    aging: {
      stages: aging.stages.filter((s) => pilotProcesses.some((p) => p.id === s.process)),
      flows: aging.flows.filter((f) => isPilot(f.unit)),
    },
    leadTimes,
    littlesLaw: report.littlesLaw.filter((l) => isPilot(l.unit)),
    rules: report.careGuaranteeRules,
    careGuarantee: report.careGuarantee.filter((g) => isPilot(g.unit)),
    careGuaranteeNow: report.careGuaranteeNow.filter((g) => isPilot(g.unit)),
    forecast: { ...report.forecast, units: report.forecast.units.filter((f) => isPilot(f.unit)) },
    backlog: report.backlog.filter((b) => isPilot(b.unit)),
    betweenSteps,
  }),
);
