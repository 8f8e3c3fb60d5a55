/** A source of uniform random numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/** Seed used when a caller gives none, so that every result is reproducible by default. */
export const DEFAULT_SEED = 20250701;

/**
 * Creates a seeded pseudo-random generator (mulberry32: 32-bit state, period 2³²). Fast and good enough
 * for resampling; not for cryptography. The same seed always gives the same sequence on every platform,
 * because only 32-bit integer arithmetic (`Math.imul`, `>>>`) is used.
 *
 * @param seed any number; only its lower 32 bits matter. __Default:__ {@link DEFAULT_SEED}.
 * @example
 * const random = createRandom(42);
 * random(); // → 0.6011037519201636 — the same on every run
 */
export function createRandom(seed: number = DEFAULT_SEED): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws from a normal distribution with the Box–Muller transform, using two uniforms per draw.
 *
 * @param random uniform source, e.g. from {@link createRandom}
 * @param mean __Default:__ 0
 * @param sd standard deviation. __Default:__ 1
 * @example
 * const random = createRandom(1);
 * randomNormal(random, 10, 2); // a draw from N(10, 2²)
 */
export function randomNormal(random: RandomSource, mean = 0, sd = 1): number {
  // 1 − u keeps the logarithm's argument in (0, 1].
  const u1 = 1 - random();
  const u2 = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
