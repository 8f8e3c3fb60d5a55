import { qualityIssue } from "../io/issue-sink.js";
import { asEventLog, type LogInput } from "../log/as-event-log.js";
import { toObservations } from "../log/to-observations.js";
import { depsMessage } from "../messages/deps.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { Flow } from "../model/observation.js";
import type { Process, ProcessDependency } from "../model/process.js";
import type { QualityIssue } from "../model/quality.js";
import { matchKey } from "../model/step-resolver.js";
import { quantile } from "../stats/quantile.js";
import { groupFlows } from "./group-flows.js";
import { complement, type Interval, intersect, measure, totalLength, union } from "./intervals.js";

/** An explicit link: `downstream` flow waits on `upstream` flow. */
export interface DependencyLink {
  downstream: string;
  upstream: string;
}

/** Inherited and own wait of one downstream flow for one dependency. */
export interface FlowInheritedWait {
  flow: string;
  process: string;
  upstreamProcess: string;
  /** The step of the downstream flow that waits on the upstream process. */
  dependentStep: string;
  /** Linked upstream flow ids (several upstreams allowed). */
  upstreamFlows: string[];
  /** False when no upstream flow could be linked (reported in `issues`). */
  linked: boolean;
  leadTimeMs: number;
  /** All waiting of the flow (gaps between its observations). */
  waitMs: number;
  /** Waiting considered for the dependency: gaps before the first start of the dependent step. */
  waitBeforeStepMs: number;
  /** Part of `waitBeforeStepMs` that overlaps an upstream flow being unfinished. */
  inheritedWaitMs: number;
  /** Waiting between the upstream release (the answer) and the first start of the dependent step; null when the flow did not wait for the answer (no inherited wait, or the answer came before the flow was ready for the step). */
  afterReleaseWaitMs: number | null;
  /** The flow lost its slot: a rebooking step once it was ready for the step, or a wait after the answer longer than `lostSlotFactor` × the usual one. */
  lostSlot: boolean;
  /** Extra wait after the answer attributed to the upstream because the slot was lost: afterReleaseWaitMs − the usual wait, when lostSlot. */
  lostSlotWaitMs: number;
  /** waitMs − inheritedWaitMs − lostSlotWaitMs. */
  ownWaitMs: number;
  /** The flow's waste: NVA work is not known here, so this is its waiting (see docs). */
  nvaMs: number;
}

/** Summary for one upstream → downstream process pair. */
export interface DependencyPairSummary {
  upstreamProcess: string;
  downstreamProcess: string;
  dependentStep: string;
  /** Downstream flows of the process that pass the dependency. */
  flows: number;
  linkedFlows: number;
  missingLinks: number;
  /** Σ waiting that overlaps the linked upstream flows being unfinished. */
  inheritedWaitMs: number;
  /** Downstream flows that lost their slot (see {@link FlowInheritedWait.lostSlot}). */
  lostSlotFlows: number;
  /** Σ extra wait after the answer of the flows that lost their slot. */
  lostSlotWaitMs: number;
  /** The downstream's usual wait from the answer to the dependent step: median over the flows that waited for the answer without a rebooking step; null when none. */
  usualAfterReleaseWaitMs: number | null;
  downstreamWaitMs: number;
  downstreamNvaMs: number;
  /** Σ (inherited + lost-slot) ÷ Σ downstream waste (NVA); null when there is no waste. */
  inheritedShareOfWaste: number | null;
  /** Σ own wait of the distinct linked upstream flows. */
  upstreamOwnWaitMs: number;
  /** Σ (downstream inherited + lost-slot wait) ÷ Σ upstream own wait; null when upstream own wait is 0. */
  amplification: number | null;
  /** The earlier rule, overlap only: Σ inherited ÷ Σ upstream own wait (≈ 1 by construction when flows wait in step). */
  amplificationOverlapOnly: number | null;
}

/** Result of {@link inheritedWaits}. */
export interface DependencyAnalysis {
  flows: FlowInheritedWait[];
  pairs: DependencyPairSummary[];
  issues: QualityIssue[];
}

