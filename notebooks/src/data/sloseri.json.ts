// Slöseri: waste by type (Pareto, hours and SEK), cost of waste per unit and %C&A per process, computed from the
// synthetic pilot data with @flodes/core, in calendar time and in working time (weekdays 07:30–16:30).
import { costOfWaste, createCalendar, rolledPca, wasteParetoByUnit, type Observation, type WorkingCalendar } from "@flodes/core";
import { groupBy, loadPilot, PERIODS, PILOT_UNIT_IDS } from "./lib/pilot.js";

const { processes, units, observations } = await loadPilot();
const nameOf = new Map(units.map((u) => [u.id, u.name]));
const weekday = [["07:30", "16:30"]] as const;
const WORKING = createCalendar({ openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } });
const BASES: { id: "calendar" | "working"; label: string; calendar?: WorkingCalendar }[] = [
  { id: "calendar", label: "Kalendertid" },
  { id: "working", label: `Arbetstid (${WORKING.label.replace(/^Arbetstid /, "")})`, calendar: WORKING },
];
const PERIOD_CHOICES = [{ id: "alla", label: "Hela 2025" }, ...PERIODS.map(({ id, label }) => ({ id, label }))];

// A flow belongs to the period of its first start; flows starting after 2025 (late upstream orders) are left out.
const firstStart = new Map<string, number>();
for (const o of observations) firstStart.set(o.flow, Math.min(firstStart.get(o.flow) ?? Infinity, o.startMs));
const inPeriod = (id: string) => (o: Observation) => {
  const t = firstStart.get(o.flow)!;
  const p = id === "alla" ? { fromMs: PERIODS[0].fromMs, toMs: PERIODS[1].toMs } : PERIODS.find((x) => x.id === id)!;
  return t >= p.fromMs && t < p.toMs;
};
const isPilot = (unit: string | null) => unit !== null && (PILOT_UNIT_IDS as readonly string[]).includes(unit);
const unitName = (unit: string | null) => (unit === null ? "Okänd enhet" : (nameOf.get(unit) ?? unit));

const periods = PERIOD_CHOICES.map(({ id, label }) => {
  const obs = observations.filter(inPeriod(id));
  const pareto = BASES.map(({ id: basis, calendar }) => {
    const opts = { model: processes, calendar };
    const all = wasteParetoByUnit(obs.map((o) => ({ ...o, unit: "alla" })), opts)[0]?.rows ?? [];
    const byUnit = wasteParetoByUnit(obs, opts).map((g) => ({ unit: unitName(g.unit), pilot: isPilot(g.unit), rows: g.rows }));
    return { basis, units: [{ unit: "Alla enheter", pilot: true, rows: all.map((r) => ({ ...r, unit: null })) }, ...byUnit] };
  });
  const cost = costOfWaste(obs, { model: processes });
  const costByUnit = cost.byUnit.map((u) => ({ ...u, unitId: u.unit, unit: unitName(u.unit), pilot: isPilot(u.unit) }));
  return { id, label, flows: cost.totals.flows, totals: cost.totals, pareto, costByUnit };
});

const byProcess = groupBy(observations.filter(inPeriod("alla")), (o) => o.process);
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
