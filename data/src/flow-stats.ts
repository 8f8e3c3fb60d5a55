import type { Category } from "@flodes/core";
import { isoDate, wallToUtcMs } from "./calendar.js";
import type { SimFlow } from "./simulate.js";

/** Calendar-time figures of one flow, computed the way design.md defines them (used for goal baselines). */
export interface FlowStats {
  leadTimeMs: number;
  vaMs: number;
  nnvaMs: number;
  nvaWorkMs: number;
  waitMs: number;
  /** NVA-work cost in SEK (NVA-work minutes × the role's hourly cost). */
  nvaCostSek: number;
  /** Σ durations of all events (staff time worked). */
  touchMs: number;
  /** Σ durations of NVA events. */
  nvaTouchMs: number;
  /** Local (wall-clock) month of the last end, "YYYY-MM": the completion month. */
  completionMonth: string;
}

type Iv = [number, number];

function unionLength(ivs: Iv[]): number {
  const s = [...ivs].sort((a, b) => a[0] - b[0]);
  if (s.length === 0) return 0;
  let total = 0;
  let [cs, ce] = s[0];
  for (const [a, b] of s.slice(1)) {
    if (a > ce) {
      total += ce - cs;
      cs = a;
      ce = b;
    } else ce = Math.max(ce, b);
  }
  return total + (ce - cs);
}

/**
 * Lead time and its VA/NNVA/NVA-work/wait split for one flow in real (UTC) time.
 * @example
 * flowStats(flow, (role) => 620).leadTimeMs
 */
export function flowStats(flow: SimFlow, costPerHour: (role: string) => number): FlowStats {
  const ivs = flow.events.map((e) => ({ a: wallToUtcMs(e.startWall), b: wallToUtcMs(e.endWall), c: e.category, role: e.role }));
  const of = (cs: Category[]) => ivs.filter((x) => cs.includes(x.c)).map((x): Iv => [x.a, x.b]);
  const lead = Math.max(...ivs.map((x) => x.b)) - Math.min(...ivs.map((x) => x.a));
  const va = unionLength(of(["VA"]));
  const vaNnva = unionLength(of(["VA", "NNVA"]));
  const all = unionLength(of(["VA", "NNVA", "NVA"]));
  // Cost counts person-time (docs/metrics.md): each NVA event's own duration × its role's rate, also when it runs in
  // parallel with other work.
  const nvaCostSek = ivs.filter((x) => x.c === "NVA").reduce((s, x) => s + ((x.b - x.a) / 3_600_000) * costPerHour(x.role), 0);
  const touchMs = ivs.reduce((a, x) => a + x.b - x.a, 0);
  const nvaTouchMs = ivs.filter((x) => x.c === "NVA").reduce((a, x) => a + x.b - x.a, 0);
  const completionMonth = isoDate(Math.max(...flow.events.map((e) => e.endWall))).slice(0, 7);
  return {
    leadTimeMs: lead,
    vaMs: va,
    nnvaMs: vaNnva - va,
    nvaWorkMs: all - vaNnva,
    waitMs: lead - all,
    nvaCostSek,
    touchMs,
    nvaTouchMs,
    completionMonth,
  };
}

/** Median with the usual mean-of-middle-two rule. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
