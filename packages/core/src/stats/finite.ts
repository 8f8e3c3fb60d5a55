/**
 * Keeps the finite numbers of a sample, sorted ascending. `null`, `undefined`, `NaN` and ±Infinity are
 * dropped (the rule used by every test in `stats/`): a missing lead time is no observation, not a zero.
 *
 * @example
 * finiteSorted([3, null, 1, NaN, 2]) // → [1, 2, 3]
 */
export function finiteSorted(values: Iterable<number | null | undefined>): number[] {
  const xs: number[] = [];
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) xs.push(v);
  return xs.sort((a, b) => a - b);
}
