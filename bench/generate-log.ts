import { type ColumnarLog, createRandom } from "@flodes/core";

const MIN = 60_000;
/** 12 steps of a referral flow; category code 0 VA, 1 NNVA, 2 NVA. */
export const BENCH_STEPS = [
  ["Remiss inkommer", 1],
  ["Bedömning", 1],
  ["Komplettering", 2],
  ["Kallelse", 1],
  ["Ombokning", 2],
  ["Besök", 0],
  ["Provtagning", 0],
  ["Provsvar", 1],
  ["Leta provsvar", 2],
  ["Beslut", 0],
  ["Åtgärd", 0],
  ["Uppföljning", 0],
] as const;

interface Active {
  flow: number;
  left: number;
  step: number;
  t: number;
  lastEnd: number;
}

/**
 * A seeded synthetic event log with `n` observations as typed arrays (no per-observation objects, so 10 M rows
 * fit in memory): flows of 5–40 events through 12 steps in order, rework (a step repeated, ~8 %), parallel work
 * (~10 % of events start before the previous one ends), waits of minutes to days, and flows interleaved the way a
 * real log is (1 000 flows open at a time, rows in rough time order across flows).
 */
export function generateLog(n: number, seed = 20251125): ColumnarLog {
  // core's seeded generator: the same seed gives the same log on every machine.
  const rnd = createRandom(seed);
  const flow = new Int32Array(n);
  const step = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const category = new Int8Array(n);
  const OPEN = 1000;
  let nextFlow = 0;
  const t0 = Date.UTC(2025, 0, 1);
  const open = (): Active => ({
    flow: nextFlow++,
    left: 5 + Math.floor(rnd() * 36),
    step: 0,
    t: t0 + rnd() * 365 * 86_400_000,
    lastEnd: 0,
  });
  const active: Active[] = Array.from({ length: OPEN }, open);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rnd() * OPEN);
    const a = active[k];
    const r = rnd();
    // rework: stay on (repeat) the previous step; otherwise advance through the 12 steps cyclically
    const rework = a.step > 0 && r < 0.08;
    const s = (rework ? a.step - 1 : a.step) % BENCH_STEPS.length;
    if (!rework) a.step++;
    const parallel = a.lastEnd > 0 && rnd() < 0.1;
    const wait = parallel ? 0 : rnd() < 0.5 ? rnd() * 120 * MIN : -Math.log(1 - rnd()) * 3 * 86_400_000;
    const st = parallel ? a.lastEnd - rnd() * 10 * MIN : a.t + wait;
    const dur = (2 + rnd() * 58) * MIN;
    flow[i] = a.flow;
    step[i] = s;
    start[i] = st;
    end[i] = st + dur;
    category[i] = BENCH_STEPS[s][1];
    a.t = Math.max(a.t, st + dur);
    a.lastEnd = st + dur;
    if (--a.left === 0) active[k] = open();
  }
  const flowIds = Array.from({ length: nextFlow }, (_, i) => `F${i}`);
  return { length: n, flow, step, start, end, category, flowIds, stepIds: BENCH_STEPS.map(([name]) => name) };
}