/** Options of {@link inheritedWaits}. */
export interface InheritedWaitOptions {
  /** Explicit links; used in addition to each dependency's `linkColumn`. __Default:__ none. */
  links?: readonly DependencyLink[];
  /** Measure in working time. __Default:__ calendar time. */
  calendar?: WorkingCalendar;
  /** Waste (NVA ms) per flow id, e.g. from `flowMetrics`; __default:__ the flow's wait (waiting is NVA). */
  nvaMsByFlow?: ReadonlyMap<string, number>;
  /**
   * Steps that rebook a downstream flow (its slot was lost). __Default:__ every step whose id contains "ombok" or
   * "rebook" (case-insensitive), e.g. "Ombokning av beslutstid".
   */
  rebookingSteps?: readonly string[];
  /**
   * A wait after the answer longer than this many times the downstream's usual one means the slot was lost.
   * __Default:__ 2 — clearly longer than usual, so ordinary variation in the queue is not counted.
   */
  lostSlotFactor?: number;
}

const REBOOKING = /ombok|rebook/i;

/** Appends to the list under `key` (in place: copying the list per element would be quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isFlowList(input: LogInput | readonly Flow[]): input is readonly Flow[] {
  return Array.isArray(input) && input.length > 0 && Array.isArray((input[0] as Flow).observations);
}

const norm = (s: string | undefined) => matchKey(s ?? "");

interface FlowShape {
  flow: Flow;
  startMs: number;
  endMs: number;
  covered: Interval[];
  gaps: Interval[];
}

function shape(flow: Flow): FlowShape {
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const o of flow.observations) {
    if (o.startMs < startMs) startMs = o.startMs;
    if (o.endMs > endMs) endMs = o.endMs;
  }
  const covered = union(flow.observations.map((o): Interval => [o.startMs, o.endMs]));
  return { flow, startMs, endMs, covered, gaps: complement(covered, startMs, endMs) };
}

function linkKey(flow: Flow, column: string): string | undefined {
  const want = norm(column);
  for (const o of flow.observations) {
    if (!o.attrs) continue;
    for (const [k, v] of Object.entries(o.attrs)) if (norm(k) === want && v.trim() !== "") return v.trim();
  }
  return undefined;
}

function findProcess(processes: readonly Process[], id: string | undefined): Process | undefined {
  const k = norm(id);
  return processes.find((p) => norm(p.id) === k || norm(p.name) === k);
}

function firstStartOf(flow: Flow, step: string): number | undefined {
  const k = norm(step);
  let t: number | undefined;
  for (const o of flow.observations) if (norm(o.step) === k && (t === undefined || o.startMs < t)) t = o.startMs;
  return t;
}

/** When the upstream flow releases the downstream: the end of `upstreamStep` if given and present, else the flow's end. */
function releaseOf(up: FlowShape, dep: ProcessDependency): number {
  if (dep.upstreamStep) {
    const k = norm(dep.upstreamStep);
    let t = -Infinity;
    for (const o of up.flow.observations) if (norm(o.step) === k && o.endMs > t) t = o.endMs;
    if (t > -Infinity) return t;
  }
  return up.endMs;
}

/** Processes ordered so that every upstream comes before its downstreams (cycles are left in input order). */
function topological(processes: readonly Process[]): Process[] {
  const out: Process[] = [];
  const state = new Map<Process, 1 | 2>();
  const visit = (p: Process) => {
    if (state.get(p)) return;
    state.set(p, 1);
    for (const d of p.dependencies ?? []) {
      const up = findProcess(processes, d.upstreamProcess);
      if (up && !state.get(up)) visit(up);
    }
    state.set(p, 2);
    out.push(p);
  };
  processes.forEach(visit);
  return out;
}

/**
 * Splits the waiting of downstream flows into waiting **inherited** from an upstream process and the flow's
 * **own** waiting.
 *
 * Definitions (documented in docs/metrics.md):
 * - A flow's waiting is the set of instants of its lead time not covered by any of its observations.
 * - For a dependency "step S of process B waits on process A", the waiting considered is the part before the first
 *   start of S in the downstream flow (the whole lead time when S does not occur).
 * - An upstream flow is *unfinished* on [its first start, its release), where release is the end of
 *   `upstreamStep` when given, else the flow's last end. With several linked upstream flows, their unfinished
 *   intervals are united.
 * - inheritedWait = |waiting before S ∩ ∪ unfinished upstream|.
 * - **Lost slot** (re-queue, rebooking): a flow *waited for the answer* when it has inherited wait and was ready for S
 *   (its last other work before S had ended) when the answer came. For such a flow, afterRelease = |waiting ∩
 *   [latest release, first start of S)|; the downstream's usual wait after the answer U is the median of afterRelease
 *   over those flows without a rebooking step. A flow lost its slot when a rebooking step (`rebookingSteps`) starts
 *   between being ready and S, or when afterRelease > `lostSlotFactor` × U. Its extra wait afterRelease − U is
 *   attributed to the upstream: had the answer come in time, the flow would have waited its usual U after it (the
 *   assumption, documented in docs/metrics.md).
 * - ownWait = wait − inheritedWait − lost-slot wait.
 * - Per process pair: inheritedShareOfWaste = Σ (inherited + lost-slot) ÷ Σ downstream NVA (waste); amplification =
 *   Σ (inherited + lost-slot) ÷ Σ own wait of the distinct linked upstream flows (an upstream flow's own wait excludes
 *   what it inherits itself, so chains are not counted twice); `amplificationOverlapOnly` keeps the overlap-only ratio.
 * Downstream flows that pass the dependency but have no linked upstream flow are reported as `MISSING_LINK`.
 *
 * @example
 * // The pilot's clinics wait on lab answers (dependencies in data/pilot/processer.json, linked by the column länk).
 * const w = inheritedWaits(pilotLog, processes);
 * w.pairs.length > 0 // → true
 * w.pairs.every((p) => p.flows >= p.linkedFlows) // → true
 */
