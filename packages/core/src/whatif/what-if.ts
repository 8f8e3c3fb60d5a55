import type { DependencyLink } from "../deps/inherited-wait.js";
import { type Interval, intersect, totalLength, union } from "../deps/intervals.js";
import { asEventLog, attributeReader, type LogInput } from "../log/as-event-log.js";
import { flowIndexOf } from "../log/flow-index.js";
import { depsMessage } from "../messages/deps.js";
import type { Flow } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { matchKey } from "../model/step-resolver.js";
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

const norm = (s: string | undefined) => matchKey(s ?? "");

/** One flow's timeline as plain arrays, in the kernel's order. */
interface Timeline {
  step: string[];
  start: number[];
  end: number[];
  va: boolean[];
}

function project(t: Timeline): FlowProjection {
  if (t.start.length === 0) return { leadTimeMs: 0, vaMs: 0, flowEfficiency: null };
  let a = Infinity;
  let b = -Infinity;
  const va: Interval[] = [];
  for (let i = 0; i < t.start.length; i++) {
    a = Math.min(a, t.start[i]);
    b = Math.max(b, t.end[i]);
    if (t.va[i]) va.push([t.start[i], t.end[i]]);
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
  t: Timeline,
  process: string | undefined,
  scenarios: readonly Scenario[],
  dependent: ReadonlyMap<string, Release>,
): Timeline {
  const n = t.start.length;
  const out: Timeline = { step: t.step, start: new Array<number>(n), end: new Array<number>(n), va: t.va };
  const seenDependent = new Set<string>();
  const inProcess = (p: string | undefined) => p === undefined || norm(p) === norm(process);
  let src = 0;
  for (let i = 0; i < n; i++) {
    const step = norm(t.step[i]);
    let durFactor = 1;
    for (const s of scenarios) if (s.kind === "step" && inProcess(s.process) && norm(s.step) === step) durFactor *= s.factor;
    let start = t.start[i];
    if (i > 0) {
      const srcEnd = t.end[src];
      const gap = t.start[i] - srcEnd;
      let offset = gap;
      if (offset > 0) {
        for (const s of scenarios) {
          if (
            s.kind === "wait" &&
            inProcess(s.process) &&
            norm(s.to) === step &&
            (s.from === undefined || norm(s.from) === norm(t.step[src]))
          )
            offset *= s.factor;
        }
      }
      start = out.end[src] + offset;
      const rel = dependent.get(step);
      if (rel && !seenDependent.has(step) && gap > 0) {
        const waitIv: Interval = [srcEnd, t.start[i]];
        if (rel.before > waitIv[0] && rel.before <= waitIv[1]) {
          const inherited = totalLength(intersect([waitIv], [rel.unfinished]));
          const own = (gap - inherited) * (offset / gap);
          start = Math.max(out.end[src] + own, rel.after + (t.start[i] - rel.before));
        }
      }
    }
    if (dependent.has(step)) seenDependent.add(step);
    out.start[i] = start;
    out.end[i] = start + (t.end[i] - t.start[i]) * durFactor;
    // The handoff source of the next observation: the first with the latest (original) end so far.
    if (i > 0 && t.end[i] > t.end[src]) src = i;
  }
  return out;
}

function isFlowList(input: LogInput | readonly Flow[]): input is readonly Flow[] {
  return Array.isArray(input) && input.length > 0 && Array.isArray((input[0] as Flow).observations);
}

/**
 * Projects lead time and flow efficiency per flow when named waits or steps are shortened or removed,
 * with effects on dependent downstream processes. The assumption is part of the result and must be shown.
 * Linear in the log: flows come from the log's shared flow index, and upstream flows are found through their
 * link keys, not by scanning every upstream flow for every downstream one.
 *
 * @param input the log (an EventLog, observations, or flows grouped by `groupFlows`)
 * @example
 * // "Provsvar kommer 50 % snabbare"
 * whatIf(result.log, processes, [{ kind: "upstream", process: "lab", factor: 0.5 }]).processes
 */
export function whatIf(
  input: LogInput | readonly Flow[],
  processes: readonly Process[],
  scenarios: readonly Scenario[],
  options: WhatIfOptions = {},
): WhatIfResult {
  const log = isFlowList(input)
    ? asEventLog(
        input.flatMap((f) =>
          f.observations.map((o) => (o.process === undefined && f.process !== undefined ? { ...o, process: f.process } : o)),
        ),
        processes,
      )
    : asEventLog(input as LogInput, processes);
  const findProcess = (id: string | undefined) => processes.find((p) => norm(p.id) === norm(id) || norm(p.name) === norm(id));
  const { order, offsets } = flowIndexOf(log);
  const F = log.flowIds.length;
  const procOfFlow: (Process | undefined)[] = new Array(F);
  const procIdOfFlow: (string | undefined)[] = new Array(F);
  const timelines: (Timeline | null)[] = new Array(F).fill(null);
  for (let f = 0; f < F; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    if (a === b) continue;
    const pc = log.flowProcess[f];
    procIdOfFlow[f] = pc >= 0 ? log.processIds[pc] : undefined;
    procOfFlow[f] = findProcess(procIdOfFlow[f]);
    const t: Timeline = { step: [], start: [], end: [], va: [] };
    for (let p = a; p < b; p++) {
      const i = order[p];
      t.step.push(log.stepIds[log.step[i]]);
      t.start.push(log.start[i]);
      t.end.push(log.end[i]);
      t.va.push(log.category[i] === 0);
    }
    timelines[f] = t;
  }
  const byProcess = new Map<string, number[]>();
  for (let f = 0; f < F; f++) {
    if (!timelines[f]) continue;
    const id = procOfFlow[f]?.id ?? procIdOfFlow[f] ?? "";
    const list = byProcess.get(id);
    if (list) list.push(f);
    else byProcess.set(id, [f]);
  }
  const flowCode = new Map<string, number>();
  log.flowIds.forEach((id, f) => {
    flowCode.set(id, f);
  });
  const explicit = new Map<number, number[]>();
  for (const l of options.links ?? []) {
    const d = flowCode.get(l.downstream);
    const u = flowCode.get(l.upstream);
    if (d === undefined || u === undefined) continue;
    const list = explicit.get(d);
    if (list) list.push(u);
    else explicit.set(d, [u]);
  }
  // A flow's link key: the first non-empty value of the link column among its observations, in source order.
  const linkKeys = new Map<string, (string | undefined)[]>();
  const linkKeysOf = (column: string): (string | undefined)[] => {
    let keys = linkKeys.get(norm(column));
    if (keys) return keys;
    keys = new Array<string | undefined>(F).fill(undefined);
    const read = attributeReader(log, [column]);
    for (let i = 0; i < log.length; i++) {
      const f = log.flow[i];
      if (keys[f] !== undefined) continue;
      const v = read(i)?.trim();
      if (v) keys[f] = v;
    }
    linkKeys.set(norm(column), keys);
    return keys;
  };

  // Upstream processes first so their new release times are known to their downstreams.
  const orderP: Process[] = [];
  const visit = (p: Process, seen: Set<Process>) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const d of p.dependencies ?? []) {
      const up = findProcess(d.upstreamProcess);
      if (up) visit(up, seen);
    }
    orderP.push(p);
  };
  const seenP = new Set<Process>();
  for (const p of processes) visit(p, seenP);

  const after: (Timeline | null)[] = new Array(F).fill(null);
  const releaseOf = (t: Timeline, upstreamStep: string | undefined): number => {
    const k = norm(upstreamStep);
    let m = -Infinity;
    let any = false;
    for (let i = 0; i < t.step.length; i++) {
      if (upstreamStep && norm(t.step[i]) !== k) continue;
      any = true;
      m = Math.max(m, t.end[i]);
    }
    if (!any) for (const e of t.end) m = Math.max(m, e);
    return m;
  };
  for (const p of orderP) {
    const own = scenarios.filter((s) => s.kind !== "upstream" || norm(s.process) === norm(p.id) || norm(s.process) === norm(p.name));
    const deps = (p.dependencies ?? []).map((dep) => {
      const up = findProcess(dep.upstreamProcess);
      const upFlows = up ? (byProcess.get(up.id) ?? []) : [];
      const byKey = new Map<string, number[]>();
      if (dep.linkColumn) {
        const keys = linkKeysOf(dep.linkColumn);
        for (const u of upFlows) {
          const k = keys[u];
          if (k === undefined) continue;
          const list = byKey.get(k);
          if (list) list.push(u);
          else byKey.set(k, [u]);
        }
      }
      return { dep, byKey, keys: dep.linkColumn ? linkKeysOf(dep.linkColumn) : null };
    });
    for (const f of byProcess.get(p.id) ?? []) {
      const dependent = new Map<string, Release>();
      for (const { dep, byKey, keys } of deps) {
        const ups: number[] = [];
        const key = keys ? keys[f] : undefined;
        if (key !== undefined) ups.push(...(byKey.get(key) ?? []));
        for (const u of explicit.get(f) ?? []) if (!ups.includes(u) && timelines[u]) ups.push(u);
        if (!ups.length) continue;
        let before = -Infinity;
        let afterT = -Infinity;
        let start = Infinity;
        for (const u of ups) {
          const t = timelines[u]!;
          before = Math.max(before, releaseOf(t, dep.upstreamStep));
          afterT = Math.max(afterT, releaseOf(after[u] ?? t, dep.upstreamStep));
          for (const s of t.start) start = Math.min(start, s);
        }
        dependent.set(norm(dep.step), { before, after: afterT, unfinished: [start, before] });
      }
      let t = reflow(
        timelines[f]!,
        p.id,
        own.filter((s) => s.kind !== "upstream"),
        dependent,
      );
      const up = own.find((s) => s.kind === "upstream");
      if (up) {
        // The whole upstream flow shrinks by the factor around its start: every instant t → start + (t − start)·factor.
        const s0 = Math.min(...t.start);
        t = { ...t, start: t.start.map((x) => s0 + (x - s0) * up.factor), end: t.end.map((x) => s0 + (x - s0) * up.factor) };
      }
      after[f] = t;
    }
  }
  for (let f = 0; f < F; f++) {
    if (timelines[f] && !procOfFlow[f])
      after[f] = reflow(
        timelines[f]!,
        procIdOfFlow[f],
        scenarios.filter((s) => s.kind !== "upstream"),
        new Map(),
      );
  }

  const resultFlows: WhatIfFlow[] = [];
  for (let f = 0; f < F; f++) {
    const t = timelines[f];
    if (!t) continue;
    const process = procOfFlow[f]?.id ?? procIdOfFlow[f];
    resultFlows.push({
      flow: log.flowIds[f],
      ...(process !== undefined ? { process } : {}),
      before: project(t),
      after: project(after[f] ?? t),
    });
  }
  const summaries: WhatIfProcessSummary[] = [];
  const groups = new Map<string, WhatIfFlow[]>();
  for (const r of resultFlows) {
    const list = groups.get(r.process ?? "");
    if (list) list.push(r);
    else groups.set(r.process ?? "", [r]);
  }
  for (const [process, rs] of groups) {
    const agg = (k: "before" | "after") => {
      const lead = rs.reduce((s, r) => s + r[k].leadTimeMs, 0);
      return lead > 0 ? rs.reduce((s, r) => s + r[k].vaMs, 0) / lead : null;
    };
    summaries.push({
      process,
      flows: rs.length,
      leadTimeMedianMs: {
        before: quantile(
          rs.map((r) => r.before.leadTimeMs),
          0.5,
        ),
        after: quantile(
          rs.map((r) => r.after.leadTimeMs),
          0.5,
        ),
      },
      flowEfficiency: { before: agg("before"), after: agg("after") },
    });
  }
  const a = depsMessage.whatIfAssumption();
  return { scenarios: [...scenarios], flows: resultFlows, processes: summaries, assumption: a.sv, assumptionEn: a.en };
}
