// Slöseri: both waste shares, waste by type (Pareto, hours and SEK), cost of waste per unit and %C&A per process,
// computed from the synthetic pilot data with @flodes/core, in calendar time and in working time (flodes' one
// default working week, weekdays 07:30–16:30). Flows belong to their completion month.
import { costItems, costOfWaste, createCalendar, flowMetrics, flowWasteTimes, paretoFromItems, rolledPca, type WorkingCalendar } from "@flodes/core";
import { completionMonths, groupBy, headline, inPeriod, loadPilot, PERIOD_CHOICES, PERIODS, PILOT_UNIT_IDS } from "./lib/pilot.js";

const { processes, units, observations, log } = await loadPilot();
const nameOf = new Map(units.map((u) => [u.id, u.name]));
const WORKING = createCalendar();
const BASES: { id: "calendar" | "working"; label: string; calendar?: WorkingCalendar }[] = [
  { id: "calendar", label: "Kalendertid" },
  { id: "working", label: `Arbetstid (${WORKING.label.replace(/^Arbetstid /, "")})`, calendar: WORKING },
];
const months = completionMonths(observations);
// Worked time and waits per flow in each time basis, so the waste-share cards follow the page's "Tid" choice.
const wasteByBasis = new Map(BASES.map(({ id, calendar }) => [id, new Map(flowWasteTimes(log, calendar ? { calendar } : {}).map((w) => [w.flow, w]))]));
const metrics = flowMetrics(log);
const period = (id: string) => PERIODS.find((p) => p.id === id)!;
// Cost items once per time basis for the whole log; each period and unit takes its flows' items.
const itemsByBasis = new Map(BASES.map(({ id, calendar }) => [id, costItems(log, calendar ? { calendar } : {}).items]));
const isPilot = (unit: string | null) => unit !== null && (PILOT_UNIT_IDS as readonly string[]).includes(unit);
const unitName = (unit: string | null) => (unit === null ? "Okänd enhet" : (nameOf.get(unit) ?? unit));

const periods = PERIOD_CHOICES.map(({ id, label }) => {
  const keep = inPeriod(months, period(id));
  const obs = observations.filter(keep);
  const inP = new Set(obs.map((o) => o.flow));
  const unitOf = new Map(obs.map((o) => [o.flow, o.unit ?? null]));
  const shares = BASES.map(({ id: basis }) => {
    const waste = wasteByBasis.get(basis)!;
    const units = [
      { unit: "Alla enheter", ...headline(metrics.filter((m) => inP.has(m.flow)), waste) },
      ...[...new Set(obs.map((o) => o.unit ?? null))].map((u) => ({ unit: unitName(u), ...headline(metrics.filter((m) => inP.has(m.flow) && unitOf.get(m.flow) === u), waste) })),
    ].map((h) => ({ unit: h.unit, flows: h.flows, waitShare: h.waitShare, nvaWorkShare: h.nvaWorkShare, worked: h.worked }));
    return { basis, units };
  });
  const pareto = BASES.map(({ id: basis }) => {
    const items = itemsByBasis.get(basis)!.filter((it) => inP.has(it.flow));
    const ids = [...new Set(items.map((it) => it.unit))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, "sv")));
    const byUnit = ids.map((u) => ({ unit: unitName(u), pilot: isPilot(u), rows: paretoFromItems(items.filter((it) => it.unit === u), "hours", u) }));
    return { basis, units: [{ unit: "Alla enheter", pilot: true, rows: paretoFromItems(items, "hours", null) }, ...byUnit] };
  });
  const cost = costOfWaste(obs, { model: processes });
  const costByUnit = cost.byUnit.map((u) => ({ ...u, unitId: u.unit, unit: unitName(u.unit), pilot: isPilot(u.unit) }));
  return { id, label, flows: cost.totals.flows, totals: cost.totals, pareto, costByUnit, shares };
});

const byProcess = groupBy(observations.filter(inPeriod(months, period("alla"))), (o) => o.process);
const pca = processes
  .filter((p) => byProcess.has(p.id))
  .map((p) => ({ id: p.id, name: p.name, unit: unitName(p.unit ?? null), ...rolledPca(byProcess.get(p.id)!, p) }));

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv",
    bases: BASES.map(({ id, label }) => ({ id, label })),
    waitingCostGiven: processes.some((p) => p.waitingCostPerHourSek !== undefined),
    estimatesGiven: processes.some((p) => p.steps.some((s) => s.pctCompleteAccurate !== undefined)),
    periods,
    pca,
  }),
);
