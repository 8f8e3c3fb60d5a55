// Flöde: per process (flow type) and period (by completion month) the step and handoff summaries, the headline
// figures, the value stream's summary box (ledtid, processtid, VA-tid, flödeseffektivitet, rullad %C&A) and the
// per-flow lead times, so the page only picks rows for the selected unit → process → period.
import { analyze, quantile, rolledPca, selectFlows } from "@flodes/core";
import { completionMonths, headline, loadPilot, PERIOD_CHOICES, PERIODS, PILOT_UNIT_IDS, wasteTimesByFlow } from "./lib/pilot.js";

const { processes, units, log } = await loadPilot();
const nameOf = new Map(units.map((u) => [u.id, u.name]));
const waste = wasteTimesByFlow(log);
const all = analyze(log);
const months = completionMonths(all.flows);
const median = (xs: number[]) => quantile(xs, 0.5);

const flows = [];
for (const p of processes) {
  const periods = PERIODS.map((period) => {
    const set = new Set(period.months);
    const sub = selectFlows(log, (f) => log.flowProcess[f] !== undefined && log.processIds[log.flowProcess[f]!] === p.id && set.has(months.get(log.flowIds[f]!) ?? ""));
    const a = analyze(sub);
    const pca = a.flows.length > 0 ? rolledPca(sub, p).rolled.find((r) => r.source === "data")?.pct ?? null : null;
    return {
      id: period.id,
      label: period.label,
      summary: { ...a.summary, ...headline(a.flows, waste) },
      figures: {
        leadTimeMs: median(a.flows.map((f) => f.leadTimeMs)),
        processTimeMs: median(a.flows.map((f) => f.touchTimeMs)),
        vaTimeMs: median(a.flows.map((f) => f.vaMs)),
        flowEfficiency: a.summary.flowEfficiency.aggregate,
        rolledPca: pca,
      },
      steps: a.steps,
      handoffs: a.handoffs,
      leadTimesMs: a.flows.map((f) => f.leadTimeMs),
    };
  });
  if (periods[0]!.summary.flows === 0) continue;
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
