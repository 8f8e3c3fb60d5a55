import { groupByFlow } from "../../log/flow-index.js";

/** Lifecycle kind of an event row. */
export const LIFE_COMPLETE = 0;
export const LIFE_START = 1;

/** Observation origin codes (see `ObservationOrigin`). */
export const ORIGIN_PAIRED = 0;
export const ORIGIN_UNMATCHED_START = 1;
export const ORIGIN_UNMATCHED_COMPLETE = 2;
export const ORIGIN_ATOMIC = 3;

/** Lifecycle events as columns (row index = event). */
export interface LifecycleEvents {
  n: number;
  flow: Int32Array;
  flowCount: number;
  step: Int32Array;
  stepCount: number;
  time: Float64Array;
  life: Uint8Array;
}

/** Pairs found: per observation, its start event, its complete event (−1 for instants) and origin, in event order. */
export interface Pairing {
  length: number;
  /** Event of the observation's start (the instant's event for unpaired events). */
  first: Int32Array;
  /** Event of the complete that closes it, −1 for an instant. */
  second: Int32Array;
  origin: Uint8Array;
  unmatchedStarts: number[];
  unmatchedCompletes: number[];
}

/**
 * Pairs lifecycle events per flow and step on columns: each complete closes the earliest open start of the same
 * step in its flow (events ordered by time, starts before completes at equal times, then source order). A step
 * with no start anywhere in the log is atomic: its completes are instants. A complete with no open start and a
 * start never completed become instants too (start = end = t) — they are accepted and listed as unmatched, never
 * dropped, so a flow still open at the end of the log keeps its full length. Observations come out in the order of
 * their first event.
 *
 * @example
 * // flow A: X start 08:00, X complete 09:00, X complete 12:00 → [08:00, 09:00] and the instant 12:00 (lead 4 h)
 */
export function pairLifecycle(ev: LifecycleEvents): Pairing {
  const { n, flow, step, time, life } = ev;
  const hasStart = new Uint8Array(ev.stepCount);
  for (let i = 0; i < n; i++) if (life[i] === LIFE_START) hasStart[step[i]] = 1;
  const { order, offsets } = groupByFlow(n, flow, ev.flowCount, time, time);
  // Within equal times, starts go before completes (a step that starts and ends at the same instant pairs).
  for (let f = 0; f < ev.flowCount; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    for (let p = a + 1; p < b; p++) {
      const i = order[p];
      if (life[i] !== LIFE_START) continue;
      let q = p - 1;
      while (q >= a && time[order[q]] === time[i] && life[order[q]] !== LIFE_START) {
        order[q + 1] = order[q];
        q--;
      }
      order[q + 1] = i;
    }
  }

  const firstOf = new Int32Array(n).fill(-1); // observation slot keyed by its first event
  const partner = new Int32Array(n).fill(-1);
  const originOf = new Uint8Array(n);
  const unmatchedStarts: number[] = [];
  const unmatchedCompletes: number[] = [];
  const open: number[] = [];
  const used: number[] = [];
  const queues = new Map<number, { items: number[]; head: number }>();

  for (let f = 0; f < ev.flowCount; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    if (a === b) continue;
    const big = b - a > 64;
    open.length = 0;
    used.length = 0;
    queues.clear();
    for (let p = a; p < b; p++) {
      const e = order[p];
      const st = step[e];
      if (!hasStart[st]) {
        firstOf[e] = 1;
        originOf[e] = ORIGIN_ATOMIC;
        continue;
      }
      if (life[e] === LIFE_START) {
        if (big) {
          let q = queues.get(st);
          if (!q) queues.set(st, (q = { items: [], head: 0 }));
          q.items.push(e);
        } else {
          open.push(e);
          used.push(0);
        }
        continue;
      }
      let s = -1;
      if (big) {
        const q = queues.get(st);
        if (q && q.head < q.items.length) s = q.items[q.head++];
      } else {
        for (let k = 0; k < open.length; k++) {
          if (used[k] === 0 && step[open[k]] === st) {
            used[k] = 1;
            s = open[k];
            break;
          }
        }
      }
      if (s >= 0) {
        firstOf[s] = 1;
        partner[s] = e;
        originOf[s] = ORIGIN_PAIRED;
      } else {
        firstOf[e] = 1;
        originOf[e] = ORIGIN_UNMATCHED_COMPLETE;
        unmatchedCompletes.push(e);
      }
    }
    const leftover = (s: number): void => {
      firstOf[s] = 1;
      originOf[s] = ORIGIN_UNMATCHED_START;
      unmatchedStarts.push(s);
    };
    if (big) {
      for (const q of queues.values()) for (let k = q.head; k < q.items.length; k++) leftover(q.items[k]);
    } else {
      for (let k = 0; k < open.length; k++) if (used[k] === 0) leftover(open[k]);
    }
  }

  let m = 0;
  for (let e = 0; e < n; e++) if (firstOf[e] === 1) m++;
  const first = new Int32Array(m);
  const second = new Int32Array(m);
  const origin = new Uint8Array(m);
  let k = 0;
  for (let e = 0; e < n; e++) {
    if (firstOf[e] !== 1) continue;
    first[k] = e;
    second[k] = partner[e];
    origin[k] = originOf[e];
    k++;
  }
  unmatchedStarts.sort((x, y) => x - y);
  unmatchedCompletes.sort((x, y) => x - y);
  return { length: m, first, second, origin, unmatchedStarts, unmatchedCompletes };
}