export function inheritedWaits(
  input: LogInput | readonly Flow[],
  processes: readonly Process[],
  options: InheritedWaitOptions = {},
): DependencyAnalysis {
  const flows = isFlowList(input) ? input : groupFlows(toObservations(asEventLog(input, processes)));
  const { calendar, links = [], nvaMsByFlow } = options;
  const lostSlotFactor = options.lostSlotFactor ?? 2;
  const rebookingSteps = options.rebookingSteps ? new Set(options.rebookingSteps.map((x) => norm(x))) : null;
  const shapes = new Map<string, FlowShape>();
  const flowsOf = new Map<Process, FlowShape[]>();
  for (const f of flows) {
    const s = shape(f);
    shapes.set(f.id, s);
    const p = findProcess(processes, f.process);
    if (p) pushTo(flowsOf, p, s);
  }
  const explicit = new Map<string, string[]>();
  for (const l of links) pushTo(explicit, l.downstream, l.upstream);

  // Own wait per flow id; filled in topological order so an upstream's own wait is known before its downstreams.
  const ownWait = new Map<string, number>();
  const waitOf = (s: FlowShape) => totalLength(s.gaps, calendar);
  const out: FlowInheritedWait[] = [];
  const pairs: DependencyPairSummary[] = [];
  const issues: QualityIssue[] = [];

  for (const p of topological(processes)) {
    const downs = flowsOf.get(p) ?? [];
    const inheritedByFlow = new Map<string, number>();
    for (const dep of p.dependencies ?? []) {
      const upProcess = findProcess(processes, dep.upstreamProcess);
      const ups = upProcess ? (flowsOf.get(upProcess) ?? []) : [];
      const byKey = new Map<string, FlowShape[]>();
      if (dep.linkColumn) {
        for (const u of ups) {
          const k = linkKey(u.flow, dep.linkColumn);
          if (k !== undefined) pushTo(byKey, k, u);
        }
      }
      const pair: DependencyPairSummary = {
        upstreamProcess: upProcess?.id ?? dep.upstreamProcess,
        downstreamProcess: p.id,
        dependentStep: dep.step,
        flows: 0,
        linkedFlows: 0,
        missingLinks: 0,
        inheritedWaitMs: 0,
        lostSlotFlows: 0,
        lostSlotWaitMs: 0,
        usualAfterReleaseWaitMs: null,
        downstreamWaitMs: 0,
        downstreamNvaMs: 0,
        inheritedShareOfWaste: null,
        upstreamOwnWaitMs: 0,
        amplification: null,
        amplificationOverlapOnly: null,
      };
      const usedUpstreams = new Set<string>();
      const isRebooking = (step: string) => (rebookingSteps ? rebookingSteps.has(norm(step)) : REBOOKING.test(step));
      // First pass: overlap with the unfinished upstream, and the wait after the answer.
      const pending: {
        d: FlowShape;
        linked: FlowShape[];
        key: string | undefined;
        waiting: Interval[];
        inherited: number;
        after: number | null;
        rebooked: boolean;
      }[] = [];
      for (const d of downs) {
        const linked: FlowShape[] = [];
        const key = dep.linkColumn ? linkKey(d.flow, dep.linkColumn) : undefined;
        if (key !== undefined) linked.push(...(byKey.get(key) ?? []));
        for (const id of explicit.get(d.flow.id) ?? []) {
          const u = shapes.get(id);
          if (u && !linked.includes(u)) linked.push(u);
        }
        const stepStart = firstStartOf(d.flow, dep.step);
        const until = stepStart ?? d.endMs;
        const waiting = complement(d.covered, d.startMs, until);
        const unfinished = union(linked.map((u): Interval => [u.startMs, releaseOf(u, dep)]));
        const inherited = totalLength(intersect(waiting, unfinished), calendar);
        let after: number | null = null;
        let rebooked = false;
        if (linked.length && stepStart !== undefined && inherited > 0) {
          const release = Math.max(...linked.map((u) => releaseOf(u, dep)));
          // Ready for the step: the end of the flow's last other work before it (a rebooking is not such work).
          let ready = -Infinity;
          for (const o of d.flow.observations)
            if (o.startMs < stepStart && !isRebooking(o.step) && norm(o.step) !== norm(dep.step)) ready = Math.max(ready, o.endMs);
          // Only a flow that was ready before the answer came waited for it, and only such a flow can lose its slot.
          if (release >= ready && release <= stepStart) {
            after = totalLength(intersect(waiting, [[release, stepStart]]), calendar);
            rebooked = d.flow.observations.some((o) => o.startMs >= ready && o.startMs < stepStart && isRebooking(o.step));
          }
        }
        pending.push({ d, linked, key, waiting, inherited, after, rebooked });
      }
      // The downstream's usual wait after the answer: flows without a rebooking step set it.
      const usualOf = (xs: number[]) => (xs.length ? quantile(xs, 0.5) : null);
      const usual =
        usualOf(pending.filter((x) => x.after !== null && !x.rebooked).map((x) => x.after!)) ??
        usualOf(pending.filter((x) => x.after !== null).map((x) => x.after!));
      pair.usualAfterReleaseWaitMs = usual;
      for (const { d, linked, key, waiting, inherited, after, rebooked } of pending) {
        const lostSlot = after !== null && usual !== null && (rebooked || after > lostSlotFactor * usual);
        const lostSlotWaitMs = lostSlot ? Math.max(0, after! - usual!) : 0;
        const waitMs = waitOf(d);
        const nvaMs = nvaMsByFlow?.get(d.flow.id) ?? waitMs;
        pair.flows++;
        if (linked.length) pair.linkedFlows++;
        else {
          pair.missingLinks++;
          const row = d.flow.observations[0]?.row ?? 0;
          issues.push(qualityIssue(depsMessage.missingLink(d.flow.id, pair.upstreamProcess, key), "warning", row, dep.linkColumn ?? null));
        }
        for (const u of linked) usedUpstreams.add(u.flow.id);
        inheritedByFlow.set(d.flow.id, (inheritedByFlow.get(d.flow.id) ?? 0) + inherited + lostSlotWaitMs);
        pair.inheritedWaitMs += inherited;
        if (lostSlot) pair.lostSlotFlows++;
        pair.lostSlotWaitMs += lostSlotWaitMs;
        pair.downstreamWaitMs += waitMs;
        pair.downstreamNvaMs += nvaMs;
        out.push({
          flow: d.flow.id,
          process: p.id,
          upstreamProcess: pair.upstreamProcess,
          dependentStep: dep.step,
          upstreamFlows: linked.map((u) => u.flow.id),
          linked: linked.length > 0,
          leadTimeMs: measure(d.startMs, d.endMs, calendar),
          waitMs,
          waitBeforeStepMs: totalLength(waiting, calendar),
          inheritedWaitMs: inherited,
          afterReleaseWaitMs: after,
          lostSlot,
          lostSlotWaitMs,
          ownWaitMs: waitMs - inherited - lostSlotWaitMs,
          nvaMs,
        });
      }
      for (const id of usedUpstreams) {
        const u = shapes.get(id);
        if (u) pair.upstreamOwnWaitMs += ownWait.get(id) ?? waitOf(u);
      }
      const attributed = pair.inheritedWaitMs + pair.lostSlotWaitMs;
      pair.inheritedShareOfWaste = pair.downstreamNvaMs > 0 ? attributed / pair.downstreamNvaMs : null;
      pair.amplification = pair.upstreamOwnWaitMs > 0 ? attributed / pair.upstreamOwnWaitMs : null;
      pair.amplificationOverlapOnly = pair.upstreamOwnWaitMs > 0 ? pair.inheritedWaitMs / pair.upstreamOwnWaitMs : null;
      pairs.push(pair);
    }
    // Several dependencies of one flow may overlap in time; own wait never goes below zero.
    for (const d of downs) ownWait.set(d.flow.id, Math.max(0, waitOf(d) - (inheritedByFlow.get(d.flow.id) ?? 0)));
  }
  return { flows: out, pairs, issues };
}
