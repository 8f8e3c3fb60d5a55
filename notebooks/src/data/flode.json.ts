// Flöde: per process (flow type) and period the step and handoff summaries, the process summary and the
// per-flow lead times, so the page only picks rows for the selected unit → process → period.
import { analyze } from "@flodes/core";
import { groupBy, loadPilot, periodOf, PERIODS, PILOT_UNIT_IDS } from "./lib/pilot.js";

const { processes, units, observations } = await loadPilot();
const nameOf = new Map(units.map((u) => [u.id, u.name]));
const byProcess = groupBy(observations, (o) => o.process);
const PERIOD_CHOICES = [{ id: "alla", label: "Hela 2025" }, ...PERIODS.map(({ id, label }) => ({ id, label }))];

const flows = [];
for (const p of processes) {
  const obs = byProcess.get(p.id) ?? [];
  if (obs.length === 0) continue;
  const flowPeriod = new Map(analyze(obs, { model: p }).flows.map((f) => [f.flow, periodOf(f)]));
  const periods = PERIOD_CHOICES.map(({ id, label }) => {
    const a = analyze(id === "alla" ? obs : obs.filter((o) => flowPeriod.get(o.flow) === id), { model: p });
    return {
      id,
      label,
      summary: a.summary,
      steps: a.steps,
      handoffs: a.handoffs,
      leadTimesMs: a.flows.map((f) => f.leadTimeMs),
    };
  });
  flows.push({
    id: p.id,
    name: p.name,
    unitId: p.unit,
    unit: nameOf.get(p.unit ?? "") ?? p.unit,
    pilot: (PILOT_UNIT_IDS as readonly string[]).includes(p.unit ?? ""),
    order: p.steps.map((s) => s.id),
    periods,
  });
}

process.stdout.write(JSON.stringify({ synthetic: true, source: "data/pilot/syntetisk-handelser.csv", periods: PERIOD_CHOICES, processes: flows }));
