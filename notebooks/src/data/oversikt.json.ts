// Översikt: per pilot unit lead time, flow efficiency, waste share, monthly trend and before/after.
import { analyze, type Analysis, type ProcessSummary } from "@flodes/core";
import { groupBy, loadPilot, monthlyLeadTime, periodOf, PERIODS, PILOT_UNIT_IDS } from "./lib/pilot.js";

const { processes, units, observations } = await loadPilot();
const nameOf = new Map(units.map((u) => [u.id, u.name]));
const byUnit = groupBy(observations, (o) => o.unit);

const pick = (s: ProcessSummary) => ({
  flows: s.flows,
  observations: s.observations,
  leadTimeMs: s.leadTimeMs,
  waitMs: s.waitMs,
  flowEfficiency: s.flowEfficiency,
  totals: s.totals,
  nvaShare: s.nvaShare,
  reworkRate: s.reworkRate,
});

const result = [];
for (const id of PILOT_UNIT_IDS) {
  const obs = byUnit.get(id) ?? [];
  const all: Analysis = analyze(obs, { model: processes });
  const flowPeriod = new Map(all.flows.map((f) => [f.flow, periodOf(f)]));
  const periods = PERIODS.map((p) => {
    const a = analyze(obs.filter((o) => flowPeriod.get(o.flow) === p.id), { model: processes });
    return { id: p.id, label: p.label, summary: pick(a.summary) };
  });
  result.push({
    id,
    unit: nameOf.get(id) ?? id,
    processes: processes.filter((p) => p.unit === id).map((p) => ({ id: p.id, name: p.name })),
    summary: pick(all.summary),
    periods,
    trend: monthlyLeadTime(nameOf.get(id) ?? id, all.flows),
  });
}

const totals = analyze(observations.filter((o) => (PILOT_UNIT_IDS as readonly string[]).includes(o.unit ?? "")), { model: processes });

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv",
    basis: totals.basis,
    periods: PERIODS.map(({ id, label }) => ({ id, label })),
    all: pick(totals.summary),
    units: result,
  }),
);
