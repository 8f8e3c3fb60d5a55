/** Summary of a distribution. All fields null when n = 0. */
export interface Distribution {
  n: number;
  median: number | null;
  /** 85th percentile, linear interpolation between closest ranks (h = (n−1)·p). */
  p85: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/** The distribution of no values: n = 0 and every statistic null. */
export const EMPTY_DISTRIBUTION: Readonly<Distribution> = Object.freeze({
  n: 0,
  median: null,
  p85: null,
  mean: null,
  min: null,
  max: null,
});

/**
 * Summarises numbers: n, median, 85th percentile, mean, min and max. Percentiles interpolate linearly
 * between closest ranks (h = (n − 1)·p, R type 7, as `quantileSorted`). `null`, `undefined` and `NaN` are
 * ignored and not counted in `n`; with nothing left every statistic is null.
 *
 * @param values the data
 * @param accessor maps each datum to a number. __Default:__ the datum itself.
 * @example
 * distribution([10, 20, 30, 40]) // → { n: 4, median: 25, p85: 35.5, mean: 25, min: 10, max: 40 } (p85: h = 3·0.85 = 2.55 → 30 + 0.55·10)
 * distribution(analysis.flows, (f) => f.leadTimeMs).n // → 30
 */
export function distribution<T = number>(values: Iterable<T>, accessor?: (d: T, i: number) => number | null | undefined): Distribution {
  const xs: number[] = [];
  let i = 0;
  for (const d of values) {
    const v = accessor ? accessor(d, i) : (d as unknown as number | null | undefined);
    i++;
    if (typeof v === "number" && !Number.isNaN(v)) xs.push(v);
  }
  return distributionInPlace(Float64Array.from(xs));
}

/** Rearranges `a[lo..hi]` (inclusive) so that `a[k]` holds the value it would have if sorted (Hoare quickselect). */
function selectInPlace(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo];
    const y = a[mid];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : Math.max(x, z)) : x < z ? x : Math.max(y, z);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Type-7 quantile of `a[from..n)` by selection, where every value before `from` is ≤ every value from `from` on
 * (true after an earlier selection at `from`); reorders `a[from..n)`. The next order statistic for the
 * interpolation is selected in the part above the first, not found by a scan of the whole array.
 */
function quantileInPlace(a: Float64Array, n: number, p: number, from = 0): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  selectInPlace(a, from, n - 1, lo);
  const lower = a[lo];
  const frac = h - lo;
  if (frac === 0 || lo + 1 >= n) return lower;
  let upper = Infinity;
  for (let i = lo + 1; i < n; i++) if (a[i] < upper) upper = a[i];
  return lower + frac * (upper - lower);
}

/**
 * {@link distribution} of the first `length` numbers of a Float64Array, in O(n) by selection instead of
 * sorting. The array is reordered in place; it must not hold NaN. For large columns in the kernel.
 *
 * @param values numbers without NaN; reordered
 * @param length how many leading entries to use. __Default:__ `values.length`.
 * @example
 * distributionInPlace(Float64Array.of(40, 10, 30, 20)) // → { n: 4, median: 25, p85: 35.5, mean: 25, min: 10, max: 40 }
 */
export function distributionInPlace(values: Float64Array, length: number = values.length): Distribution {
  const n = length;
  if (n === 0) return { ...EMPTY_DISTRIBUTION };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const median = quantileInPlace(values, n, 0.5);
  // After the median's selection, everything from ⌊(n−1)/2⌋ on is ≥ what lies before it: p85 is selected there.
  const p85 = quantileInPlace(values, n, 0.85, Math.floor((n - 1) * 0.5));
  return {
    n,
    median,
    p85,
    mean: sum / n,
    min,
    max,
  };
}
