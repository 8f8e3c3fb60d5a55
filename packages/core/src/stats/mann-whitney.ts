import { FlodesError } from "../messages/flodes-error.js";
import { statsMessage } from "../messages/stats.js";
import { normalTwoSidedP } from "./erfc.js";
import { finiteSorted } from "./finite.js";

/** Result of {@link mannWhitney}. */
export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, plus ½ per tie (R's `W` of `wilcox.test(x, y)`). */
  u: number;
  /** U of the second sample; u + uOther = n1·n2. */
  uOther: number;
  n1: number;
  n2: number;
  /** Two-sided p-value. */
  p: number;
  /** "exact" (no ties, both n < 50) or "normal" (normal approximation, tie- and continuity-corrected). */
  method: "exact" | "normal";
  /** z of the normal approximation (continuity-corrected); null for the exact method. */
  z: number | null;
  /** Whether any value occurs more than once in the pooled sample. */
  ties: boolean;
}

/** Options for {@link mannWhitney}. */
export interface MannWhitneyOptions {
  /**
   * When to use the exact distribution of U. "auto" uses it when there are no ties and both groups have
   * fewer than 50 values, as R's `wilcox.test` does. __Default:__ "auto".
   */
  exact?: "auto" | "never";
}

/**
 * Distribution of U for sizes (m, n) without ties: P(U = u), u = 0…m·n. Recurrence on the largest pooled
 * value: it is an x with probability m/(m+n) (then it beats all n y's), else a y.
 * f(m,n)(u) = m/(m+n)·f(m−1,n)(u−n) + n/(m+n)·f(m,n−1)(u). Probabilities, not counts, so nothing overflows.
 *
 * @example
 * exactUDistribution(1, 2) // → [1/3, 1/3, 1/3]
 */
export function exactUDistribution(m: number, n: number): Float64Array {
  let prev: Float64Array[] = Array.from({ length: n + 1 }, () => Float64Array.of(1));
  for (let i = 1; i <= m; i++) {
    const row: Float64Array[] = [Float64Array.of(1)];
    for (let j = 1; j <= n; j++) {
      const f = new Float64Array(i * j + 1);
      const fromX = prev[j]; // f(i−1, j), shifted by j
      const fromY = row[j - 1]; // f(i, j−1)
      const px = i / (i + j);
      const py = j / (i + j);
      for (let u = 0; u < fromX.length; u++) f[u + j] += px * fromX[u];
      for (let u = 0; u < fromY.length; u++) f[u] += py * fromY[u];
      row.push(f);
    }
    prev = row;
  }
  return prev[n];
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum test), two-sided, matching R's `wilcox.test(x, y)` defaults:
 * exact p-value from the distribution of U when there are no ties and both groups have fewer than 50 values;
 * otherwise the normal approximation with the tie correction of the variance,
 * σ² = n1·n2/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))), and a continuity correction of ½ towards the mean.
 * Non-finite values are ignored.
 *
 * @param x first sample
 * @param y second sample
 * @param options see {@link MannWhitneyOptions}
 * @throws RangeError when a sample has no finite values
 * @example
 * mannWhitney([1, 2], [3, 4, 5]) // → { u: 0, p: 0.2, method: "exact", … }  (P(U ≤ 0) = 1/C(5,2) = 0.1; ×2)
 */
export function mannWhitney(
  x: Iterable<number | null | undefined>,
  y: Iterable<number | null | undefined>,
  options: MannWhitneyOptions = {},
): MannWhitneyResult {
  const xs = finiteSorted(x);
  const ys = finiteSorted(y);
  if (xs.length === 0) throw new FlodesError(statsMessage.emptySample("mannWhitney", "x"));
  if (ys.length === 0) throw new FlodesError(statsMessage.emptySample("mannWhitney", "y"));
  const n1 = xs.length;
  const n2 = ys.length;
  const N = n1 + n2;

  // Merge the two sorted samples, giving each tie group its mid-rank.
  let rankSumX = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && xs[i] <= ys[j]) ? xs[i] : ys[j];
    let cx = 0;
    let cy = 0;
    while (i < n1 && xs[i] === v) {
      i++;
      cx++;
    }
    while (j < n2 && ys[j] === v) {
      j++;
      cy++;
    }
    const t = cx + cy;
    const firstRank = i + j - t + 1;
    rankSumX += cx * (firstRank + (t - 1) / 2);
    tieTerm += t * t * t - t;
  }
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const ties = tieTerm > 0;
  const mean = (n1 * n2) / 2;

  if ((options.exact ?? "auto") === "auto" && !ties && n1 < 50 && n2 < 50) {
    const dist = exactUDistribution(n1, n2);
    // Sum the tail itself (never 1 − the rest): a tiny p keeps its precision.
    let tail = 0;
    if (u > mean) for (let k = Math.ceil(u); k < dist.length; k++) tail += dist[k];
    else for (let k = 0; k <= u; k++) tail += dist[k];
    return { u, uOther: n1 * n2 - u, n1, n2, p: Math.min(1, 2 * tail), method: "exact", z: null, ties };
  }

  const variance = ((n1 * n2) / 12) * (N + 1 - tieTerm / (N * (N - 1)));
  const d = u - mean;
  if (!(variance > 0)) return { u, uOther: n1 * n2 - u, n1, n2, p: 1, method: "normal", z: 0, ties };
  const z = (d - Math.sign(d) * 0.5) / Math.sqrt(variance);
  // Two-sided p = 2·(1 − Φ(|z|)) = erfc(|z|/√2), taken directly so a large |z| keeps a tiny, non-zero p.
  const p = normalTwoSidedP(z);
  return { u, uOther: n1 * n2 - u, n1, n2, p, method: "normal", z, ties };
}
