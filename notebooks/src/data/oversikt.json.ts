// Översikt: per pilot unit and period (by completion month) the headline figures, both waste shares, the monthly
// trend, the change from the baseline, and "var börjar vi?" — the unit's biggest wait and biggest waste cost.
// The headline cards follow the page's filters: figures for every combination of units are computed here, so the
// page only looks them up.
import { analyze, costItems, type EventLog, flowMetrics, selectFlows } from "@flodes/core";
import { completedFlowMonths } from "@flodes/viz/pages";
import {
  BASELINE,
  headline,
  loadPilot,
  monthlyLeadTime,
  PERIODS,
  PILOT_UNIT_IDS,
  type SitePeriod,
  TZ,
  wasteTimesByFlow,
} from "./lib/pilot.js";

const { processes, units, log } = await loadPilot();
const nameOf = new Map(units.map((u) => [u.id, u.name]));
const stepName = new Map(processes.map((p) => [p.id, p.name]));
const metrics = flowMetrics(log);
const months = completedFlowMonths(log, metrics, TZ);
const waste = wasteTimesByFlow(log);
const unitOfFlow = new Map<string, string>();
for (let f = 0; f < log.flowIds.length; f++) unitOfFlow.set(log.flowIds[f]!, log.unitIds[log.flowUnit[f]!] ?? "");
const flowCode = new Map(log.flowIds.map((id, f) => [id, f]));

/** Flows of the period (by completion month) whose unit is in `unitIds`. */
function flowsOf(period: SitePeriod, unitIds: readonly string[]) {
  const set = new Set(period.months);
  const us = new Set(unitIds);
  return metrics.filter((m) => set.has(months.get(m.flow) ?? "") && us.has(unitOfFlow.get(m.flow) ?? ""));
}

/**
 * "Var börjar vi?": the unit's handoff with the most waiting (Σ over its flows) — its median wait and its share of
 * the unit's lead time — and its NVA step costing the most, in the period.
 */
function whereToStart(period: SitePeriod, unitId: string) {
  const fs = flowsOf(period, [unitId]);
  const keep = new Set(fs.map((f) => flowCode.get(f.flow)));
  const sub: EventLog = selectFlows(log, (f) => keep.has(f));
  if (fs.length === 0) return null;
  const a = analyze(sub);
  const lead = fs.reduce((s, f) => s + f.leadTimeMs, 0);
  const wait = a.handoffs.filter((h) => h.from !== null).sort((x, y) => y.totalWaitMs - x.totalWaitMs)[0];
  const cost = new Map<string, { process: string | null; step: string; sek: number; hours: number }>();
  for (const it of costItems(sub).items) {
    if (it.kind !== "nvaWork" || it.costSek === null) continue;
    const key = `${it.process}\u0000${it.step}`;
    const c = cost.get(key) ?? { process: it.process, step: it.step, sek: 0, hours: 0 };
    c.sek += it.costSek;
    c.hours += it.ms / 3_600_000;
    cost.set(key, c);
  }
  const topCost = [...cost.values()].sort((x, y) => y.sek - x.sek)[0] ?? null;
  const process = wait?.process ?? topCost?.process ?? null;
  return {
    wait: wait
      ? {
          from: wait.from,
          to: wait.to,
          process: wait.process,
          processName: stepName.get(wait.process ?? "") ?? wait.process,
          medianMs: wait.waitMs.median,
          shareOfLeadTime: lead > 0 ? wait.totalWaitMs / lead : null,
          n: wait.n,
        }
      : null,
    cost: topCost ? { ...topCost, processName: stepName.get(topCost.process ?? "") ?? topCost.process } : null,
    process,
  };
}

// Cards for every non-empty combination of the six units (bit i = PILOT_UNIT_IDS[i]), per period.
const combos: Record<string, Record<string, ReturnType<typeof headline>>> = {};
for (const p of PERIODS) {
  combos[p.id] = {};
  for (let mask = 1; mask < 1 << PILOT_UNIT_IDS.length; mask++) {
    const ids = PILOT_UNIT_IDS.filter((_, i) => mask & (1 << i));
    combos[p.id]![mask] = headline(flowsOf(p, ids), waste);
  }
}

const result = PILOT_UNIT_IDS.map((id) => ({
  id,
  unit: nameOf.get(id) ?? id,
  processes: processes.filter((p) => p.unit === id).map((p) => ({ id: p.id, name: p.name })),
  periods: Object.fromEntries(PERIODS.map((p) => [p.id, { summary: headline(flowsOf(p, [id]), waste), start: whereToStart(p, id) }])),
  trend: monthlyLeadTime(nameOf.get(id) ?? id, flowsOf(PERIODS[0]!, [id])),
}));

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv",
    basis: "calendar",
    baseline: BASELINE,
    periods: PERIODS.map(({ id, label }) => ({ id, label })),
    unitIds: PILOT_UNIT_IDS,
    combos,
    units: result,
  }),
);
