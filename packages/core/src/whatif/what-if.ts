import type { Category } from "../model/category.js";
import type { Flow, Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { depsMessage } from "../messages/deps.js";
import { intersect, totalLength, union, type Interval } from "../deps/intervals.js";
import type { DependencyLink } from "../deps/inherited-wait.js";
import { quantile } from "../stats/quantile.js";

/**
 * A change to try. `factor` scales the matched time: 0.5 = "−50 %", 0 = removed.
 * - `wait`: waits whose handoff goes into step `to` (and comes from step `from`, when given).
 * - `step`: the duration of every occurrence of `step`.
 * - `upstream`: the whole of every flow of process `process` (its answer comes back sooner), which moves the
 *   release of dependent downstream flows.
 * `process` limits `wait`/`step` to flows of that process.
 */
export type Scenario =
  | { kind: "wait"; to: string; from?: string; process?: string; factor: number }
  | { kind: "step"; step: string; process?: string; factor: number }
  | { kind: "upstream"; process: string; factor: number };

/** Lead time and value time of one flow. */
export interface FlowProjection {
  leadTimeMs: number;
  vaMs: number;
  flowEfficiency: number | null;
}

/** Before/after of one flow. */
export interface WhatIfFlow {
  flow: string;
  process?: string;
  before: FlowProjection;
  after: FlowProjection;
}

/** Before/after summary per process (medians from flows; aggregate efficiency Σva/Σlead). */
export interface WhatIfProcessSummary {
  process: string;
  flows: number;
  leadTimeMedianMs: { before: number | null; after: number | null };
  flowEfficiency: { before: number | null; after: number | null };
}

/** Result of {@link whatIf}. */
export interface WhatIfResult {
  scenarios: Scenario[];
  flows: WhatIfFlow[];
  processes: WhatIfProcessSummary[];
  /** The assumption behind the projection, in Swedish and English. Always show it with the numbers. */
  assumption: string;
  assumptionEn: string;
}

/** Options of {@link whatIf}. */
export interface WhatIfOptions {
  /** Explicit downstream → upstream flow links, in addition to each dependency's `linkColumn`. */
  links?: readonly DependencyLink[];
}

const norm = (s: string | undefined) => (s ?? "").trim().toLowerCase();

function categoryOf(o: Observation, process: Process | undefined): Category {
  if (o.category) return o.category;
  const s = process?.steps.find((x) => norm(x.id) === norm(o.step) || norm(x.name) === norm(o.step));
  return s?.category ?? "NNVA";
}

function sortObs(obs: readonly Observation[]): Observation[] {
  return obs
    .map((o, i) => ({ o, i }))
    .sort((a, b) => a.o.startMs - b.o.startMs || a.o.endMs - b.o.endMs || a.i - b.i)
    .map((x) => x.o);
}

function project(obs: readonly Observation[], process: Process | undefined): FlowProjection {
  if (!obs.length) return { leadTimeMs: 0, vaMs: 0, flowEfficiency: null };
  let a = Infinity;
  let b = -Infinity;
  const va: Interval[] = [];
  for (const o of obs) {
    a = Math.min(a, o.startMs);
    b = Math.max(b, o.endMs);
    if (categoryOf(o, process) === "VA") va.push([o.startMs, o.endMs]);
  }
  const vaMs = totalLength(union(va));
  const leadTimeMs = b - a;
  return { leadTimeMs, vaMs, flowEfficiency: leadTimeMs > 0 ? vaMs / leadTimeMs : null };
}

interface Release {
  before: number;
  after: number;
  unfinished: Interval;
}

/**
 * Replays a flow's timeline with the scenario applied. Each observation keeps its offset to the end of its
 * handoff source (the earlier observation with the latest end), scaled where a `wait` scenario matches, and its
 * duration, scaled where a `step` scenario matches. A dependent step whose wait overlapped an upstream release
 * starts the same lag after the new release, but not earlier than its own (non-inherited) wait allows.
 */
function reflow(
  obs: readonly Observation[],
  process: string | undefined,
  scenarios: readonly Scenario[],
  dependent: ReadonlyMap<string, Release>,
): Observation[] {
  const sorted = sortObs(obs);
  const out: Observation[] = [];
  const ends: number[] = [];
  const newEnds: number[] = [];
  const seenDependent = new Set<string>();
  const inProcess = (p: string | undefined) => p === undefined || norm(p) === norm(process);
  for (let i = 0; i < sorted.length; i++) {
    const o = sorted[i];
    let durFactor = 1;
    for (const s of scenarios) if (s.kind === "step" && inProcess(s.process) && norm(s.step) === norm(o.step)) durFactor *= s.factor;
    let start = o.startMs;
    if (i > 0) {
      let src = 0;
      for (let j = 1; j < i; j++) if (ends[j] > ends[src]) src = j;
      let offset = o.startMs - ends[src];
      if (offset > 0) {
        for (const s of scenarios) {
          if (s.kind === "wait" && inProcess(s.process) && norm(s.to) === norm(o.step) && (s.from === undefined || norm(s.from) === norm(sorted[src].step))) offset *= s.factor;
        }
      }
      start = newEnds[src] + offset;
      const rel = dependent.get(norm(o.step));
      if (rel && !seenDependent.has(norm(o.step)) && o.startMs - ends[src] > 0) {
        const waitIv: Interval = [ends[src], o.startMs];
        if (rel.before > waitIv[0] && rel.before <= waitIv[1]) {
          const inherited = totalLength(intersect([waitIv], [rel.unfinished]));
          const own = (o.startMs - ends[src] - inherited) * (offset / (o.startMs - ends[src]));
          start = Math.max(newEnds[src] + own, rel.after + (o.startMs - rel.before));
        }
      }
    }
    if (dependent.has(norm(o.step))) seenDependent.add(norm(o.step));
    ends.push(o.endMs);
    const end = start + (o.endMs - o.startMs) * durFactor;
    newEnds.push(end);
    out.push({ ...o, startMs: start, endMs: end });
  }
  return out;
}

function linkKey(flow: Flow, column: string): string | undefined {
  for (const o of flow.observations) {
    for (const [k, v] of Object.entries(o.attrs ?? {})) if (norm(k) === norm(column) && v.trim()) return v.trim();
  }
  return undefined;
}

/**
 * Projects lead time and flow efficiency per flow when named waits or steps are shortened or removed,
 * with effects on dependent downstream processes. The assumption is part of the result and must be shown.
 *
 * @example
 * // "Provsvar kommer 50 % snabbare"
 * whatIf(flows, processes, [{ kind: "upstream", process: "lab", factor: 0.5 }]).processes
 */
export function whatIf(
  flows: readonly Flow[],
  processes: readonly Process[],
  scenarios: readonly Scenario[],
  options: WhatIfOptions = {},
): WhatIfResult {
  const procOf = (f: Flow) => processes.find((p) => norm(p.id) === norm(f.process) || norm(p.name) === norm(f.process));
  const byProcess = new Map<string, Flow[]>();
  for (const f of flows) {
    const id = procOf(f)?.id ?? f.process ?? "";
    byProcess.set(id, [...(byProcess.get(id) ?? []), f]);
  }
  const newObs = new Map<string, Observation[]>();
  const explicit = new Map<string, string[]>();
  for (const l of options.links ?? []) explicit.set(l.downstream, [...(explicit.get(l.downstream) ?? []), l.upstream]);

  // Upstream processes first so their new release times are known to their downstreams.
  const order: Process[] = [];
  const visit = (p: Process, seen: Set<Process>) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const d of p.dependencies ?? []) {
      const up = processes.find((x) => norm(x.id) === norm(d.upstreamProcess) || norm(x.name) === norm(d.upstreamProcess));
      if (up) visit(up, seen);
    }
    order.push(p);
  };
  const seen = new Set<Process>();
  processes.forEach((p) => visit(p, seen));
  const unmodelled = flows.filter((f) => !procOf(f));

  const flowById = new Map(flows.map((f) => [f.id, f]));
  for (const p of order) {
    const own = scenarios.filter((s) => s.kind !== "upstream" || norm(s.process) === norm(p.id) || norm(s.process) === norm(p.name));
    for (const f of byProcess.get(p.id) ?? []) {
      const dependent = new Map<string, Release>();
      for (const dep of p.dependencies ?? []) {
        const ups: Flow[] = [];
        const key = dep.linkColumn ? linkKey(f, dep.linkColumn) : undefined;
        for (const u of byProcess.get(processes.find((x) => norm(x.id) === norm(dep.upstreamProcess) || norm(x.name) === norm(dep.upstreamProcess))?.id ?? "") ?? []) {
          if (key !== undefined && dep.linkColumn && linkKey(u, dep.linkColumn) === key) ups.push(u);
        }
        for (const id of explicit.get(f.id) ?? []) {
          const u = flowById.get(id);
          if (u && !ups.includes(u)) ups.push(u);
        }
        if (!ups.length) continue;
        const rel = (obs: readonly Observation[]) => {
          const k = norm(dep.upstreamStep);
          const m = obs.filter((o) => !dep.upstreamStep || norm(o.step) === k);
          return Math.max(...(m.length ? m : obs).map((o) => o.endMs));
        };
        const before = Math.max(...ups.map((u) => rel(u.observations)));
        const after = Math.max(...ups.map((u) => rel(newObs.get(u.id) ?? u.observations)));
        const start = Math.min(...ups.map((u) => Math.min(...u.observations.map((o) => o.startMs))));
        dependent.set(norm(dep.step), { before, after, unfinished: [start, before] });
      }
      let obs = reflow(f.observations, p.id, own.filter((s) => s.kind !== "upstream"), dependent);
      const up = own.find((s) => s.kind === "upstream");
      if (up) {
        // The whole upstream flow shrinks by the factor around its start: every instant t → start + (t − start)·factor.
        const s0 = Math.min(...obs.map((o) => o.startMs));
        obs = obs.map((o) => ({ ...o, startMs: s0 + (o.startMs - s0) * up.factor, endMs: s0 + (o.endMs - s0) * up.factor }));
      }
      newObs.set(f.id, obs);
    }
  }
  for (const f of unmodelled) newObs.set(f.id, reflow(f.observations, f.process, scenarios.filter((s) => s.kind !== "upstream"), new Map()));

  const resultFlows: WhatIfFlow[] = flows.map((f) => {
    const p = procOf(f);
    return { flow: f.id, process: p?.id ?? f.process, before: project(f.observations, p), after: project(newObs.get(f.id) ?? f.observations, p) };
  });
  const summaries: WhatIfProcessSummary[] = [];
  const groups = new Map<string, WhatIfFlow[]>();
  for (const r of resultFlows) groups.set(r.process ?? "", [...(groups.get(r.process ?? "") ?? []), r]);
  for (const [process, rs] of groups) {
    const agg = (k: "before" | "after") => {
      const lead = rs.reduce((s, r) => s + r[k].leadTimeMs, 0);
      return lead > 0 ? rs.reduce((s, r) => s + r[k].vaMs, 0) / lead : null;
    };
    summaries.push({
      process,
      flows: rs.length,
      leadTimeMedianMs: { before: quantile(rs.map((r) => r.before.leadTimeMs), 0.5), after: quantile(rs.map((r) => r.after.leadTimeMs), 0.5) },
      flowEfficiency: { before: agg("before"), after: agg("after") },
    });
  }
  const a = depsMessage.whatIfAssumption();
  return { scenarios: [...scenarios], flows: resultFlows, processes: summaries, assumption: a.message, assumptionEn: a.messageEn };
}
