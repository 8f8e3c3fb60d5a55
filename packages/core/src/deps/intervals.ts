import type { WorkingCalendar } from "../model/calendar.js";

/** A half-open interval [start, end) in UTC epoch ms. */
export type Interval = readonly [number, number];

/** Measures an interval in calendar time, or in working time when a calendar is given. */
export function measure(start: number, end: number, calendar?: WorkingCalendar): number {
  if (!(end > start)) return 0;
  return calendar ? calendar.workingMs(start, end) : end - start;
}

/** Merges intervals into sorted, disjoint ones (touching intervals are joined). */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The parts of [from, to) not covered by `covered` (which must be sorted and disjoint). */
export function complement(covered: readonly Interval[], from: number, to: number): Interval[] {
  const out: Interval[] = [];
  let t = from;
  for (const [a, b] of covered) {
    if (b <= t) continue;
    if (a >= to) break;
    if (a > t) out.push([t, Math.min(a, to)]);
    t = Math.max(t, b);
    if (t >= to) break;
  }
  if (t < to) out.push([t, to]);
  return out;
}

/** Intersection of two sorted, disjoint interval lists. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]);
    const hi = Math.min(a[i][1], b[j][1]);
    if (hi > lo) out.push([lo, hi]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}

/** Total measured length of disjoint intervals. */
export function totalLength(intervals: readonly Interval[], calendar?: WorkingCalendar): number {
  let s = 0;
  for (const [a, b] of intervals) s += measure(a, b, calendar);
  return s;
}
