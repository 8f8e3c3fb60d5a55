import { createRandom, randomNormal } from "@flodes/core";

/** A seeded pseudo-random source; every random draw of the generator goes through one of these. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

/**
 * A seeded source: core's `createRandom` (mulberry32), so the generator and the library draw the same numbers from the
 * same seed on every platform.
 * @example
 * const rng = seededRng(20250101); rng.next(); // the same number on every run
 */
export function seededRng(seed: number): Rng {
  return { next: createRandom(seed) };
}

/** True with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** Integer in [lo, hi] inclusive. */
export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.next() * (hi - lo + 1));
}

/** Standard normal draw (core's Box–Muller). */
export function normal(rng: Rng): number {
  return randomNormal(rng.next);
}

/** Log-normal draw with the given median and log-scale spread (sigma). */
export function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/** One element, uniformly. */
export function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng.next() * xs.length)];
}

/** Derives an independent seed for a named stream, so adding one process does not reshuffle the others. */
export function subSeed(seed: number, name: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
