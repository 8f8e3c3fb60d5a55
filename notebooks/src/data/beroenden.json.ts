// Beroenden: which processes wait on which, inherited vs own wait per pair, amplification, and what-if projections
// "uppströms svarstid −X %" precomputed for slider steps (the page does no computation). Synthetic pilot data.
import { flowMetrics, groupFlows, inheritedWaits, whatIf } from "@flodes/core";
import { loadPilot } from "./lib/pilot.js";

const { processes, units, observations } = await loadPilot();
const DAY_MS = 86_400_000;
const nameOfUnit = new Map(units.map((u) => [u.id, u.name]));
const procName = new Map(processes.map((p) => [p.id, p.name]));
const flows = groupFlows(observations);
const metrics = flowMetrics(observations, { model: processes });
const deps = inheritedWaits(flows, processes, { nvaMsByFlow: new Map(metrics.map((m) => [m.flow, m.nvaMs])) });

const pairs = deps.pairs.map((p) => ({
  upstream: p.upstreamProcess,
  upstreamName: procName.get(p.upstreamProcess) ?? p.upstreamProcess,
  downstream: p.downstreamProcess,
  downstreamName: procName.get(p.downstreamProcess) ?? p.downstreamProcess,
  step: p.dependentStep,
  flows: p.flows,
  linkedFlows: p.linkedFlows,
  missingLinks: p.missingLinks,
  inheritedWaitMs: p.inheritedWaitMs,
  ownWaitMs: Math.max(0, p.downstreamWaitMs - p.inheritedWaitMs),
  inheritedWaitDays: p.inheritedWaitMs / DAY_MS,
  ownWaitDays: Math.max(0, p.downstreamWaitMs - p.inheritedWaitMs) / DAY_MS,
  inheritedPerFlowDays: p.linkedFlows > 0 ? p.inheritedWaitMs / p.linkedFlows / DAY_MS : null,
  inheritedShareOfWaste: p.inheritedShareOfWaste,
  amplification: p.amplification,
}));

// Nodes of the dependency diagram: every process that takes part in a dependency.
const involved = [...new Set(pairs.flatMap((p) => [p.upstream, p.downstream]))];
const nodes = involved.map((id) => {
  const p = processes.find((x) => x.id === id);
  const isUpstream = pairs.some((x) => x.upstream === id);
  return {
    id,
    name: procName.get(id) ?? id,
    unit: nameOfUnit.get(p?.unit ?? "") ?? p?.unit ?? "",
    role: isUpstream ? "uppströms" : "nedströms",
  };
});

// What-if: each upstream process answers X % faster; projected lead time and flow efficiency downstream.
const STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];
const upstreams = [...new Set(pairs.map((p) => p.upstream))];
let assumption = "";
const whatif = upstreams.map((up) => {
  const downstreamIds = new Set(pairs.filter((p) => p.upstream === up).map((p) => p.downstream));
  const relevant = flows.filter((f) => f.process === up || downstreamIds.has(f.process ?? ""));
  const steps = STEPS.map((pct) => {
    const r = whatIf(relevant, processes, [{ kind: "upstream", process: up, factor: 1 - pct / 100 }]);
    assumption = r.assumption;
    return {
      pct,
      processes: r.processes
        .filter((s) => downstreamIds.has(s.process))
        .map((s) => ({
          process: s.process,
          name: procName.get(s.process) ?? s.process,
          flows: s.flows,
          leadTimeMedianDays: {
            before: s.leadTimeMedianMs.before === null ? null : s.leadTimeMedianMs.before / DAY_MS,
            after: s.leadTimeMedianMs.after === null ? null : s.leadTimeMedianMs.after / DAY_MS,
          },
          flowEfficiency: s.flowEfficiency,
        })),
    };
  });
  return { upstream: up, upstreamName: procName.get(up) ?? up, steps };
});

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv",
    nodes,
    pairs,
    whatif,
    sliderSteps: STEPS,
    assumption,
    missingLinks: deps.issues.length,
  }),
);
