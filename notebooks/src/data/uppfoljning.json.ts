// Uppföljning: the unit hierarchy (region → förvaltning → verksamhetsområde → enhet) per month with the roll-up
// measures and the målbild goal status at the end of each month. Synthetic pilot data; the page only looks up.
import { periodLabel } from "@flodes/core";
import { BASELINE } from "./lib/pilot.js";
import { loadFollowUp, pilotReport } from "./uppfoljning-lib.js";

const DAY_MS = 86_400_000;
const data = await loadFollowUp();
const round = (x: number | null, d = 4) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

const months = data.months.map((month) => {
  const r = pilotReport(data, month);
  return {
    month,
    label: r.monthLabel,
    flows: r.flowsInMonth,
    units: r.units.map((u) => ({
      unit: u.unit,
      name: u.name,
      level: u.level,
      parent: u.parent ?? null,
      depth: u.depth,
      flows: u.flows,
      // Days for the tree's text, ms for the goal trend chart (goalTrendSpec takes ms like the goals).
      leadTimeMedianDays: round(u.leadTimeMs.median === null ? null : u.leadTimeMs.median / DAY_MS, 2),
      leadTimeMedianMs: u.leadTimeMs.median === null ? null : Math.round(u.leadTimeMs.median),
      leadTimeP85Days: round(u.leadTimeMs.p85 === null ? null : u.leadTimeMs.p85 / DAY_MS, 2),
      flowEfficiency: round(u.flowEfficiency.aggregate, 6),
      nvaShare: round(u.nvaShare, 4),
      waitShare: round(u.waitShare, 4),
      nvaWorkShare: round(u.nvaWorkShare, 4),
      atBaseline: {
        flows: u.atBaseline.flows,
        leadTimeMedianDays: round(u.atBaseline.leadTimeMs.median === null ? null : u.atBaseline.leadTimeMs.median / DAY_MS, 2),
        nvaWorkShare: round(u.atBaseline.nvaWorkShare, 4),
      },
      costOfWasteSek: Math.round(u.costOfWasteSek),
      leadTimeChange: u.leadTimeChange.ok ? u.leadTimeChange.sentence : u.leadTimeChange.message,
      spcSignal: u.spcSignal,
    })),
    goals: r.goals.map((g) => ({
      unit: g.goal.unit,
      unitName: g.unitName,
      metric: g.goal.metric,
      baseline: g.goal.baseline,
      target: g.goal.target,
      deadline: g.goal.deadline,
      current: g.current,
      progress: round(g.progress),
      elapsed: round(g.elapsed),
      status: g.status,
      explanation: g.explanation,
    })),
  };
});

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv, enheter.json, mal.json",
    latest: data.months[data.months.length - 1],
    baseline: { ...BASELINE, label: periodLabel(BASELINE) },
    months,
  }),
);
